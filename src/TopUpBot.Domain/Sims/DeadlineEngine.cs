using TopUpBot.Domain.Operators;

namespace TopUpBot.Domain.Sims;

/// <summary>
/// Works out when a SIM runs out of money, when the inactivity fee starts, when the number may be lost,
/// and what the user should do next. Pure: the same input always gives the same outlook.
/// Where a fact is unknown it assumes the worse case, because a late reminder can cost the number.
/// </summary>
public static class DeadlineEngine
{
    /// <summary>Due within this many days, today counted as the first, is <see cref="SimStatus.Urgent"/>.</summary>
    public const int UrgentWithinDays = 3;

    /// <summary>Due within this many days, today counted as the first, is <see cref="SimStatus.Soon"/>.</summary>
    public const int SoonWithinDays = 14;

    /// <summary>No top-up suggestion is below this many RUB.</summary>
    public const decimal MinimumTopUp = 100m;

    /// <summary>Top-up suggestions are rounded up to a multiple of this many RUB.</summary>
    public const decimal TopUpStep = 50m;

    /// <summary>A balance lasting longer than this is treated as never running out.</summary>
    public const int HorizonYears = 10;

    public static SimOutlook Compute(Sim sim, OperatorRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sim);
        ArgumentNullException.ThrowIfNull(rules);

        var window = sim.InactivityDaysOverride ?? rules.InactivityDays;
        var counted = CountedActivity(sim.LastPaidActivity, rules.TopUpCountsAsActivity);
        DateOnly? feeStarts = window is { } days && counted is not null ? counted.On.AddDays(days) : null;

        // Without a counted activity the fee may already be running, so it is charged from the start.
        var fee = window is not null && rules.InactivityFeePerDay is > 0m and { } perDay ? perDay : 0m;
        var doNothing = new Drain(sim.Plan, fee, counted is null ? DateOnly.MinValue : feeStarts ?? DateOnly.MaxValue, DateOnly.MaxValue);

        var balance = KnownBalance(sim);
        var horizon = Later(balance?.On ?? today, today).AddYears(HorizonYears);
        var runsOut = balance is { } known ? doNothing.RunsOutOn(known.Amount, known.On, horizon) : null;
        var atRisk = runsOut?.AddDays(rules.DaysAtZeroBeforeTermination ?? 0);

        // The paid action (or counting top-up) stops the fee on the day it is done, today at the earliest.
        // Whether the money lasts is judged on that; otherwise the fee itself would seem to call for a top-up.
        var inactivity = InactivityDeadline(sim, rules, window, feeStarts, today);
        var onTime = inactivity is { } deadline ? doNothing with { FeeUntil = Later(deadline.Due, today) } : doNothing;
        var action = ChooseAction(sim, rules, onTime, inactivity, horizon, today);

        int? daysLeft = action.DueOn is { } due ? due.DayNumber - today.DayNumber : null;
        return new SimOutlook(sim, runsOut, feeStarts, atRisk, action, StatusOf(daysLeft, atRisk, today), daysLeft);
    }

    /// <summary>The last activity that resets the inactivity clock, or null when none is known.</summary>
    private static PaidActivity? CountedActivity(PaidActivity? last, TopUpCounts topUpCounts) =>
        last is { Kind: ActivityKind.TopUp } && topUpCounts != TopUpCounts.Yes ? null : last;

    /// <summary>The last day to reset the inactivity clock, and why; null when the window is unknown.</summary>
    private static (DateOnly Due, ActionReason Reason)? InactivityDeadline(
        Sim sim, OperatorRules rules, int? window, DateOnly? feeStarts, DateOnly today) =>
        (window, sim.LastPaidActivity, feeStarts) switch
        {
            (null, _, _) => null,
            (_, null, _) => (today, ActionReason.NoPaidActivityKnown),
            (_, _, null) => (today, ActionReason.LastActivityWasTopUp),
            (_, _, { } starts) => (starts.AddDays(-1), rules.TopUpCountsAsActivity switch
            {
                TopUpCounts.Yes => ActionReason.InactivityFeeStarts,
                TopUpCounts.No => ActionReason.TopUpDoesNotCountAsActivity,
                _ => ActionReason.TopUpMayNotCountAsActivity,
            }),
        };

    private static NextAction ChooseAction(
        Sim sim, OperatorRules rules, Drain onTime, (DateOnly Due, ActionReason Reason)? inactivity, DateOnly horizon, DateOnly today)
    {
        if (KnownBalance(sim) is { } balance && onTime.RunsOutOn(balance.Amount, balance.On, horizon) is { } zero)
        {
            var due = zero.AddDays(-1);
            // On a tie the top-up goes first: a paid call or SMS needs money on the balance.
            if (inactivity is null || due <= inactivity.Value.Due)
            {
                return new NextAction(NextActionKind.TopUp, due, TopUpAmount(sim, onTime, due, today), ActionReason.BalanceRunsOut);
            }
        }

        return inactivity switch
        {
            null => new NextAction(NextActionKind.None, null, null, ActionReason.RulesUnknown),
            var (due, reason) when rules.TopUpCountsAsActivity == TopUpCounts.Yes =>
                new NextAction(NextActionKind.TopUp, due, TopUpAmount(sim, onTime, due, today), reason),
            var (due, reason) => new NextAction(NextActionKind.PaidAction, due, null, reason),
        };
    }

    /// <summary>
    /// Enough to pay <paramref name="drain"/> until a month after the due day (or after today, when overdue),
    /// rounded up to <see cref="TopUpStep"/>, at least <see cref="MinimumTopUp"/>. An unknown balance counts as zero from today.
    /// </summary>
    private static decimal TopUpAmount(Sim sim, Drain drain, DateOnly due, DateOnly today)
    {
        var (balance, from) = KnownBalance(sim) ?? (0m, today);
        var need = drain.CostBetween(from, Later(due, today).AddMonths(1)) - balance;
        return Math.Max(MinimumTopUp, Math.Ceiling(need / TopUpStep) * TopUpStep);
    }

    private static (decimal Amount, DateOnly On)? KnownBalance(Sim sim) =>
        sim is { Balance: { } amount, BalanceKnownOn: { } on } ? (amount, on) : null;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static SimStatus StatusOf(int? daysLeft, DateOnly? atRisk, DateOnly today) => daysLeft switch
    {
        _ when atRisk <= today => SimStatus.ProbablyLost,
        null => SimStatus.Unknown,
        < 0 => SimStatus.Overdue,
        < UrgentWithinDays => SimStatus.Urgent,
        < SoonWithinDays => SimStatus.Soon,
        _ => SimStatus.Ok,
    };
}
