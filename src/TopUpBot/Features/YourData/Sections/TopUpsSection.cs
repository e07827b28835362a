using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.TopUps;

namespace TopUpBot.Features.YourData.Sections;

/// <summary>
/// "topUps": every recorded top-up, with what was paid, the rubles credited, both rates and the note. Each names its
/// SIM by the file's id, which the import maps to the SIM's new id (<see cref="SimIdMap"/>).
/// </summary>
internal sealed class TopUpsSection(IHistoryStore history) : IUserDataSection
{
    private static readonly TopUpChannelKind[] Channels = [.. Enum.GetValues<TopUpChannelKind>().Where(c => c != TopUpChannelKind.Missing)];

    public string Name => "topUps";

    public int Order => 20;

    public string? TitleKey => "Data.Section.TopUps";

    public async Task<int> Count(long userId, CancellationToken cancellationToken) =>
        (await history.TopUps(userId, null, cancellationToken)).Count;

    public async Task<JsonNode> Export(long userId, CancellationToken cancellationToken) =>
        new JsonArray([.. (await history.TopUps(userId, null, cancellationToken)).OrderBy(t => t.Id).Select(ToJson)]);

    public void Erase(long userId) => history.ReplaceTopUpsOf(userId, []);

    public ImportedSection Read(JsonElement? json, ImportReading import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var read = new List<TopUp>();
        foreach (var (item, where) in HistoryItems.Of(json, this, "Data.Where.TopUp", import))
        {
            if (ReadTopUp(item, where, import) is { } topUp)
            {
                read.Add(topUp);
            }
        }

        return new ImportedTopUps(history, read);
    }

    private static TopUp? ReadTopUp(JsonElement item, string where, ImportReading import)
    {
        if (JsonFields.Of(item, where, import) is not { } f)
        {
            return null;
        }

        var simId = f.Long("simId", required: true);
        var on = f.Date("on", required: true);
        var paid = f.Object("paid", required: true);
        var amount = paid?.Decimal("amount", required: true);
        var code = paid?.String("currency", required: true);
        paid?.RejectUnknown();
        var rub = f.Decimal("rub", required: true);
        var channel = f.Enum("channel", required: true, Channels);
        var note = f.String("note");
        var official = f.Object("officialRate");
        var officialRate = official?.Decimal("rubPerUnit", required: true);
        var officialOn = official?.Date("date", required: true);
        official?.RejectUnknown();
        var stale = f.Bool("officialRateStale");
        var userRate = f.Decimal("userRubPerUnit");
        var balanceAfter = f.Decimal("balanceAfter");
        var createdAt = f.Time("createdAt");
        f.RejectUnknown();
        if (!f.Ok || simId is not { } sim || on is not { } day || amount is not { } paidAmount || code is null || rub is not { } credited || channel is not { } kind)
        {
            return null;
        }

        var t = import.T;
        string? problem = null;
        if (!Currency.TryFromCode(code, out var currency))
        {
            problem = t.Format("Data.TopUp.BadCurrency", code);
        }
        else if ((HistoryItems.DateProblem(t, day, import.LatestToday) ?? (officialOn is { } rateOn ? HistoryItems.DateProblem(t, rateOn, import.LatestToday) : null)) is { } dateProblem)
        {
            problem = dateProblem;
        }
        else if (paidAmount <= 0m || officialRate <= 0m || userRate <= 0m)
        {
            problem = t["Data.TopUp.NotPositive"];
        }
        else if (credited is < 0.01m or > TopUpLimits.MaxRub)
        {
            problem = t.Format("Data.TopUp.RubOutOfRange", TopUpLimits.MaxRub);
        }
        else if (note is not null && !TopUpLimits.NoteFits(note))
        {
            problem = t.Format("Data.TopUp.NoteTooLong", TopUpLimits.MaxNoteLength);
        }
        else if (sim == 0)
        {
            problem = t["Data.TopUp.NoSim"];
        }

        if (problem is not null)
        {
            import.Problem(where, problem);
            return null;
        }

        return new TopUp
        {
            Id = 0,
            OwnerId = import.UserId,
            SimId = sim,
            On = day,
            Paid = new Money(paidAmount, currency!),
            Rub = credited,
            Channel = kind,
            Note = note,
            OfficialRate = officialRate is { } rate && officialOn is { } date ? new ExchangeRate(currency!, rate, date, RateSource.Official) : null,
            OfficialRateStale = stale ?? false,
            UserRate = userRate is { } own ? new ExchangeRate(currency!, own, day, RateSource.UserTyped) : null,
            BalanceAfter = balanceAfter,
            CreatedAt = createdAt ?? import.Now,
        };
    }

    private static JsonObject ToJson(TopUp topUp)
    {
        var json = new JsonObject
        {
            ["simId"] = topUp.SimId,
            ["on"] = Date(topUp.On),
            ["paid"] = new JsonObject { ["amount"] = topUp.Paid.Amount, ["currency"] = topUp.Paid.Currency.Code },
            ["rub"] = topUp.Rub,
            ["channel"] = JsonFields.EnumName(topUp.Channel),
        };
        if (topUp.Note is { } note)
        {
            json["note"] = note;
        }

        if (topUp.OfficialRate is { } official)
        {
            json["officialRate"] = new JsonObject { ["rubPerUnit"] = official.RubPerUnit, ["date"] = Date(official.Date) };
            json["officialRateStale"] = topUp.OfficialRateStale;
        }

        if (topUp.UserRate is { } own)
        {
            json["userRubPerUnit"] = own.RubPerUnit;
        }

        if (topUp.BalanceAfter is { } balance)
        {
            json["balanceAfter"] = balance;
        }

        json["createdAt"] = topUp.CreatedAt;
        return json;
    }

    private static string Date(DateOnly date) => date.ToString(JsonFields.DateFormat, CultureInfo.InvariantCulture);

    private sealed class ImportedTopUps(IHistoryStore history, IReadOnlyList<TopUp> read) : ImportedSection
    {
        public override int Count => read.Count;

        public override void Write(long userId, SimIdMap sims) =>
            history.ReplaceTopUpsOf(userId, [.. read.Select(t => t with { SimId = sims.NewIdOf(t.SimId) })]);
    }
}
