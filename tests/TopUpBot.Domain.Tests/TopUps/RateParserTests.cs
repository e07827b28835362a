using TopUpBot.Domain.TopUps;

namespace TopUpBot.Domain.Tests.TopUps;

public class RateParserTests
{
    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("12,5", 12.5)]
    [InlineData(" 13,4808 ", 13.4808)]
    [InlineData("95.5 руб", 95.5)]
    [InlineData("13.1₽", 13.1)]
    [InlineData("１３.５", 13.5)]
    [InlineData("0.0032", 0.0032)]
    public void Reads_a_typed_rate(string text, double expected) =>
        Assert.Equal((decimal)expected, RateParser.Parse(text).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("twelve")]
    [InlineData("12.5 usd")]
    [InlineData("1 000")]
    [InlineData("-12")]
    [InlineData("12.1234567")]
    public void Refuses_what_is_not_a_rate(string? text) =>
        Assert.Equal(RateParseError.NotANumber, RateParser.Parse(text).Error);

    [Theory]
    [InlineData("0")]
    [InlineData("0.00001")]
    [InlineData("10001")]
    public void Refuses_a_rate_no_currency_has(string text) =>
        Assert.Equal(RateParseError.OutOfRange, RateParser.Parse(text).Error);
}
