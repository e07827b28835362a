using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

/// <summary>
/// When the balance reaches zero. The balance is as of the end of its day, so charges count from the next day.
/// Rules are unknown here, so only the plan drains the balance.
/// </summary>
public class BalanceForecastTests
{
    public static TheoryData<string, SimPlan, decimal, string, string?> PlanOnly => new()
    {
        // 500 - 300 on Jan 15 = 200; - 300 on Feb 15 = -100.
        { "monthly, mid-month", new MonthlyPlan(300m, 15), 500m, "2026-01-10", "2026-02-15" },
        // Charge day 31: 700 - 300 on Feb 28 (2026 is no leap year) = 400, Mar 31 = 100, Apr 30 = -200.
        { "monthly on the 31st, short months", new MonthlyPlan(300m, 31), 700m, "2026-01-31", "2026-04-30" },
        // Leap year: charge day 31 falls on Feb 29 2028; 100 - 100 = 0.
        { "monthly on the 31st, leap February", new MonthlyPlan(100m, 31), 100m, "2028-01-31", "2028-02-29" },
        // 150 - 100 on Feb 29 = 50, - 100 on Mar 31 = -50.
        { "monthly on the 31st, after a leap February", new MonthlyPlan(100m, 31), 150m, "2028-01-31", "2028-03-31" },
        // Charge day 29 in February of a common year falls on Feb 28.
        { "monthly on the 29th, common year", new MonthlyPlan(100m, 29), 100m, "2027-01-29", "2027-02-28" },
        { "monthly on the 29th, leap year", new MonthlyPlan(100m, 29), 100m, "2028-01-29", "2028-02-29" },
        { "monthly on the 30th, February", new MonthlyPlan(200m, 30), 200m, "2027-01-30", "2027-02-28" },
        // The balance was read on a charge day, after that day's charge: the next charge is a month later.
        { "known on the charge day", new MonthlyPlan(100m, 10), 100m, "2026-03-10", "2026-04-10" },
        { "known the day before the charge", new MonthlyPlan(100m, 10), 100m, "2026-03-09", "2026-03-10" },
        // 600 - 500 on Jan 5 2027 = 100, - 500 on Feb 5 = -400.
        { "monthly across the new year", new MonthlyPlan(500m, 5), 600m, "2026-12-20", "2027-02-05" },
        // Zero or negative already: it ran out no later than the day it was read.
        { "zero balance", new MonthlyPlan(500m, 5), 0m, "2026-05-01", "2026-05-01" },
        { "negative balance", new MonthlyPlan(500m, 5), -50m, "2026-05-01", "2026-05-01" },
        { "zero balance, no plan", SimPlan.None, 0m, "2026-05-01", "2026-05-01" },
        // 95 / 10 = 9.5, so the 10th day: Mar 11.
        { "daily, part day", new DailyPlan(10m), 95m, "2026-03-01", "2026-03-11" },
        // Exactly 10 days to reach 0: Mar 11; a kopeck more lasts one more day.
        { "daily, exact", new DailyPlan(10m), 100m, "2026-03-01", "2026-03-11" },
        { "daily, a kopeck more", new DailyPlan(10m), 100.01m, "2026-03-01", "2026-03-12" },
        // 100 / 3.3 = 30.3, so 31 days: Feb 20 + 31 = Mar 23 (February 2026 has 28 days).
        { "daily, fractional fee across February", new DailyPlan(3.3m), 100m, "2026-02-20", "2026-03-23" },
        { "no plan, nothing drains", SimPlan.None, 100m, "2026-03-01", null },
        // 120 charges of 100 from Feb 1 2026: the 120th is Jan 1 2036, exactly ten years on; one more is past the horizon.
        { "last day of the horizon", new MonthlyPlan(100m, 1), 12_000m, "2026-01-01", "2036-01-01" },
        { "beyond the horizon", new MonthlyPlan(100m, 1), 12_000.01m, "2026-01-01", null },
        { "a million at one rouble a month", new MonthlyPlan(1m, 1), 1_000_000m, "2026-01-01", null },
    };

    [Theory]
    [MemberData(nameof(PlanOnly))]
    public void Plan_drains_the_balance(string what, SimPlan plan, decimal balance, string knownOn, string? runsOut)
    {
        var outlook = DeadlineEngine.Compute(Sim(plan, balance, knownOn), OperatorRules.Unknown, D(knownOn));

        Assert.True(MaybeD(runsOut) == outlook.BalanceRunsOutOn, $"{what}: expected {runsOut}, got {outlook.BalanceRunsOutOn}");
    }

