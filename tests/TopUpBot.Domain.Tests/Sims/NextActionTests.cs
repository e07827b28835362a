using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

/// <summary>
/// What to do next and by when. The due day is the last day acting still avoids the event,
/// i.e. the day before the fee starts or the balance reaches zero.
/// </summary>
public class NextActionTests
{
    public static TheoryData<string, Sim, OperatorRules, string, NextAction> Cases => new()
    {
        // Fee from Apr 1, so act by Mar 31; Beeline does not count top-ups, so a paid call or SMS.
        {
            "paid action where top-ups do not count", Sim(activityOn: "2026-01-01"), Beeline, "2026-02-01",
            new NextAction(NextActionKind.PaidAction, D("2026-03-31"), null, ActionReason.TopUpDoesNotCountAsActivity)
        },
        {
            "paid action where nobody knows", Sim(activityOn: "2026-01-01"), Yota, "2026-02-01",
            new NextAction(NextActionKind.PaidAction, D("2026-03-31"), null, ActionReason.TopUpMayNotCountAsActivity)
        },
        // T2 counts top-ups: fee from May 1, top up by Apr 30; no plan, so the minimum 100.
        {
            "top-up where it counts", Sim(activityOn: "2026-01-01"), T2, "2026-02-01",
            new NextAction(NextActionKind.TopUp, D("2026-04-30"), 100m, ActionReason.InactivityFeeStarts)
        },
        {
            "no activity recorded: act today", Sim(), Beeline, "2026-02-01",
            new NextAction(NextActionKind.PaidAction, D("2026-02-01"), null, ActionReason.NoPaidActivityKnown)
        },
        {
            "no activity recorded where top-ups count", Sim(), T2, "2026-02-01",
            new NextAction(NextActionKind.TopUp, D("2026-02-01"), 100m, ActionReason.NoPaidActivityKnown)
        },
        {
            "last activity a top-up that does not count: act today", Sim(activityOn: "2026-01-20", kind: ActivityKind.TopUp), Beeline, "2026-02-01",
            new NextAction(NextActionKind.PaidAction, D("2026-02-01"), null, ActionReason.LastActivityWasTopUp)
        },
        // Runs out Feb 15 (500 - 450 on Jan 15 = 50, Feb 15 = -400), before the fee on Apr 10: top up by Feb 14.
        // Enough until Mar 14: charges on Jan 15 and Feb 15 = 900, minus 500 = 400.
        {
            "balance runs out first", Sim(new MonthlyPlan(450m, 15), 500m, "2026-01-10", "2026-01-10"), Beeline, "2026-01-10",
            new NextAction(NextActionKind.TopUp, D("2026-02-14"), 400m, ActionReason.BalanceRunsOut)
        },
        // Same with 455: 910 - 500 = 410, rounded up to 450.
        {
            "top-up rounded up to 50", Sim(new MonthlyPlan(455m, 15), 500m, "2026-01-10", "2026-01-10"), Beeline, "2026-01-10",
            new NextAction(NextActionKind.TopUp, D("2026-02-14"), 450m, ActionReason.BalanceRunsOut)
        },
        // If the paid call is made by Mar 31 no fee is charged, so only the plan counts: 1 a day makes 90 last
        // exactly to Apr 1. Both are due Mar 31, and the top-up goes first.
        // Until Apr 30: 119 days at 1 = 119, minus 90 = 29, rounds to 50, raised to the minimum 100.
        {
            "tie goes to the top-up", Sim(new DailyPlan(1m), 90m, "2026-01-01", "2026-01-01"), Beeline, "2026-01-01",
            new NextAction(NextActionKind.TopUp, D("2026-03-31"), 100m, ActionReason.BalanceRunsOut)
        },
        // One rouble more lasts to Apr 2, so the paid action on Mar 31 comes first.
        {
            "a day later the paid action comes first", Sim(new DailyPlan(1m), 91m, "2026-01-01", "2026-01-01"), Beeline, "2026-01-01",
            new NextAction(NextActionKind.PaidAction, D("2026-03-31"), null, ActionReason.TopUpDoesNotCountAsActivity)
        },
        // Left alone, Yota's 150 a day would eat the 100 on Apr 1; a paid action by Mar 31 stops the fee, so no top-up.
        {
            "the fee alone does not call for a top-up", Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01"), Yota, "2026-01-01",
            new NextAction(NextActionKind.PaidAction, D("2026-03-31"), null, ActionReason.TopUpMayNotCountAsActivity)
        },
        // No activity known, so the fee of 20 may have run since Mar 2, and runs until the paid action today (Mar 5)
        // including today: 70 - 4 x 20 = -10 on Mar 5, so top up by Mar 4 (overdue). Until Apr 5: the Mar 15 charge
        // of 100 plus 4 fee days of 20 = 180, minus 70 = 110, rounded to 150.
        {
            "a fee that may be running adds to the top-up",
            Sim(new MonthlyPlan(100m, 15), 70m, "2026-03-01"), new OperatorRules(10, 20m, 60, TopUpCounts.No), "2026-03-05",
            new NextAction(NextActionKind.TopUp, D("2026-03-04"), 150m, ActionReason.BalanceRunsOut)
        },
        {
            "rules unknown and nothing drains", Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01"), OperatorRules.Unknown, "2026-01-01",
            new NextAction(NextActionKind.None, null, null, ActionReason.RulesUnknown)
        },
        // Rules unknown, but the plan runs the balance out on Feb 15 (see above with 300 a month): top up by Feb 14.
        // Until Mar 14: 600 - 500 = 100.
        {
            "rules unknown but the plan drains", Sim(new MonthlyPlan(300m, 15), 500m, "2026-01-10", "2026-01-10"), OperatorRules.Unknown, "2026-01-10",
            new NextAction(NextActionKind.TopUp, D("2026-02-14"), 100m, ActionReason.BalanceRunsOut)
        },
        // Ran out Mar 1 (due Feb 28); today Mar 10, so cover until Apr 10: the Apr 1 charge, 200.
        {
            "overdue top-up covers a month from today", Sim(new MonthlyPlan(200m, 1), 0m, "2026-03-01", "2026-03-01"), Beeline, "2026-03-10",
            new NextAction(NextActionKind.TopUp, D("2026-02-28"), 200m, ActionReason.BalanceRunsOut)
        },
        // A debt of 120 plus the Apr 1 charge of 100 = 220, rounded to 250.
        {
            "negative balance adds the debt", Sim(new MonthlyPlan(100m, 1), -120m, "2026-03-01", "2026-03-01"), Beeline, "2026-03-01",
            new NextAction(NextActionKind.TopUp, D("2026-02-28"), 250m, ActionReason.BalanceRunsOut)
        },
        // T2 fee from Jan 5 + 120 = May 5, top up by May 4. Balance unknown, so zero from today (Apr 25):
        // until Jun 4 the plan charges once, on May 20: 250.
        {
            "unknown balance counts as zero from today",
            Sim(new MonthlyPlan(250m, 20), activityOn: "2026-01-05", kind: ActivityKind.TopUp), T2, "2026-04-25",
            new NextAction(NextActionKind.TopUp, D("2026-05-04"), 250m, ActionReason.InactivityFeeStarts)
        },
        // 50 at 10 a day runs out Mar 6; top up by Mar 5; until Apr 5 = 35 days = 350, minus 50 = 300.
        {
            "daily plan top-up", Sim(new DailyPlan(10m), 50m, "2026-03-01", "2026-03-01"), T2, "2026-03-01",
            new NextAction(NextActionKind.TopUp, D("2026-03-05"), 300m, ActionReason.BalanceRunsOut)
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_action_is_the_earliest_need(string what, Sim sim, OperatorRules rules, string today, NextAction expected)
    {
        var actual = DeadlineEngine.Compute(sim, rules, D(today)).NextAction;

        Assert.True(expected == actual, $"{what}: expected {expected}, got {actual}");
    }

    [Fact]
    public void Days_left_counts_to_the_due_day()
    {
        // Due Mar 31; from Feb 1 that is 27 days of February plus 31 of March.
        var outlook = DeadlineEngine.Compute(Sim(activityOn: "2026-01-01"), Beeline, D("2026-02-01"));

        Assert.Equal(58, outlook.DaysLeft);
    }

    [Fact]
    public void Days_left_is_negative_when_overdue_and_null_when_nothing_is_due()
    {
        // Due Feb 28, today Mar 10.
        var overdue = DeadlineEngine.Compute(Sim(new MonthlyPlan(200m, 1), 0m, "2026-03-01", "2026-03-01"), Beeline, D("2026-03-10"));
        var unknown = DeadlineEngine.Compute(Sim(activityOn: "2026-01-01"), OperatorRules.Unknown, D("2026-03-10"));

        Assert.Equal(-10, overdue.DaysLeft);
        Assert.Null(unknown.DaysLeft);
    }
}
