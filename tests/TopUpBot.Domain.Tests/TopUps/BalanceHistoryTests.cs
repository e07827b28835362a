using TopUpBot.Domain.TopUps;
using static TopUpBot.Domain.Tests.Sims.TestSims;
using static TopUpBot.Domain.Tests.TopUps.TestTopUps;

namespace TopUpBot.Domain.Tests.TopUps;

public class BalanceHistoryTests
{
    [Fact]
    public void Each_top_up_shows_the_balance_before_and_after_it_then_a_later_balance()
    {
        var sim = Sim(balance: 420m, knownOn: "2026-03-01");
        TopUp[] topUps =
        [
            TopUp("2026-02-01", "500 RUB", 500m, balanceAfter: 600m),
            TopUp("2025-12-01", "300 RUB", 300m, balanceAfter: 350m),
            TopUp("2026-02-10", "100 RUB", 100m, balanceAfter: null),
            TopUp("2026-02-11", "100 RUB", 100m, simId: 2, balanceAfter: 900m),
        ];

        var points = BalanceHistory.Of(sim, topUps, D("2025-12-01"));

        Assert.Equal(
            [
                new BalancePoint(D("2025-12-01"), 50m),
                new BalancePoint(D("2025-12-01"), 350m),
                new BalancePoint(D("2026-02-01"), 100m),
                new BalancePoint(D("2026-02-01"), 600m),
                new BalancePoint(D("2026-03-01"), 420m),
            ],
            points);
    }

    [Fact]
    public void The_balance_recorded_before_the_last_top_up_is_already_in_its_points()
    {
        var sim = Sim(balance: 600m, knownOn: "2026-01-20");

        var points = BalanceHistory.Of(sim, [TopUp("2026-02-01", "500 RUB", 500m, balanceAfter: 600m)], D("2025-03-01"));

        Assert.Equal([new BalancePoint(D("2026-02-01"), 100m), new BalancePoint(D("2026-02-01"), 600m)], points);
    }

    [Fact]
    public void Points_before_the_window_are_left_out() =>
        Assert.Equal(
            [new BalancePoint(D("2026-03-01"), 420m)],
            BalanceHistory.Of(Sim(balance: 420m, knownOn: "2026-03-01"), [TopUp("2025-01-01", "500 RUB", 500m, balanceAfter: 600m)], D("2025-03-01")));
}