    [Fact]
    public void Unknown_balance_never_runs_out()
    {
        var outlook = DeadlineEngine.Compute(Sim(new DailyPlan(10m)), Beeline, D("2026-03-01"));

        Assert.Null(outlook.BalanceRunsOutOn);
        Assert.Null(outlook.NumberAtRiskOn);
    }

    [Fact]
    public void Balance_without_its_date_counts_as_unknown()
    {
        var sim = Sim(new DailyPlan(10m), balance: 50m) with { BalanceKnownOn = null };

        Assert.Null(DeadlineEngine.Compute(sim, Beeline, D("2026-03-01")).BalanceRunsOutOn);
    }

    public static TheoryData<string, Sim, OperatorRules, string, string?, string?> WithInactivityFee => new()
    {
        // Fee from Jan 1 + 90 = Apr 1 at 5 a day: 20 lasts Apr 1..4. Lost 180 days later: Oct 1.
        { "fee alone", Sim(balance: 20m, knownOn: "2026-01-01", activityOn: "2026-01-01"), Beeline, "2026-01-01", "2026-04-04", "2026-10-01" },
        // Feb 1: 250 - 100 = 150. Fee from Jan 1 + 45 = Feb 15 at 15 a day: 150 lasts 10 days, Feb 15..24. +90 days: May 25.
        {
            "monthly plan and fee", Sim(new MonthlyPlan(100m, 1), 250m, "2026-01-01", "2026-01-01", ActivityKind.Sms),
            MegaFon, "2026-01-01", "2026-02-24", "2026-05-25"
        },
        // Jun 2..10 at 2 a day leaves 40 - 18 = 22; from Jun 11 at 2 + 3 = 5 a day: 22 lasts to Jun 15. Lost the same day.
        {
            "daily plan and fee", Sim(new DailyPlan(2m), 40m, "2026-06-01", "2026-06-01"),
            new OperatorRules(10, 3m, 0, TopUpCounts.No), "2026-06-01", "2026-06-15", "2026-06-15"
        },
        // No activity known: the fee may already run, so 5 a day from Mar 2: 12 lasts to Mar 4. +180: Aug 31.
        { "no activity known", Sim(balance: 12m, knownOn: "2026-03-01"), Beeline, "2026-03-01", "2026-03-04", "2026-08-31" },
        // A top-up does not reset Beeline's clock, so the same as no activity.
        {
            "top-up that does not count", Sim(balance: 12m, knownOn: "2026-03-01", activityOn: "2026-03-01", kind: ActivityKind.TopUp),
            Beeline, "2026-03-01", "2026-03-04", "2026-08-31"
        },
        // At T2 the top-up counts: fee from Jan 1 + 120 = May 1 at 3 a day; 100 / 3 = 33.3, so 34 days: Jun 3. +180: Nov 30.
        {
            "top-up that counts", Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01", kind: ActivityKind.TopUp),
            T2, "2026-01-01", "2026-06-03", "2026-11-30"
        },
        // The fee started Apr 1, before the balance was read on May 1: 30 lasts May 2..7. +180: Nov 3.
        { "fee already running", Sim(balance: 30m, knownOn: "2026-05-01", activityOn: "2026-01-01"), Beeline, "2026-05-01", "2026-05-07", "2026-11-03" },
        // Override 30 days: fee from Jan 31; 20 lasts Jan 31..Feb 3. +180: Aug 2.
        {
            "override shortens the window", Sim(balance: 20m, knownOn: "2026-01-01", activityOn: "2026-01-01", overrideDays: 30),
            Beeline, "2026-01-01", "2026-02-03", "2026-08-02"
        },
        // The fee amount is unknown, so nothing is known to drain the balance.
        {
            "fee amount unknown", Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01"),
            new OperatorRules(90, null, null, TopUpCounts.No), "2026-01-01", null, null
        },
        // Termination window unknown: the number is at risk the day the money runs out (Jan 1 + 90 = Apr 1, 3.3 a day, 31 days: May 1).
        {
            "termination window unknown", Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01"),
            new OperatorRules(90, 3.3m, null, TopUpCounts.Unknown), "2026-01-01", "2026-05-01", "2026-05-01"
        },
    };

    [Theory]
    [MemberData(nameof(WithInactivityFee))]
    public void Inactivity_fee_drains_the_balance_too(string what, Sim sim, OperatorRules rules, string today, string? runsOut, string? atRisk)
    {
        var outlook = DeadlineEngine.Compute(sim, rules, D(today));

        Assert.True(
            MaybeD(runsOut) == outlook.BalanceRunsOutOn && MaybeD(atRisk) == outlook.NumberAtRiskOn,
            $"{what}: expected {runsOut} / {atRisk}, got {outlook.BalanceRunsOutOn} / {outlook.NumberAtRiskOn}");
    }
}
