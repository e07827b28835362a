using System.Globalization;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;

namespace TopUpBot.Domain.Tests.Sims;

/// <summary>Short ways to write SIMs, rules and dates in table-driven tests.</summary>
internal static class TestSims
{
    public static readonly OperatorRules Beeline = new(90, 5m, 180, TopUpCounts.No);
    public static readonly OperatorRules MegaFon = new(45, 15m, 90, TopUpCounts.No);
    public static readonly OperatorRules T2 = new(120, 3m, 180, TopUpCounts.Yes);
    public static readonly OperatorRules Yota = new(90, 150m, 0, TopUpCounts.Unknown);

    private static readonly DateTimeOffset Created = new(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? MaybeD(string? iso) => iso is null ? null : D(iso);

    public static Sim Sim(
        SimPlan? plan = null,
        decimal? balance = null,
        string? knownOn = null,
        string? activityOn = null,
        ActivityKind kind = ActivityKind.Call,
        int? overrideDays = null,
        string? label = null,
        string number = "+79161234567",
        long id = 1) => new()
        {
            Id = id,
            OwnerId = 42,
            OperatorId = OperatorIds.Beeline,
            Number = number,
            Label = label,
            Balance = balance,
            BalanceKnownOn = MaybeD(knownOn),
            Plan = plan ?? SimPlan.None,
            LastPaidActivity = activityOn is null ? null : new PaidActivity(D(activityOn), kind),
            InactivityDaysOverride = overrideDays,
            CreatedAt = Created,
            UpdatedAt = Created,
        };
}
