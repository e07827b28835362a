using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.Tests.Parsing;

public class DayNumberParserTests
{
    [Theory]
    [InlineData("90", 90)]
    [InlineData(" 90 ", 90)]
    [InlineData("90 days", 90)]
    [InlineData("1 day", 1)]
    [InlineData("90d", 90)]
    [InlineData("90 дней", 90)]
    [InlineData("60 дн.", 60)]
    [InlineData("1 день", 1)]
    [InlineData("90天", 90)]
    [InlineData("９０天", 90)]
    [InlineData("0", 0)]
    [InlineData("100000", 100000)]
    public void Reads_a_count_of_days(string text, int expected) =>
        Assert.Equal(expected, DayNumberParser.DayCount(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ninety")]
    [InlineData("-5")]
    [InlineData("90.5")]
    [InlineData("3 months")]
    [InlineData("1234567")]
    [InlineData("90 90")]
    public void Refuses_what_is_not_a_count_of_days(string? text) =>
        Assert.Null(DayNumberParser.DayCount(text));

    [Theory]
    [InlineData("15", 15)]
    [InlineData("1st", 1)]
    [InlineData("31st", 31)]
    [InlineData("15th", 15)]
    [InlineData("15-го", 15)]
    [InlineData("15-е", 15)]
    [InlineData("15 числа", 15)]
    [InlineData("15号", 15)]
    [InlineData("每月15日", 15)]
    [InlineData("１５号", 15)]
    [InlineData("32", 32)]
    public void Reads_a_day_of_the_month(string text, int expected) =>
        Assert.Equal(expected, DayNumberParser.DayOfMonth(text));

    [Theory]
    [InlineData(null)]
    [InlineData("mid-month")]
    [InlineData("15.03")]
    [InlineData("1000")]
    [InlineData("-1")]
    public void Refuses_what_is_not_a_day_of_the_month(string? text) =>
        Assert.Null(DayNumberParser.DayOfMonth(text));
}
