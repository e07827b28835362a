using System.Globalization;
using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.Tests.Parsing;

public class UserDateParserTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Theory]
    [InlineData("2026-03-01", 2026, 3, 1)]
    [InlineData("2026/3/1", 2026, 3, 1)]
    [InlineData("2026.03.01", 2026, 3, 1)]
    [InlineData("01.03.2026", 2026, 3, 1)]
    [InlineData("1.3.2026", 2026, 3, 1)]
    [InlineData("01/03/2026", 2026, 3, 1)]
    [InlineData("01-03-2026", 2026, 3, 1)]
    [InlineData("1.3.26", 2026, 3, 1)]
    [InlineData("01.03.2026 г.", 2026, 3, 1)]
    [InlineData("1.3.2026г", 2026, 3, 1)]
    [InlineData("  01.03.2026  ", 2026, 3, 1)]
    [InlineData("1/3", 2026, 3, 1)]
    [InlineData("01.03", 2026, 3, 1)]
    [InlineData("10.3", 2026, 3, 10)]
    [InlineData("3月1日", 2026, 3, 1)]
    [InlineData("3月1号", 2026, 3, 1)]
    [InlineData("2026年3月1日", 2026, 3, 1)]
    [InlineData("2025年 12月 31日", 2025, 12, 31)]
    [InlineData("２０２６年３月１日", 2026, 3, 1)]
    [InlineData("15.12.2025", 2025, 12, 15)]
    [InlineData("29.02.2024", 2024, 2, 29)]
    [InlineData("01.01.2000", 2000, 1, 1)]
    public void Reads_typed_dates(string input, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), UserDateParser.Parse(input, Today).Value);

    [Theory]
    [InlineData("11.3", 2025, 3, 11)]
    [InlineData("25/12", 2025, 12, 25)]
    [InlineData("12月25日", 2025, 12, 25)]
    public void Without_a_year_a_date_after_today_means_last_year(string input, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), UserDateParser.Parse(input, Today).Value);

    [Theory]
    [InlineData(null, DateParseError.Unrecognised)]
    [InlineData("", DateParseError.Unrecognised)]
    [InlineData("вчера", DateParseError.Unrecognised)]
    [InlineData("1 марта", DateParseError.Unrecognised)]
    [InlineData("2026-03", DateParseError.Unrecognised)]
    [InlineData("1.3.202", DateParseError.Unrecognised)]
    [InlineData("01.03/2026", DateParseError.Unrecognised)]
    [InlineData("123.4.2026", DateParseError.Unrecognised)]
    [InlineData("31.02.2026", DateParseError.NotARealDate)]
    [InlineData("31.02", DateParseError.NotARealDate)]
    [InlineData("29.02.2026", DateParseError.NotARealDate)]
    [InlineData("00.03.2026", DateParseError.NotARealDate)]
    [InlineData("1.13.2026", DateParseError.NotARealDate)]
    [InlineData("2026-02-30", DateParseError.NotARealDate)]
    [InlineData("2月30日", DateParseError.NotARealDate)]
    [InlineData("31.12.1999", DateParseError.TooOld)]
    [InlineData("1999-06-01", DateParseError.TooOld)]
    [InlineData("11.03.2026", DateParseError.InFuture)]
    [InlineData("2027年1月1日", DateParseError.InFuture)]
    [InlineData("1.3.27", DateParseError.InFuture)]
    public void Reports_why_a_date_was_refused(string? input, DateParseError expected) =>
        Assert.Equal(expected, UserDateParser.Parse(input, Today).Error);

    [Fact]
    public void Today_itself_is_accepted() =>
        Assert.Equal(Today, UserDateParser.Parse("10.03", Today).Value);

    [Fact]
    public void Without_a_year_a_date_before_2000_is_too_old() =>
        Assert.Equal(DateParseError.TooOld, UserDateParser.Parse("31.12", new DateOnly(2000, 1, 5)).Error);

    [Theory]
    [InlineData("2028-01-10", DateParseError.InFuture)] // 29.02.2028 is ahead, 2027 has none
    [InlineData("2027-01-10", DateParseError.NotARealDate)] // neither 2027 nor 2026 has one
    public void Twenty_ninth_of_february_without_a_year(string today, DateParseError expected) =>
        Assert.Equal(expected, UserDateParser.Parse("29.02", DateOnly.Parse(today, CultureInfo.InvariantCulture)).Error);

    [Fact]
    public void Twenty_ninth_of_february_without_a_year_after_a_leap_day() =>
        Assert.Equal(new DateOnly(2028, 2, 29), UserDateParser.Parse("29.02", new DateOnly(2028, 3, 1)).Value);
}
