using TopUpBot.Domain.Finance;
using TopUpBot.Domain.TopUps;
using static TopUpBot.Domain.Tests.Sims.TestSims;
using static TopUpBot.Domain.Tests.TopUps.TestTopUps;

namespace TopUpBot.Domain.Tests.TopUps;

public class CostSummaryTests
{
    private static readonly ExchangeRate Cny = new(Currency.Cny, 12.5m, D("2026-03-01"), RateSource.Official);
    private static readonly ExchangeRate Usd = new(Currency.Usd, 80m, D("2026-03-01"), RateSource.Official);

    [Fact]
    public void A_top_up_paid_in_the_home_currency_counts_as_what_was_paid() =>
        Assert.Equal(100m, CostSummary.InHome(TopUp("2026-03-01", "100 CNY", 1250m), Currency.Cny, Cny));

    [Fact]
    public void Other_top_ups_are_converted_from_their_rubles_at_the_home_rate() =>
        Assert.Equal(40m, CostSummary.InHome(TopUp("2026-03-01", "500 RUB", 500m), Currency.Cny, Cny));

    [Fact]
    public void Rubles_need_no_home_rate() =>
        Assert.Equal(1250m, CostSummary.InHome(TopUp("2026-03-01", "100 CNY", 1250m), Currency.Rub, null));

    [Fact]
    public void Without_a_home_rate_the_home_amount_is_unknown()
    {
        Assert.Null(CostSummary.InHome(TopUp("2026-03-01", "500 RUB", 500m), Currency.Cny, null));
        Assert.Null(CostSummary.InHome(TopUp("2026-03-01", "500 RUB", 500m), Currency.Cny, Usd));
    }

    [Fact]
    public void Totals_are_by_calendar_month_newest_first()
    {
        TopUp[] topUps =
        [
            TopUp("2026-01-31", "500 RUB", 500m),
            TopUp("2026-03-01", "100 CNY", 1250m),
            TopUp("2026-03-15", "250 RUB", 250m),
            TopUp("2025-03-20", "10 USD", 800m),
        ];

        var months = CostSummary.ByMonth(topUps, Currency.Cny, Cny);

        Assert.Equal(
            [
                new MonthTotal(2026, 3, 1500m, 120m, 2),
                new MonthTotal(2026, 1, 500m, 40m, 1),
                new MonthTotal(2025, 3, 800m, 64m, 1),
            ],
            months);
    }

    [Fact]
    public void A_month_with_an_unconvertible_top_up_has_no_home_total()
    {
        var months = CostSummary.ByMonth([TopUp("2026-03-01", "100 CNY", 1250m), TopUp("2026-03-02", "500 RUB", 500m)], Currency.Cny, null);

        Assert.Equal(new MonthTotal(2026, 3, 1750m, null, 2), Assert.Single(months));
    }

    [Fact]
    public void The_average_runs_from_the_first_top_up_month_to_this_month()
    {
        TopUp[] topUps = [TopUp("2026-01-10", "100 CNY", 1250m), TopUp("2026-03-01", "50 CNY", 600m)];

        var average = CostSummary.Average(topUps, D("2026-03-20"), Currency.Cny, Cny);

        Assert.Equal(new MonthlyAverage(616.67m, 50m, 3), average);
    }

    [Fact]
    public void The_average_looks_back_twelve_months_at_most()
    {
        TopUp[] topUps = [TopUp("2024-05-01", "9000 RUB", 9000m), TopUp("2025-04-30", "600 RUB", 600m), TopUp("2025-05-01", "1200 RUB", 1200m)];

        var average = CostSummary.Average(topUps, D("2026-04-15"), Currency.Rub, null);

        Assert.Equal(new MonthlyAverage(100m, 100m, 12), average);
    }

    [Fact]
    public void No_top_ups_in_the_window_give_no_average()
    {
        Assert.Null(CostSummary.Average([], D("2026-03-01"), Currency.Rub, null));
        Assert.Null(CostSummary.Average([TopUp("2024-01-01", "100 RUB", 100m)], D("2026-03-01"), Currency.Rub, null));
    }

    [Theory]
    [InlineData(Language.Zh, "CNY")]
    [InlineData(Language.Ru, "RUB")]
    [InlineData(Language.En, "USD")]
    public void The_home_currency_follows_the_language_until_chosen(Language language, string expected) =>
        Assert.Equal(expected, HomeCurrency.DefaultFor(language).Code);
}
