using System.Globalization;
using TopUpBot.Domain.Operators;

namespace TopUpBot.Domain.Sims;

/// <summary>Limits on what a user may store; each check returns <see cref="SimError.None"/> or the first problem.</summary>
public static class SimLimits
{
    /// <summary>A Russian citizen may hold at most 20 numbers (federal limit, 2025).</summary>
    public const int MaxSimsPerUser = 20;

    /// <summary>Keeps a label short enough for a button next to the number.</summary>
    public const int MaxLabelLength = 32;

    /// <summary>Room for a PIN hint or where the SIM is kept, yet short enough for the card.</summary>
    public const int MaxNotesLength = 500;

    public const decimal MinBalance = -10_000m;

    public const decimal MaxBalance = 1_000_000m;

    /// <summary>Kopecks; nothing finer exists.</summary>
    public const int MaxDecimals = 2;

    public const decimal MaxMonthlyFee = 100_000m;

    public const decimal MaxDailyFee = 10_000m;

    /// <summary>Nothing a user enters about a SIM can be older than this.</summary>
    public static DateOnly EarliestDate { get; } = new(2000, 1, 1);

    /// <summary>Whether a user who already has <paramref name="simCount"/> SIMs may add one more.</summary>
    public static SimError CheckCanAdd(int simCount) =>
        simCount >= MaxSimsPerUser ? SimError.TooManySims : SimError.None;

    /// <summary>Null means no label; length counts what the user sees, so an emoji is one character.</summary>
    public static SimError CheckLabel(string? label) => label switch
    {
        null => SimError.None,
        _ when string.IsNullOrWhiteSpace(label) => SimError.LabelBlank,
        _ when new StringInfo(label).LengthInTextElements > MaxLabelLength => SimError.LabelTooLong,
        _ => SimError.None,
    };

    public static SimError CheckNotes(string? notes) =>
        notes is not null && new StringInfo(notes).LengthInTextElements > MaxNotesLength
            ? SimError.NotesTooLong
            : SimError.None;

    public static SimError CheckBalance(decimal balance) => balance switch
    {
        < MinBalance or > MaxBalance => SimError.BalanceOutOfRange,
        _ => CheckDecimals(balance),
    };

    /// <summary>For the balance date and the last activity date.</summary>
    public static SimError CheckDate(DateOnly date, DateOnly today) => date switch
    {
        _ when date > today => SimError.DateInFuture,
        _ when date < EarliestDate => SimError.DateTooEarly,
        _ => SimError.None,
    };

    /// <summary>A day of the month; 29 to 31 mean the last day in shorter months.</summary>
    public static SimError CheckChargeDay(int day) =>
        day is >= 1 and <= 31 ? SimError.None : SimError.ChargeDayOutOfRange;

    public static SimError CheckPlan(SimPlan plan) => plan switch
    {
        MonthlyPlan m when CheckChargeDay(m.ChargeDay) != SimError.None => SimError.ChargeDayOutOfRange,
        MonthlyPlan { Fee: <= 0m or > MaxMonthlyFee } => SimError.PlanFeeOutOfRange,
        MonthlyPlan m => CheckDecimals(m.Fee),
        DailyPlan { FeePerDay: <= 0m or > MaxDailyFee } => SimError.PlanFeeOutOfRange,
        DailyPlan d => CheckDecimals(d.FeePerDay),
        _ => SimError.None,
    };

    /// <summary>
    /// Days without paid activity before the fee starts: the per-SIM override, or the user's rule for another operator.
    /// Operators use 45 to 270 days, so more than <see cref="OperatorRules.MaxDays"/> is a typo, not a tariff.
    /// </summary>
    public static SimError CheckInactivityDays(int days) =>
        days is >= 1 and <= OperatorRules.MaxDays ? SimError.None : SimError.InactivityDaysOutOfRange;

    /// <summary>The unused-number fee the user enters for another operator; zero means the operator charges none.</summary>
    public static SimError CheckInactivityFee(decimal feePerDay) => feePerDay switch
    {
        < 0m or > OperatorRules.MaxFeePerDay => SimError.InactivityFeeOutOfRange,
        _ => CheckDecimals(feePerDay),
    };

    /// <summary>Days at a zero or negative balance before the contract ends; zero means at once.</summary>
    public static SimError CheckDaysAtZero(int days) =>
        days is >= 0 and <= OperatorRules.MaxDays ? SimError.None : SimError.DaysAtZeroOutOfRange;

    /// <summary>For rules the user enters for an operator the catalog does not know; unknown values are fine.</summary>
    public static SimError CheckRules(OperatorRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        SimError[] checks =
        [
            rules.InactivityDays is { } days ? CheckInactivityDays(days) : SimError.None,
            rules.InactivityFeePerDay is { } fee ? CheckInactivityFee(fee) : SimError.None,
            rules.DaysAtZeroBeforeTermination is { } atZero ? CheckDaysAtZero(atZero) : SimError.None,
        ];
        return checks.FirstOrDefault(e => e != SimError.None);
    }

    /// <summary>The first problem with any field of <paramref name="sim"/>.</summary>
    public static SimError Check(Sim sim, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sim);
        SimError[] checks =
        [
            CheckLabel(sim.Label),
            CheckNotes(sim.Notes),
            sim.Balance is { } balance ? CheckBalance(balance) : SimError.None,
            sim.Balance is not null && sim.BalanceKnownOn is null ? SimError.BalanceWithoutDate : SimError.None,
            sim.BalanceKnownOn is { } knownOn ? CheckDate(knownOn, today) : SimError.None,
            CheckPlan(sim.Plan),
            sim.LastPaidActivity is { } activity ? CheckDate(activity.On, today) : SimError.None,
            sim.InactivityDaysOverride is { } days ? CheckInactivityDays(days) : SimError.None,
            sim.CustomRules is { } rules ? CheckRules(rules) : SimError.None,
        ];
        return checks.FirstOrDefault(e => e != SimError.None);
    }

    private static SimError CheckDecimals(decimal value) =>
        decimal.Round(value, MaxDecimals) == value ? SimError.None : SimError.TooManyDecimals;
}
