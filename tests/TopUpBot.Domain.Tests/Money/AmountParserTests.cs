using TopUpBot.Domain.Finance;

namespace TopUpBot.Domain.Tests.Finance;

public class AmountParserTests
{
    public static TheoryData<string, decimal, string?> Amounts => new()
    {
        { "1,5", 1.5m, null },
        { "1.5", 1.5m, null },
        { "100", 100m, null },
        { "0,01", 0.01m, null },
        { "1 000", 1000m, null },
        { "1 000,50", 1000.50m, null },
        { "1\u00A0000,50", 1000.50m, null },
        { "12 345 678", 12345678m, null },
        { "1,000,000", 1000000m, null },
        { "1.000,50", 1000.50m, null },
        { "1,000.50", 1000.50m, null },
        { "  250  ", 250m, null },
        { "１００", 100m, null },
        { "100 руб", 100m, "RUB" },
        { "100 руб.", 100m, "RUB" },
        { "100 р.", 100m, "RUB" },
        { "100р", 100m, "RUB" },
        { "100 рублей", 100m, "RUB" },
        { "100₽", 100m, "RUB" },
        { "100 RUB", 100m, "RUB" },
        { "100 rur", 100m, "RUB" },
        { "¥100", 100m, "CNY" },
        { "￥100", 100m, "CNY" },
        { "¥ 99,90", 99.90m, "CNY" },
        { "100 元", 100m, "CNY" },
        { "１００元", 100m, "CNY" },
        { "100块", 100m, "CNY" },
        { "100 CNY", 100m, "CNY" },
        { "CNY 100", 100m, "CNY" },
        { "100 юаней", 100m, "CNY" },
        { "100 rmb", 100m, "CNY" },
        { "$5", 5m, "USD" },
        { "$ 5.25", 5.25m, "USD" },
        { "5 usd", 5m, "USD" },
        { "5 USD", 5m, "USD" },
        { "5 долларов", 5m, "USD" },
        { "5美元", 5m, "USD" },
        { "$5 USD", 5m, "USD" },
        { "10 EUR", 10m, "EUR" },
        { "10€", 10m, "EUR" },
        { "500 kzt", 500m, "KZT" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Reads_the_amount_and_the_named_currency(string input, decimal amount, string? currency)
    {
        var parsed = AmountParser.Parse(input).Value;

        Assert.Equal(amount, parsed.Amount);
        Assert.Equal(currency, parsed.Currency?.Code);
    }

    [Theory]
    [InlineData(null, AmountParseError.NotANumber)]
    [InlineData("", AmountParseError.NotANumber)]
    [InlineData("сто", AmountParseError.NotANumber)]
    [InlineData("abc", AmountParseError.NotANumber)]
    [InlineData("1e5", AmountParseError.NotANumber)]
    [InlineData("10 00", AmountParseError.NotANumber)]
    [InlineData("1,50,000", AmountParseError.NotANumber)]
    [InlineData("1.5.0,5", AmountParseError.NotANumber)]
    [InlineData("100 20", AmountParseError.NotANumber)]
    [InlineData("--5", AmountParseError.NotANumber)]
    [InlineData("-$-5", AmountParseError.NotANumber)]
    [InlineData("5%", AmountParseError.NotANumber)]
    [InlineData("100 мин", AmountParseError.UnknownCurrency)]
    [InlineData("100 rubley", AmountParseError.UnknownCurrency)]
    [InlineData("$5 руб", AmountParseError.UnknownCurrency)]
    [InlineData("0", AmountParseError.ZeroOrNegative)]
    [InlineData("0,00 ₽", AmountParseError.ZeroOrNegative)]
    [InlineData("-5", AmountParseError.ZeroOrNegative)]
    [InlineData("−5", AmountParseError.ZeroOrNegative)]
    [InlineData("1,555", AmountParseError.TooManyDecimals)]
    [InlineData("0.001", AmountParseError.TooManyDecimals)]
    [InlineData("1,000", AmountParseError.TooManyDecimals)]
    [InlineData("1.000", AmountParseError.TooManyDecimals)]
    [InlineData("1 000 000 001", AmountParseError.TooLarge)]
    [InlineData("99999999999999999999999999999999", AmountParseError.TooLarge)]
    public void Reports_why_an_amount_was_refused(string? input, AmountParseError expected) =>
        Assert.Equal(expected, AmountParser.Parse(input).Error);

    [Theory]
    [InlineData("-12,50", -12.50)]
    [InlineData("−12,50 ₽", -12.50)]
    [InlineData("-1 234,5 руб", -1234.5)]
    [InlineData("0", 0)]
    [InlineData("150", 150)]
    public void A_balance_may_be_zero_or_negative(string input, double expected) =>
        Assert.Equal((decimal)expected, AmountParser.Parse(input, AmountOptions.AllowZeroOrNegative).Value.Amount);

    [Fact]
    public void A_balance_still_gets_the_other_checks() =>
        Assert.Equal(
            AmountParseError.TooManyDecimals,
            AmountParser.Parse("-1,234", AmountOptions.AllowZeroOrNegative).Error);
}
