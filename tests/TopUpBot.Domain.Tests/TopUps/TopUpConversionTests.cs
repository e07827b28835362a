using TopUpBot.Domain.Finance;
using TopUpBot.Domain.TopUps;

namespace TopUpBot.Domain.Tests.TopUps;

public class TopUpConversionTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);
    private static readonly ExchangeRate CnyOfficial = new(Currency.Cny, 13.48m, new DateOnly(2026, 2, 28), RateSource.Official);

    [Fact]
    public void Rubles_need_no_rate() =>
        Assert.Equal(new TopUpConversion(500m, null, null), Convert(Money.Rub(500m), official: null, actual: null));

    [Fact]
    public void A_foreign_payment_without_the_users_figure_is_converted_at_the_official_rate() =>
        Assert.Equal(new TopUpConversion(1348m, null, null), Convert(new Money(100m, Currency.Cny), CnyOfficial, actual: null));

    [Fact]
    public void The_rubles_credited_win_and_the_agents_markup_is_worked_out()
    {
        var conversion = Convert(new Money(100m, Currency.Cny), CnyOfficial, new ActualPayment(ActualPaymentKind.CreditedRub, 1250m));

        Assert.Equal(1250m, conversion.Rub);
        Assert.Equal(12.5m, conversion.UserRate!.RubPerUnit);
        Assert.Equal(RateSource.UserTyped, conversion.UserRate.Source);
        Assert.Equal(Day, conversion.UserRate.Date);
        Assert.Equal(new RateMarkup(98m, 7.84m), conversion.Markup);
    }

    [Fact]
    public void A_typed_rate_wins_over_the_official_one()
    {
        var conversion = Convert(new Money(100m, Currency.Cny), CnyOfficial, new ActualPayment(ActualPaymentKind.RubPerUnit, 12m));

        Assert.Equal(1200m, conversion.Rub);
        Assert.Equal(new RateMarkup(148m, 12.33m), conversion.Markup);
    }

    [Fact]
    public void Without_an_official_rate_the_users_figure_is_enough_but_has_no_markup()
    {
        var conversion = Convert(new Money(20m, Currency.Usd), official: null, new ActualPayment(ActualPaymentKind.RubPerUnit, 95.5m));

        Assert.Equal(1910m, conversion.Rub);
        Assert.Null(conversion.Markup);
    }

    [Fact]
    public void A_foreign_payment_with_no_rate_at_all_asks_for_one() =>
        Assert.Equal(ConversionError.NoRate, TopUpConversion.Of(new Money(100m, Currency.Usd), null, null, Day).Error);

    [Theory]
    [InlineData("RUB", 100_000.01, null)]
    [InlineData("CNY", 7_500, null)] // 7,500 CNY at 13.48 is 101,100 RUB
    [InlineData("CNY", 100, 100_001.0)] // credited
    public void More_than_100000_rubles_is_refused(string currency, double amount, double? credited)
    {
        var actual = credited is { } rub ? new ActualPayment(ActualPaymentKind.CreditedRub, (decimal)rub) : null;
        var official = currency == "CNY" ? CnyOfficial : null;

        var result = TopUpConversion.Of(new Money((decimal)amount, Currency.FromCode(currency)), official, actual, Day);

        Assert.Equal(ConversionError.TooLarge, result.Error);
    }

    [Fact]
    public void Exactly_100000_rubles_is_allowed() =>
        Assert.Equal(100_000m, Convert(Money.Rub(100_000m), null, null).Rub);

    [Fact]
    public void Less_than_a_kopeck_is_refused()
    {
        var tiny = new ExchangeRate(Currency.FromCode("VND"), 0.0003m, Day, RateSource.Official);

        Assert.Equal(ConversionError.TooSmall, TopUpConversion.Of(new Money(0.01m, tiny.Currency), tiny, null, Day).Error);
    }

    [Fact]
    public void An_official_rate_of_another_currency_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => TopUpConversion.Of(new Money(1m, Currency.Usd), CnyOfficial, null, Day));

    private static TopUpConversion Convert(Money paid, ExchangeRate? official, ActualPayment? actual)
    {
        var result = TopUpConversion.Of(paid, official, actual, Day);
        Assert.True(result.IsSuccess, result.ToString());
        return result.Value;
    }
}
