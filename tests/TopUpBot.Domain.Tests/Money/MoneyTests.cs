using TopUpBot.Domain.Finance;

namespace TopUpBot.Domain.Tests.Finance;

public class MoneyTests
{
    private static readonly DateOnly Day = new(2024, 10, 4);

    private static ExchangeRate Official(Currency currency, decimal rubPerUnit) =>
        new(currency, rubPerUnit, Day, RateSource.Official);

    [Theory]
    [InlineData("cny", "CNY")]
    [InlineData("USD", "USD")]
    [InlineData("Kzt", "KZT")]
    public void Any_three_latin_letters_are_a_currency_code(string code, string expected)
    {
        Assert.True(Currency.TryFromCode(code, out var currency));
        Assert.Equal(expected, currency.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RU")]
    [InlineData("RUBL")]
    [InlineData("РУБ")]
    [InlineData("U$D")]
    public void Other_strings_are_not_currency_codes(string? code)
    {
        Assert.False(Currency.TryFromCode(code, out _));
        Assert.Throws<ArgumentException>(() => Currency.FromCode(code!));
    }

    [Fact]
    public void Currencies_with_the_same_code_are_equal() =>
        Assert.Equal(Currency.Cny, Currency.FromCode("cny"));

    [Theory]
    [InlineData(100, 13.4808, 1348.08)]
    [InlineData(1, 0.646349, 0.65)] // 100 JPY quoted as 64.6349
    [InlineData(0.5, 0.01, 0.01)] // 0.005 rounds away from zero
    [InlineData(-0.5, 0.01, -0.01)]
    [InlineData(33.33, 95.0262, 3167.22)]
    [InlineData(0, 13.4808, 0)]
    public void Converts_to_rubles_rounded_to_kopecks(double amount, double rubPerUnit, double expected)
    {
        var money = new Money((decimal)amount, Currency.Cny);

        var rub = money.ToRub(Official(Currency.Cny, (decimal)rubPerUnit));

        Assert.Equal(Money.Rub((decimal)expected), rub);
    }

    [Fact]
    public void Refuses_a_rate_for_another_currency() =>
        Assert.Throws<ArgumentException>(() => new Money(5m, Currency.Usd).ToRub(Official(Currency.Cny, 13.48m)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_rate_must_be_positive(int rubPerUnit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Official(Currency.Cny, rubPerUnit));

    [Fact]
    public void A_payment_gives_the_rate_the_user_got()
    {
        var rate = ExchangeRate.FromPayment(new Money(100m, Currency.Cny), Money.Rub(1250m), Day);

        Assert.Equal(new ExchangeRate(Currency.Cny, 12.5m, Day, RateSource.UserTyped), rate);
    }

    [Fact]
    public void A_payment_must_credit_rubles() =>
        Assert.Throws<ArgumentException>(
            () => ExchangeRate.FromPayment(new Money(100m, Currency.Cny), new Money(14m, Currency.Usd), Day));

    [Fact]
    public void A_payment_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ExchangeRate.FromPayment(new Money(0m, Currency.Cny), Money.Rub(1250m), Day));

    [Fact]
    public void Markup_of_a_worse_rate_in_rubles_and_percent()
    {
        var paid = new Money(100m, Currency.Cny);
        var paidRate = ExchangeRate.FromPayment(paid, Money.Rub(1250m), Day);

        var markup = RateMarkup.For(paid, paidRate, Official(Currency.Cny, 13.48m));

        Assert.Equal(new RateMarkup(98.00m, 7.84m), markup);
    }

    [Fact]
    public void Markup_of_a_better_rate_is_negative()
    {
        var paid = new Money(10m, Currency.Usd);
        var paidRate = ExchangeRate.FromPayment(paid, Money.Rub(1000m), Day);

        var markup = RateMarkup.For(paid, paidRate, Official(Currency.Usd, 95.0262m));

        Assert.Equal(new RateMarkup(-49.74m, -4.97m), markup);
    }

    [Fact]
    public void Markup_at_the_official_rate_is_zero()
    {
        var paid = new Money(7m, Currency.Cny);

        Assert.Equal(new RateMarkup(0m, 0m), RateMarkup.For(paid, Official(Currency.Cny, 13.4808m), Official(Currency.Cny, 13.4808m)));
    }

    [Fact]
    public void Markup_needs_rates_for_the_currency_paid() =>
        Assert.Throws<ArgumentException>(
            () => RateMarkup.For(new Money(5m, Currency.Usd), Official(Currency.Cny, 12m), Official(Currency.Cny, 13m)));
}
