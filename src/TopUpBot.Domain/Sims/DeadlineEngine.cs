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

        var runsOut = BalanceRunsOutOn(sim, rules.InactivityFeePerDay, FeeChargedFrom(window, counted, feeStarts), today);
        var atRisk = runsOut?.AddDays(rules.DaysAtZeroBeforeTermination ?? 0);

        var action = ChooseAction(sim, rules, window, feeStarts, runsOut, today);
        int? daysLeft = action.DueOn is { } due ? due.DayNumber - today.DayNumber : null;
        return new SimOutlook(sim, runsOut, feeStarts, atRisk, action, StatusOf(daysLeft, atRisk, today), daysLeft);
    }

    /// <summary>The last activity that resets the inactivity clock, or null when none is known.</summary>
    private static PaidActivity? CountedActivity(PaidActivity? last, TopUpCounts topUpCounts) =>
        last is { Kind: ActivityKind.TopUp } && topUpCounts != TopUpCounts.Yes ? null : last;

    /// <summary>
    /// First day the inactivity fee is charged, for the balance forecast. Without a counted activity the fee
    /// may already be running, so it is charged from the start; without a window there is no fee to forecast.
    /// </summary>
    private static DateOnly? FeeChargedFrom(int? window, PaidActivity? counted, DateOnly? feeStarts) =>
        window is null ? null
        : counted is null ? DateOnly.MinValue
        : feeStarts;

    private static NextAction ChooseAction(Sim sim, OperatorRules rules, int? window, DateOnly? feeStarts, DateOnly? runsOut, DateOnly today)
    {
        var inactivity = InactivityAction(sim, rules, window, feeStarts, today);
        if (runsOut is { } zero)
        {
            var due = zero.AddDays(-1);
            // On a tie the top-up goes first: a paid call or SMS needs money on the balance.
            if (inactivity is null || due <= inactivity.DueOn)
            {
                return new NextAction(NextActionKind.TopUp, due, TopUpAmount(sim, due, today), ActionReason.BalanceRunsOut);
            }
        }

        return inactivity ?? new NextAction(NextActionKind.None, null, null, ActionReason.RulesUnknown);
    }

    private static NextAction? InactivityAction(Sim sim, OperatorRules rules, int? window, DateOnly? feeStarts, DateOnly today)
    {
        if (window is null)
        {
            return null;
        }

        var (due, reason) = (sim.LastPaidActivity, feeStarts) switch
        {
            (null, _) => (today, ActionReason.NoPaidActivityKnown),
            (_, null) => (today, ActionReason.LastActivityWasTopUp),
            (_, { } starts) => (starts.AddDays(-1), rules.TopUpCountsAsActivity switch
            {
                TopUpCounts.Yes => ActionReason.InactivityFeeStarts,
                TopUpCounts.No => ActionReason.TopUpDoesNotCountAsActivity,
                _ => ActionReason.TopUpMayNotCountAsActivity,
            }),
        };

        return rules.TopUpCountsAsActivity == TopUpCounts.Yes
            ? new NextAction(NextActionKind.TopUp, due, TopUpAmount(sim, due, today), reason)
            : new NextAction(NextActionKind.PaidAction, due, null, reason);
    }

    private static SimStatus StatusOf(int? daysLeft, DateOnly? atRisk, DateOnly today) => daysLeft switch
    {
        _ when atRisk <= today => SimStatus.ProbablyLost,
        null => SimStatus.Unknown,
        < 0 => SimStatus.Overdue,
        < UrgentWithinDays => SimStatus.Urgent,
        < SoonWithinDays => SimStatus.Soon,
        _ => SimStatus.Ok,
    };

    /// <summary>
    /// Enough to pay the plan until a month after the due day (or after today, when overdue), rounded up to
    /// <see cref="TopUpStep"/>, at least <see cref="MinimumTopUp"/>. An unknown balance counts as zero from today.
    /// The inactivity fee is left out: the action that comes with the top-up stops it.
    /// </summary>
    private static decimal TopUpAmount(Sim sim, DateOnly due, DateOnly today)
    {
        var (balance, from) = KnownBalance(sim) ?? (0m, today);
        var until = (due > today ? due : today).AddMonths(1);
        var need = PlanCost(sim.Plan, from, until) - balance;
        return Math.Max(MinimumTopUp, Math.Ceiling(need / TopUpStep) * TopUpStep);
    }

    private static (decimal Amount, DateOnly On)? KnownBalance(Sim sim) =>
        sim is { Balance: { } amount, BalanceKnownOn: { } on } ? (amount, on) : null;

    /// <summary>What the plan charges on the days after <paramref name="from"/> up to and including <paramref name="until"/>.</summary>
    private static decimal PlanCost(SimPlan plan, DateOnly from, DateOnly until)
    {
        switch (plan)
        {
            case DailyPlan daily when until > from:
                return daily.FeePerDay * (until.DayNumber - from.DayNumber);
            case MonthlyPlan monthly:
                var cost = 0m;
                for (var charge = NextCharge(from, monthly.ChargeDay); charge <= until; charge = NextCharge(charge, monthly.ChargeDay))
                {
                    cost += monthly.Fee;
                }

                return cost;
            default:
                return 0m;
        }
    }

    /// <summary>
    /// First day the balance is zero or less, walking from the day it was known. Days pass in stretches
    /// between monthly charges and the start of the inactivity fee, so a long forecast stays cheap.
    /// </summary>
    private static DateOnly? BalanceRunsOutOn(Sim sim, decimal? inactivityFee, DateOnly? feeFrom, DateOnly today)
    {
        if (KnownBalance(sim) is not { } known)
        {
            return null;
        }

        var (balance, day) = known;

        if (balance <= 0m)
        {
            return day;
        }

        var fee = inactivityFee is > 0m && feeFrom is not null ? inactivityFee : null;
        var horizon = (day > today ? day : today).AddYears(HorizonYears);
        while (day < horizon)
        {
            // The next day something besides the daily rate is charged: a monthly fee, or the first inactivity fee.
            var next = horizon;
            if (sim.Plan is MonthlyPlan monthly)
            {
                next = Min(next, NextCharge(day, monthly.ChargeDay));
            }

            if (fee is not null && feeFrom > day.AddDays(1))
            {
                next = Min(next, feeFrom.Value);
            }

            var rate = DailyCharge(sim.Plan, fee, feeFrom, day.AddDays(1));
            var quietDays = next.DayNumber - day.DayNumber - 1;
            if (rate > 0m)
            {
                var daysToZero = Math.Ceiling(balance / rate);
                if (daysToZero <= quietDays)
                {
                    return day.AddDays((int)daysToZero);
                }

                balance -= rate * quietDays;
            }

            day = next;
            balance -= DailyCharge(sim.Plan, fee, feeFrom, day) + MonthlyCharge(sim.Plan, day);
            if (balance <= 0m)
            {
                return day;
            }
        }

        return null;
    }

    private static decimal DailyCharge(SimPlan plan, decimal? fee, DateOnly? feeFrom, DateOnly day) =>
        (plan is DailyPlan daily ? daily.FeePerDay : 0m) + (fee is { } f && feeFrom <= day ? f : 0m);

    private static decimal MonthlyCharge(SimPlan plan, DateOnly day) =>
        plan is MonthlyPlan monthly && day == ChargeDayIn(day.Year, day.Month, monthly.ChargeDay) ? monthly.Fee : 0m;

    /// <summary>The first charge day after <paramref name="after"/>.</summary>
    private static DateOnly NextCharge(DateOnly after, int chargeDay)
    {
        var charge = ChargeDayIn(after.Year, after.Month, chargeDay);
        if (charge > after)
        {
            return charge;
        }

        var nextMonth = after.AddMonths(1);
        return ChargeDayIn(nextMonth.Year, nextMonth.Month, chargeDay);
    }

    /// <summary>Charge day 31 falls on the 30th, 29th or 28th in shorter months.</summary>
    private static DateOnly ChargeDayIn(int year, int month, int chargeDay) =>
        new(year, month, Math.Clamp(chargeDay, 1, DateTime.DaysInMonth(year, month)));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
