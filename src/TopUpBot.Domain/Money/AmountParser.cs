using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.Finance;

/// <summary>
/// Reads an amount a user typed, with an optional currency before or after it:
/// "1,5", "1.5", "1 000,50", "100 руб", "100₽", "¥100", "100 元", "100 CNY", "$5", "5 usd".
/// </summary>
/// <remarks>
/// A single "," or "." is the decimal separator. Thousands may be grouped with spaces, or with
/// a separator that repeats ("1,000,000") or is followed by the other one ("1.000,50").
/// "¥" means yuan: the users live in China.
/// </remarks>
public static partial class AmountParser
{
    /// <summary>Far above any top-up, and far below where converting could overflow a decimal.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    private static readonly Dictionary<string, Currency> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["₽"] = Currency.Rub,
        ["р"] = Currency.Rub,
        ["руб"] = Currency.Rub,
        ["рубль"] = Currency.Rub,
        ["рубля"] = Currency.Rub,
        ["рублей"] = Currency.Rub,
        ["r"] = Currency.Rub,
        ["rub"] = Currency.Rub,
        ["rur"] = Currency.Rub,
        ["ruble"] = Currency.Rub,
        ["rubles"] = Currency.Rub,
        ["¥"] = Currency.Cny,
        ["￥"] = Currency.Cny,
        ["元"] = Currency.Cny,
        ["块"] = Currency.Cny,
        ["人民币"] = Currency.Cny,
        ["юань"] = Currency.Cny,
        ["юаня"] = Currency.Cny,
        ["юаней"] = Currency.Cny,
        ["yuan"] = Currency.Cny,
        ["rmb"] = Currency.Cny,
        ["$"] = Currency.Usd,
        ["美元"] = Currency.Usd,
        ["долл"] = Currency.Usd,
        ["доллар"] = Currency.Usd,
        ["доллара"] = Currency.Usd,
        ["долларов"] = Currency.Usd,
        ["dollar"] = Currency.Usd,
        ["dollars"] = Currency.Usd,
        ["€"] = Currency.FromCode("EUR"),
    };

    public static ParseResult<ParsedAmount, AmountParseError> Parse(string? input, AmountOptions options = AmountOptions.None)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return AmountParseError.NotANumber;
        }

        var match = AmountWithCurrency().Match(FullWidthDigits.ToAscii(input));
        if (!match.Success || (match.Groups["sign"].Success && match.Groups["sign2"].Success))
        {
            return AmountParseError.NotANumber;
        }

        Currency? currency = null;
        foreach (var token in new[] { match.Groups["pre"], match.Groups["post"] }.Where(g => g.Success))
        {
            if (!TryResolveCurrency(token.Value, out var named) || (currency is not null && currency != named))
            {
                return AmountParseError.UnknownCurrency;
            }

            currency = named;
        }

        var number = ParseNumber(match.Groups["num"].Value);
        if (!number.IsSuccess)
        {
            return number.Error;
        }

        var amount = match.Groups["sign"].Success || match.Groups["sign2"].Success ? -number.Value : number.Value;
        if (amount <= 0 && !options.HasFlag(AmountOptions.AllowZeroOrNegative))
        {
            return AmountParseError.ZeroOrNegative;
        }

        return new ParsedAmount(amount, currency);
    }

    private static bool TryResolveCurrency(string token, [NotNullWhen(true)] out Currency? currency)
    {
        var word = token.TrimEnd('.');
        return Aliases.TryGetValue(word, out currency) || Currency.TryFromCode(word, out currency);
    }

    private static ParseResult<decimal, AmountParseError> ParseNumber(string text)
    {
        // The last "," or "." is the decimal point unless it repeats: "1,5", "1.000,50",
        // "1,000.50" have decimals, "1,000,000" has none.
        var last = text.LastIndexOfAny([',', '.']);
        var hasDecimals = last >= 0 && text.Count(c => c == text[last]) == 1;
        var integer = hasDecimals ? text[..last] : text;
        var fraction = hasDecimals ? text[(last + 1)..] : "";

        var groups = integer.Split([' ', '\u00A0', '\u202F', '\u2009', ',', '.']);
        var grouped = groups.Length == 1
            || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3));
        if (!grouped || groups.Any(g => !g.All(char.IsAsciiDigit)) || !fraction.All(char.IsAsciiDigit))
        {
            return AmountParseError.NotANumber;
        }

        if (fraction.Length > 2)
        {
            return AmountParseError.TooManyDecimals;
        }

        var digits = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : "");
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value <= MaxAmount
            ? value
            : AmountParseError.TooLarge;
    }

    // [-] [currency] [-] number [currency]; the currency is a sign ($, ¥, ₽), a code or a word.
    [GeneratedRegex(
        @"^\s*(?<sign>[-−])?\s*(?<pre>\p{Sc}|[A-Za-z]{3}(?![A-Za-z]))?\s*(?<sign2>[-−])?\s*(?<num>[0-9](?:[0-9\s.,]*[0-9])?)\s*(?<post>\p{Sc}|\p{L}+\.?)?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AmountWithCurrency();
}
