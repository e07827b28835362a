using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain.Reminders;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;

namespace TopUpBot.Features.YourData.Sections;

/// <summary>
/// "reminderStates": per SIM, whether it is muted or snoozed and which reminder of which deadline was sent last, so an
/// import neither unmutes a SIM nor repeats a reminder. SIMs are named by the file's ids; every imported SIM gets an
/// entry, so the next scan looks at it.
/// </summary>
internal sealed class ReminderStatesSection(IReminderStore reminders, ISimStore sims) : IUserDataSection, IUserDataLock
{
    public string Name => "reminderStates";

    public int Order => 30;

    public string? TitleKey => null;

    public async Task<int> Count(long userId, CancellationToken cancellationToken) =>
        (await States(userId, cancellationToken)).Count;

    public async Task<JsonNode> Export(long userId, CancellationToken cancellationToken) =>
        new JsonArray([.. (await States(userId, cancellationToken)).OrderBy(s => s.Key).Select(s => ToJson(s.Key, s.Value))]);

    public void Erase(long userId) => reminders.ReplaceOwner(userId, new Dictionary<long, ReminderState>());

    public void Around(Action action) => reminders.Exclusive(action);

    public ImportedSection Read(JsonElement? json, ImportReading import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var read = new Dictionary<long, ReminderState>();
        foreach (var (item, where) in HistoryItems.Of(json, this, "Data.Where.ReminderState", import))
        {
            if (JsonFields.Of(item, where, import) is not { } f)
            {
                continue;
            }

            var simId = f.Long("simId", required: true);
            var deadline = f.Date("deadline");
            var lastStage = f.Int("lastStage");
            var snoozedUntil = f.Time("snoozedUntil");
            var muted = f.Bool("muted");
            f.RejectUnknown();
            if (!f.Ok || simId is not { } sim)
            {
                continue;
            }

            var stage = lastStage is { } day ? ReminderStage.FromDay(day) : null;
            var problem = !import.Sims.InFile.Contains(sim) ? import.T.Format("Data.Reminder.UnknownSim", sim)
                : lastStage is not null && stage is null ? import.T.Format("Data.Reminder.BadStage", -ReminderStage.MaxDaysBefore, ReminderStage.Final.Day)
                : !read.TryAdd(sim, new ReminderState(deadline, stage, snoozedUntil, muted ?? false)) ? import.T.Format("Data.Reminder.Twice", sim)
                : null;
            if (problem is not null)
            {
                import.Problem(where, problem);
            }
        }

        return new ImportedStates(reminders, read);
    }

    /// <summary>The states worth keeping: of SIMs that still exist, and not the empty one every new SIM starts with.</summary>
    private async Task<IReadOnlyDictionary<long, ReminderState>> States(long userId, CancellationToken cancellationToken)
    {
        var owned = (await sims.ListOwnedBy(userId, cancellationToken)).Select(s => s.Id).ToHashSet();
        return (await reminders.ListOwnedBy(userId, cancellationToken))
            .Where(s => owned.Contains(s.Key) && s.Value != ReminderState.Empty)
            .ToDictionary();
    }

    private static JsonObject ToJson(long simId, ReminderState state)
    {
        var json = new JsonObject { ["simId"] = simId };
        if (state.Deadline is { } deadline)
        {
            json["deadline"] = deadline.ToString(JsonFields.DateFormat, CultureInfo.InvariantCulture);
        }

        if (state.LastStage is { } stage)
        {
            json["lastStage"] = stage.Day;
        }

        if (state.SnoozedUntil is { } until)
        {
            json["snoozedUntil"] = until;
        }

        json["muted"] = state.Muted;
        return json;
    }

    private sealed class ImportedStates(IReminderStore reminders, IReadOnlyDictionary<long, ReminderState> read) : ImportedSection
    {
        public override int Count => read.Count;

        public override void Write(long userId, SimIdMap sims) => reminders.ReplaceOwner(
            userId,
            sims.InFile.ToDictionary(sims.NewIdOf, fileId => read.GetValueOrDefault(fileId, ReminderState.Empty)));
    }
}
