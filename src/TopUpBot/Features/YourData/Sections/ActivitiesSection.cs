using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.TopUps;

namespace TopUpBot.Features.YourData.Sections;

/// <summary>"activities": the paid calls, SMS and data use the user recorded, for the history; SIMs mapped like top-ups'.</summary>
internal sealed class ActivitiesSection(IHistoryStore history) : IUserDataSection
{
    public string Name => "activities";

    public int Order => 21;

    public string? TitleKey => "Data.Section.Activities";

    public async Task<int> Count(long userId, CancellationToken cancellationToken) =>
        (await history.Activities(userId, null, cancellationToken)).Count;

    public async Task<JsonNode> Export(long userId, CancellationToken cancellationToken) =>
        new JsonArray([.. (await history.Activities(userId, null, cancellationToken)).OrderBy(a => a.Id).Select(a => new JsonObject
        {
            ["simId"] = a.SimId,
            ["on"] = a.On.ToString(JsonFields.DateFormat, CultureInfo.InvariantCulture),
            ["kind"] = JsonFields.EnumName(a.Kind),
            ["createdAt"] = a.CreatedAt,
        })]);

    public void Erase(long userId) => history.ReplaceActivitiesOf(userId, []);

    public ImportedSection Read(JsonElement? json, ImportReading import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var read = new List<RecordedActivity>();
        foreach (var (item, where) in HistoryItems.Of(json, this, "Data.Where.Activity", import))
        {
            if (JsonFields.Of(item, where, import) is not { } f)
            {
                continue;
            }

            var simId = f.Long("simId", required: true);
            var on = f.Date("on", required: true);
            var kind = f.Enum<ActivityKind>("kind", required: true);
            var createdAt = f.Time("createdAt");
            f.RejectUnknown();
            if (!f.Ok || simId is not { } sim || on is not { } day || kind is not { } k)
            {
                continue;
            }

            if ((sim == 0 ? import.T["Data.TopUp.NoSim"] : HistoryItems.DateProblem(import.T, day, import.LatestToday)) is { } problem)
            {
                import.Problem(where, problem);
                continue;
            }

            read.Add(new RecordedActivity(0, import.UserId, sim, day, k, createdAt ?? import.Now));
        }

        return new ImportedActivities(history, read);
    }

    private sealed class ImportedActivities(IHistoryStore history, IReadOnlyList<RecordedActivity> read) : ImportedSection
    {
        public override int Count => read.Count;

        public override void Write(long userId, SimIdMap sims) =>
            history.ReplaceActivitiesOf(userId, [.. read.Select(a => a with { SimId = sims.NewIdOf(a.SimId) })]);
    }
}
