using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.TopUps;

public class SimTopUpTests
{
    [Fact]
    public void The_rubles_are_added_and_the_balance_keeps_its_date()
    {
        var effect = SimTopUp.Apply(Sim(balance: 50m, knownOn: "2026-02-20", activityOn: "2026-02-01"), 500m, D("2026-03-01"), TopUpCounts.No);

        Assert.Equal(BalanceEffect.Added, effect.Balance);
        Assert.Equal(550m, effect.Sim.Balance);
        Assert.Equal(D("2026-02-20"), effect.Sim.BalanceKnownOn);
    }

    [Fact]
    public void A_top_up_from_before_the_recorded_balance_is_already_in_it()
    {
        var effect = SimTopUp.Apply(Sim(balance: 50m, knownOn: "2026-02-20"), 500m, D("2026-02-19"), TopUpCounts.No);

        Assert.Equal(BalanceEffect.AlreadyIncluded, effect.Balance);
        Assert.Equal(50m, effect.Sim.Balance);
    }

    [Fact]
    public void An_unknown_balance_stays_unknown()
    {
        var effect = SimTopUp.Apply(Sim(), 500m, D("2026-03-01"), TopUpCounts.Yes);

        Assert.Equal(BalanceEffect.Unknown, effect.Balance);
        Assert.Null(effect.Sim.Balance);
    }

    [Fact]
    public void Where_a_top_up_counts_the_inactivity_clock_restarts_from_its_day()
    {
        var effect = SimTopUp.Apply(Sim(balance: 0m, knownOn: "2026-02-01", activityOn: "2025-12-01"), 300m, D("2026-02-27"), TopUpCounts.Yes);

        Assert.Equal(ClockEffect.Reset, effect.Clock);
        Assert.Equal(new PaidActivity(D("2026-02-27"), ActivityKind.TopUp), effect.Sim.LastPaidActivity);
        var outlook = DeadlineEngine.Compute(effect.Sim, T2, D("2026-03-01"));
        Assert.Equal(D("2026-06-27"), outlook.InactivityFeeStartsOn); // 27 Feb + 120 days
    }

    [Theory]
    [InlineData(TopUpCounts.No, ClockEffect.NotCounted)]
    [InlineData(TopUpCounts.Unknown, ClockEffect.MayNotCount)]
    public void Elsewhere_the_last_paid_call_stays(TopUpCounts counts, ClockEffect expected)
    {
        var sim = Sim(balance: 0m, knownOn: "2026-02-01", activityOn: "2025-12-01");

        var effect = SimTopUp.Apply(sim, 300m, D("2026-02-27"), counts);

        Assert.Equal(expected, effect.Clock);
        Assert.Equal(sim.LastPaidActivity, effect.Sim.LastPaidActivity);
    }

    [Fact]
    public void An_older_top_up_does_not_move_the_clock_back()
    {
        var sim = Sim(activityOn: "2026-02-25");

        var effect = SimTopUp.Apply(sim, 300m, D("2026-02-10"), TopUpCounts.Yes);

        Assert.Equal(ClockEffect.AlreadyLater, effect.Clock);
        Assert.Equal(sim.LastPaidActivity, effect.Sim.LastPaidActivity);
    }
}
