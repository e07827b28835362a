using System.Globalization;
using System.Text.RegularExpressions;

namespace TopUpBot.Domain.Parsing;

/// <summary>
/// Reads a past date that a user typed: <c>2026-03-01</c>, <c>2026/3/1</c>, <c>01.03.2026</c>,
/// <c>1.3.26</c>, <c>1/3</c>, <c>01.03</c>, <c>3月1日</c>, <c>2026年3月1日</c>.
/// </summary>
/// <remarks>
/// Short forms are day first, as written in Russia. Without a year the date is taken in the
/// year of "today", or in the year before if that would be in the future. A two-digit year
/// means 20yy.
/// </remarks>
public static partial class UserDateParser
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <param name="input">What the user typed.</param>
    /// <param name="today">Today in the user's time zone.</param>
    public static ParseResult<DateOnly, DateParseError> Parse(string? input, DateOnly today)
    {
        if (input is null)
        {
            return DateParseError.Unrecognised;
        }

        var text = FullWidthDigits.ToAscii(input.Trim());
        var match = YearFirst().Match(text);
        if (!match.Success)
        {
            match = DayFirst().Match(text);
        }

        if (!match.Success)
        {
            match = Chinese().Match(text);
        }

        if (!match.Success)
        {
            return DateParseError.Unrecognised;
        }

        var day = Number(match, "d");
        var month = Number(match, "m");
        if (!match.Groups["y"].Success)
        {
            return InLatestYear(day, month, today);
        }

        var year = Number(match, "y");
        if (match.Groups["y"].Length == 2)
        {
            year += 2000;
        }

        return TryCreate(year, month, day) is { } date ? Check(date, today) : DateParseError.NotARealDate;
    }

    private static ParseResult<DateOnly, DateParseError> InLatestYear(int day, int month, DateOnly today)
    {
        var thisYear = TryCreate(today.Year, month, day);
        if (thisYear <= today)
        {
            return Check(thisYear.Value, today);
        }

        if (TryCreate(today.Year - 1, month, day) is { } lastYear)
        {
            return Check(lastYear, today);
        }

        // Only 29.02 gets here: real this year but still ahead, and missing last year.
        return thisYear is null ? DateParseError.NotARealDate : DateParseError.InFuture;
    }

    private static ParseResult<DateOnly, DateParseError> Check(DateOnly date, DateOnly today)
    {
        if (date < Earliest)
        {
            return DateParseError.TooOld;
        }

        return date > today ? DateParseError.InFuture : date;
    }

    private static DateOnly? TryCreate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    // 2026-03-01, 2026.3.1, 2026/3/1
    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*(?<sep>[-./])\s*(?<m>[0-9]{1,2})\s*\k<sep>\s*(?<d>[0-9]{1,2})$", Options)]
    private static partial Regex YearFirst();

    // 01.03.2026, 1.3.26, 1/3, 01.03, optionally followed by "г." as Russians write it.
    [GeneratedRegex(@"^(?<d>[0-9]{1,2})\s*(?<sep>[-./])\s*(?<m>[0-9]{1,2})(?:\s*\k<sep>\s*(?<y>[0-9]{4}|[0-9]{2}))?(?:\s*г(?:ода|\.)?)?$", Options)]
    private static partial Regex DayFirst();

    // 3月1日, 2026年3月1日, and the colloquial 3月1号.
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})\s*年\s*)?(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号]$", Options)]
    private static partial Regex Chinese();
}
