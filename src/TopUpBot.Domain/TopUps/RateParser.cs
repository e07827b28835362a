using System.Globalization;
using System.Text.RegularExpressions;
using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.TopUps;

public enum RateParseError
{
    NotANumber,

    /// <summary>Outside <see cref="TopUpLimits.MinRubPerUnit"/>..<see cref="TopUpLimits.MaxRubPerUnit"/>.</summary>
    OutOfRange,
}

/// <summary>Reads a rate a user typed: "12.5", "12,53", "12.5 руб", "13.1₽", up to six decimals.</summary>
public static partial class RateParser
{
    public static ParseResult<decimal, RateParseError> Parse(string? input)
    {
        var match = Rate().Match(FullWidthDigits.ToAscii(input ?? string.Empty));
        if (!match.Success
            || !decimal.TryParse(match.Groups["num"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate))
        {
            return RateParseError.NotANumber;
        }

        return rate is < TopUpLimits.MinRubPerUnit or > TopUpLimits.MaxRubPerUnit ? RateParseError.OutOfRange : rate;
    }

    [GeneratedRegex(@"^\s*(?<num>[0-9]{1,6}(?:[.,][0-9]{1,6})?)\s*(?:₽|р\.?|руб\.?|rub|卢布)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rate();
}
