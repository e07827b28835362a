using System.Globalization;
using System.Text.RegularExpressions;

namespace TopUpBot.Domain.Parsing;

/// <summary>
/// Reads a whole number of days that a user typed, with the words people add in Chinese, Russian or English.
/// Only the form is checked here; whether the number is sensible is for <see cref="Sims.SimLimits"/>.
/// </summary>
public static partial class DayNumberParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>A count of days: <c>90</c>, <c>90 days</c>, <c>90 дней</c>, <c>90天</c>, <c>９０</c>. Null when it is not one.</summary>
    public static int? DayCount(string? input) => Read(input, DayCountPattern());

    /// <summary>A day of the month: <c>15</c>, <c>15th</c>, <c>15-го</c>, <c>15 числа</c>, <c>15号</c>, <c>每月15日</c>. Null when it is not one.</summary>
    public static int? DayOfMonth(string? input) => Read(input, DayOfMonthPattern());

    private static int? Read(string? input, Regex pattern) =>
        input is not null && pattern.Match(FullWidthDigits.ToAscii(input.Trim())) is { Success: true } match
            ? int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    // Six digits at most: enough to tell the user 100000 is too many, never an int overflow.
    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(?:d|days?|д\.?|дн(?:я|ей)?\.?|день|天|日)?$", Options)]
    private static partial Regex DayCountPattern();

    [GeneratedRegex(@"^(?:每月)?\s*(?<n>\d{1,3})\s*(?:st|nd|rd|th|-?(?:е|ое|го|ого)|числ[оа]|号|日)?$", Options)]
    private static partial Regex DayOfMonthPattern();
}
