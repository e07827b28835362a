using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

/// <summary>
/// Every operator's rules from the real catalog, on one SIM: no plan, a paid call on Jan 1 2026,
/// balance 100 that day, looked at the same day.
/// </summary>
public class CatalogOperatorsTests
{
    private static readonly OperatorCatalog Catalog = OperatorCatalog.LoadEmbedded();

    [Theory]
    // MTS: fee from Jan 1 + 90 = Apr 1; 100 / 3.3 = 30.3, so 31 days of fee: May 1. Termination unknown: at risk May 1.
    [InlineData("mts", "2026-04-01", "2026-05-01", "2026-05-01", NextActionKind.PaidAction, "2026-03-31", ActionReason.TopUpMayNotCountAsActivity, SimStatus.Ok)]
    // Beeline: fee from Apr 1; 100 / 5 = 20 days: Apr 20; + 180 days: Oct 17.
    [InlineData("beeline", "2026-04-01", "2026-04-20", "2026-10-17", NextActionKind.PaidAction, "2026-03-31", ActionReason.TopUpDoesNotCountAsActivity, SimStatus.Ok)]
    // MegaFon: fee from Jan 1 + 45 = Feb 15; 100 / 15 = 6.7, so 7 days: Feb 21; + 90 days: May 22.
    [InlineData("megafon", "2026-02-15", "2026-02-21", "2026-05-22", NextActionKind.PaidAction, "2026-02-14", ActionReason.TopUpDoesNotCountAsActivity, SimStatus.Ok)]
    // T2: fee from Jan 1 + 120 = May 1; 100 / 3 = 33.3, so 34 days: Jun 3; + 180 days: Nov 30. Top-ups count.
    [InlineData("t2", "2026-05-01", "2026-06-03", "2026-11-30", NextActionKind.TopUp, "2026-04-30", ActionReason.InactivityFeeStarts, SimStatus.Ok)]
    // Yota: fee from Apr 1 at 150 a day eats 100 the same day; the contract ends at once.
    [InlineData("yota", "2026-04-01", "2026-04-01", "2026-04-01", NextActionKind.PaidAction, "2026-03-31", ActionReason.TopUpMayNotCountAsActivity, SimStatus.Ok)]
    // Other: the catalog knows nothing; the user has not entered rules.
    [InlineData("other", null, null, null, NextActionKind.None, null, ActionReason.RulesUnknown, SimStatus.Unknown)]
    public void Each_operator(
        string id, string? feeStarts, string? runsOut, string? atRisk, NextActionKind kind, string? due, ActionReason reason, SimStatus status)
    {
        var sim = Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01") with { OperatorId = id };

        var outlook = DeadlineEngine.Compute(sim, sim.RulesFrom(Catalog), D("2026-01-01"));

        Assert.Equal(
            (MaybeD(feeStarts), MaybeD(runsOut), MaybeD(atRisk), kind, MaybeD(due), reason, status),
            (outlook.InactivityFeeStartsOn, outlook.BalanceRunsOutOn, outlook.NumberAtRiskOn, outlook.NextAction.Kind, outlook.NextAction.DueOn, outlook.NextAction.Reason, outlook.Status));
    }

    [Fact]
    public void Custom_rules_make_an_other_operator_computable()
    {
        // 60 days from Jan 1 = Mar 2, act by Mar 1; 10 a day eats 100 in 10 days: Mar 11; +30: Apr 10.
        var sim = Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01") with
        {
            OperatorId = OperatorIds.Other,
            CustomRules = new OperatorRules(60, 10m, 30, TopUpCounts.No),
        };

        var outlook = DeadlineEngine.Compute(sim, sim.RulesFrom(Catalog), D("2026-01-01"));

        Assert.Equal(
            (D("2026-03-02"), D("2026-03-11"), D("2026-04-10"), D("2026-03-01")),
            (outlook.InactivityFeeStartsOn, outlook.BalanceRunsOutOn, outlook.NumberAtRiskOn, outlook.NextAction.DueOn));
    }

    [Fact]
    public void A_per_sim_override_wins_over_the_users_own_rules_too()
    {
        // Override 30 days from Jan 1 = Jan 31, act by Jan 30; 10 a day from Jan 31 eats 100 by Feb 9; +30: Mar 11.
        var sim = Sim(balance: 100m, knownOn: "2026-01-01", activityOn: "2026-01-01", overrideDays: 30) with
        {
            OperatorId = OperatorIds.Other,
            CustomRules = new OperatorRules(60, 10m, 30, TopUpCounts.No),
        };

        var outlook = DeadlineEngine.Compute(sim, sim.RulesFrom(Catalog), D("2026-01-01"));

        Assert.Equal(
            (D("2026-01-31"), D("2026-02-09"), D("2026-03-11"), D("2026-01-30")),
            (outlook.InactivityFeeStartsOn, outlook.BalanceRunsOutOn, outlook.NumberAtRiskOn, outlook.NextAction.DueOn));
    }
}
