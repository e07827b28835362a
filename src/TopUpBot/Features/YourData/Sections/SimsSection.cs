using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Parsing;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Sims;
using TopUpBot.Texts;

namespace TopUpBot.Features.YourData.Sections;

/// <summary>
/// "sims": every field of each SIM, the number in full (E.164). Imported SIMs are checked like typed ones: the number by
/// <see cref="RussianMobileNumber"/>, everything else by <see cref="SimLimits"/>, the operator against the catalog.
/// </summary>
internal sealed class SimsSection(ISimStore sims, OperatorCatalog catalog) : IUserDataSection
{
    private static readonly string[] PlanKinds = ["none", "monthly", "daily"];

    public string Name => "sims";

    public int Order => 10;

    public string? TitleKey => "Data.Section.Sims";

    public async Task<int> Count(long userId, CancellationToken cancellationToken) =>
        (await sims.ListOwnedBy(userId, cancellationToken)).Count;

    public async Task<JsonNode> Export(long userId, CancellationToken cancellationToken) =>
        new JsonArray([.. (await sims.ListOwnedBy(userId, cancellationToken)).OrderBy(s => s.Id).Select(ToJson)]);

    public void Erase(long userId) => sims.EraseAllOf(userId);

    public ImportedSection Read(JsonElement? json, ImportReading import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var read = new List<(long FileId, Sim Sim)>();
        if (json is not { } list)
        {
            return new ImportedSims(sims, read);
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            import.Problem(import.T["Data.Where.Sims"], import.T.Format("Data.Field.WrongType", Name, new Html(import.T["Data.Type.List"])));
            return new ImportedSims(sims, read);
        }

        if (list.GetArrayLength() > SimLimits.MaxSimsPerUser)
        {
            import.Problem(import.T.Format("Data.Sims.TooMany", list.GetArrayLength(), SimLimits.MaxSimsPerUser));
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<long, int>();
        var position = 0;
        foreach (var item in list.EnumerateArray())
        {
            position++;
            var where = Where(import.T, item, position);
            if (ReadSim(item, where, import) is not { } entry)
            {
                continue;
            }

            if (!ids.TryAdd(entry.FileId, position))
            {
                import.Problem(where, import.T.Format("Data.Sim.DuplicateId", entry.FileId, ids[entry.FileId]));
                continue;
            }

            if (!numbers.TryAdd(entry.Sim.Number, position))
            {
                import.Problem(where, import.T.Format("Data.Sim.DuplicateNumber", numbers[entry.Sim.Number]));
                continue;
            }

            import.Sims.Declare(entry.FileId);
            read.Add(entry);
        }

        return new ImportedSims(sims, read);
    }

    private (long FileId, Sim Sim)? ReadSim(JsonElement item, string where, ImportReading import)
    {
        if (JsonFields.Of(item, where, import) is not { } f)
        {
            return null;
        }

        var id = f.Long("id", required: true);
        var operatorId = f.String("operator", required: true);
        var number = f.String("number", required: true);
        var label = f.String("label");
        var balance = f.Decimal("balance");
        var balanceKnownOn = f.Date("balanceKnownOn");
        var plan = ReadPlan(f.Object("plan"));
        var activity = ReadActivity(f.Object("lastPaidActivity"));
        var inactivityDays = f.Int("inactivityDaysOverride");
        var rules = ReadRules(f.Object("customRules"));
        var notes = f.String("notes");
        var createdAt = f.Time("createdAt");
        var updatedAt = f.Time("updatedAt");
        f.RejectUnknown();
        if (!f.Ok || id is not { } fileId || operatorId is null || number is null)
        {
            return null;
        }

        var t = import.T;
        if (fileId <= 0)
        {
            import.Problem(where, t["Data.Sim.BadId"]);
            return null;
        }

        if (catalog.Find(operatorId) is null)
        {
            import.Problem(where, t.Format("Data.Sim.UnknownOperator", operatorId, string.Join(", ", catalog.All.Select(o => o.Id))));
            return null;
        }

        var parsed = RussianMobileNumber.Parse(number);
        if (!parsed.IsSuccess)
        {
            import.Problem(where, t.Format(NumberErrorKey(parsed.Error), number));
            return null;
        }

        var sim = new Sim
        {
            Id = 0,
            OwnerId = import.UserId,
            OperatorId = operatorId,
            Number = parsed.Value.E164,
            Label = label,
            Balance = balance,
            BalanceKnownOn = balanceKnownOn,
            Plan = plan ?? SimPlan.None,
            LastPaidActivity = activity,
            InactivityDaysOverride = inactivityDays,
            CustomRules = rules,
            Notes = notes,
            CreatedAt = createdAt ?? import.Now,
            UpdatedAt = updatedAt ?? import.Now,
        };
        var error = SimLimits.Check(sim, import.LatestToday);
        if (error != SimError.None)
        {
            import.Problem(where, SimErrorText(t, error));
            return null;
        }

        return (fileId, sim);
    }

    private static SimPlan? ReadPlan(JsonFields? f)
    {
        if (f is null)
        {
            return null;
        }

        if (f.OneOf("kind", PlanKinds, required: true) is not { } kind)
        {
            return null;
        }

        SimPlan? plan = kind switch
        {
            "monthly" when f.Decimal("fee", required: true) is { } fee && f.Int("chargeDay", required: true) is { } day => new MonthlyPlan(fee, day),
            "daily" when f.Decimal("feePerDay", required: true) is { } fee => new DailyPlan(fee),
            "none" => SimPlan.None,
            _ => null,
        };
        f.RejectUnknown();
        return plan;
    }

    private static PaidActivity? ReadActivity(JsonFields? f)
    {
        if (f is null)
        {
            return null;
        }

        var on = f.Date("on", required: true);
        var kind = f.Enum<ActivityKind>("kind", required: true);
        f.RejectUnknown();
        return on is { } date && kind is { } k ? new PaidActivity(date, k) : null;
    }

    private static OperatorRules? ReadRules(JsonFields? f)
    {
        if (f is null)
        {
            return null;
        }

        var rules = new OperatorRules(
            f.Int("inactivityDays"),
            f.Decimal("inactivityFeePerDay"),
            f.Int("daysAtZero"),
            f.Enum<TopUpCounts>("topUpCounts") ?? TopUpCounts.Unknown);
        f.RejectUnknown();
        return rules;
    }

    private static JsonObject ToJson(Sim sim)
    {
        var json = new JsonObject
        {
            ["id"] = sim.Id,
            ["operator"] = sim.OperatorId,
            ["number"] = sim.Number,
        };
        Put(json, "label", sim.Label);
        Put(json, "balance", sim.Balance);
        Put(json, "balanceKnownOn", Date(sim.BalanceKnownOn));
        json["plan"] = sim.Plan switch
        {
            MonthlyPlan m => new JsonObject { ["kind"] = "monthly", ["fee"] = m.Fee, ["chargeDay"] = m.ChargeDay },
            DailyPlan d => new JsonObject { ["kind"] = "daily", ["feePerDay"] = d.FeePerDay },
            _ => new JsonObject { ["kind"] = "none" },
        };
        if (sim.LastPaidActivity is { } activity)
        {
            json["lastPaidActivity"] = new JsonObject { ["on"] = Date(activity.On), ["kind"] = JsonFields.EnumName(activity.Kind) };
        }

        Put(json, "inactivityDaysOverride", sim.InactivityDaysOverride);
        if (sim.CustomRules is { } rules)
        {
            var custom = new JsonObject();
            Put(custom, "inactivityDays", rules.InactivityDays);
            Put(custom, "inactivityFeePerDay", rules.InactivityFeePerDay);
            Put(custom, "daysAtZero", rules.DaysAtZeroBeforeTermination);
            custom["topUpCounts"] = JsonFields.EnumName(rules.TopUpCountsAsActivity);
            json["customRules"] = custom;
        }

        Put(json, "notes", sim.Notes);
        json["createdAt"] = sim.CreatedAt;
        json["updatedAt"] = sim.UpdatedAt;
        return json;
    }

    /// <summary>Leaves out what is unknown, so the file shows only what the user entered.</summary>
    private static void Put(JsonObject json, string name, JsonNode? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString(JsonFields.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>"SIM 2", or "SIM 2 (Bank)" when the item has a readable name.</summary>
    private static string Where(Texts.Texts t, JsonElement item, int position) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.String
            ? t.Format("Data.Where.SimNamed", position, label.GetString())
            : t.Format("Data.Where.Sim", position);

    private static string NumberErrorKey(PhoneNumberParseError error) => error switch
    {
        PhoneNumberParseError.NotRussian => "Data.Sim.NumberNotRussian",
        PhoneNumberParseError.NotMobile => "Data.Sim.NumberNotMobile",
        _ => "Data.Sim.NumberInvalid",
    };

    private static string SimErrorText(Texts.Texts t, SimError error) => error switch
    {
        SimError.LabelBlank => t["Data.Sim.LabelBlank"],
        SimError.LabelTooLong => t.Format("Data.Sim.LabelTooLong", SimLimits.MaxLabelLength),
        SimError.NotesTooLong => t.Format("Data.Sim.NotesTooLong", SimLimits.MaxNotesLength),
        SimError.BalanceOutOfRange => t.Format("Data.Sim.BalanceOutOfRange", SimLimits.MinBalance, SimLimits.MaxBalance),
        SimError.TooManyDecimals => t["Data.Sim.TooManyDecimals"],
        SimError.BalanceWithoutDate => t["Data.Sim.BalanceWithoutDate"],
        SimError.DateInFuture => t["Data.Sim.DateInFuture"],
        SimError.DateTooEarly => t.Format("Data.Sim.DateTooEarly", SimLimits.EarliestDate.Year),
        SimError.PlanFeeOutOfRange => t.Format("Data.Sim.PlanFeeOutOfRange", SimLimits.MaxMonthlyFee, SimLimits.MaxDailyFee),
        SimError.ChargeDayOutOfRange => t["Data.Sim.ChargeDayOutOfRange"],
        SimError.InactivityDaysOutOfRange => t.Format("Data.Sim.InactivityDaysOutOfRange", OperatorRules.MaxDays),
        SimError.InactivityFeeOutOfRange => t.Format("Data.Sim.InactivityFeeOutOfRange", OperatorRules.MaxFeePerDay),
        SimError.DaysAtZeroOutOfRange => t.Format("Data.Sim.DaysAtZeroOutOfRange", OperatorRules.MaxDays),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Not an error of one SIM."),
    };

    private sealed class ImportedSims(ISimStore sims, IReadOnlyList<(long FileId, Sim Sim)> read) : ImportedSection
    {
        public override int Count => read.Count;

        public override void Write(long userId, SimIdMap ids)
        {
            var stored = sims.ReplaceAllOf(userId, [.. read.Select(r => r.Sim)]);
            for (var i = 0; i < read.Count; i++)
            {
                ids.Assign(read[i].FileId, stored[i].Id);
            }
        }
    }
}
