using System.Globalization;
using System.Text.RegularExpressions;

namespace TopUpBot.Domain.Parsing;

/// <summary>
/// Reads the ruble balance from an operator's balance answer (USSD or SMS) that a user pasted
/// or forwarded: MTS, Beeline, MegaFon, T2 and Yota, in Russian or transliterated.
/// </summary>
/// <remarks>
/// An amount right after a balance word ("Баланс:", "Balans", "На счете") wins. Otherwise the
/// text must hold exactly one ruble amount; per-day prices and bonus balances do not count,
/// and minutes, GB or SMS never look like money because they lack a ruble sign.
/// A minus is read only when it touches the digits ("-12,50") or is spelled ("минус"),
/// since "Баланс - 100 р" uses the hyphen as a dash.
/// </remarks>
public static partial class BalanceTextParser
{
    // A number with an optional sign: "1 234,50", "-12.5", "минус 12,5". At most nine integer
    // digits (no balance is larger, and decimal cannot overflow) and two decimals, and never
    // a piece of a longer number or a date.
    private const string SignedNumber = """
        (?:(?<minus>(?<!\p{L})(?:минус|minus)\s*|(?<![0-9\p{L}])[-−–]))?
        (?<![0-9.,])
        (?<int>[0-9]{1,3}(?:[\u0020\u00A0\u202F][0-9]{3}){1,2}|[0-9]{1,9})
        (?:[.,](?<frac>[0-9]{1,2}))?
        (?![0-9]|[.,][0-9])
        """;

    // Ruble markers and an optional kopecks part: "р.", "руб", "рублей", "₽", "rub", "r", "12 р. 50 коп."
    private const string Rubles = """
        [\u0020\u00A0\u202F]*
        (?:₽|руб(?:л(?:ей|я|ь))?\.?|р\.?|rub(?:l(?:ey|ej|ya|es|e)?)?\.?|rur\.?|r\.?)(?!\p{L})
        (?:[\u0020\u00A0\u202F]*(?<kop>[0-9]{1,2})[\u0020\u00A0\u202F]*(?:коп|kop)\p{L}*\.?)?
        """;

    private const string BalanceWord = """
        (?<bonus>(?<!\p{L})(?:бонус|bonus)\p{L}*\s+)?
        (?<!\p{L})(?:баланс\p{L}*|balans\p{L}*|balance|остаток|ostatok|на\s+сч[её]т[еу]|na\s+schet[eu])
        """;

    // Words and punctuation between the balance word and the amount:
    // "Баланс: ", "Ваш баланс составляет ", "Остаток на счете — ", "Your balance is ".
    // Atomic and bounded, so that a long run of them cannot make matching slow.
    private const string Filler = """
        (?>(?:[\s:=—]+|[-–](?=\s)|(?:на\s+сч[её]т[еу]|na\s+schet[eu]|основного|osnovnogo|лицевого|licevogo|сч[её]та|scheta|составляет|sostavlyaet|равен|raven|is)(?!\p{L})){0,12})
        """;

    // Without a ruble marker, a number after a balance word counts only if no unit follows ("Баланс: 150").
    private const string NoUnit = @"(?![\u0020\u00A0\u202F]*[\p{L}%])";

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    /// <summary>Parses the balance, in rubles with at most two decimals.</summary>
    public static ParseResult<decimal, BalanceParseError> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BalanceParseError.NoAmountFound;
        }

        var anchored = AnchoredAmount().Matches(text);
        var balances = anchored.Where(m => !m.Groups["bonus"].Success).Select(ToAmount).Distinct().ToList();
        if (balances.Count > 0)
        {
            return balances.Count == 1 ? balances[0] : BalanceParseError.Ambiguous;
        }

        var bonusSpans = anchored.Where(m => m.Groups["bonus"].Success).ToList();
        var amounts = MoneyAmount().Matches(text)
            .Where(m => !bonusSpans.Any(b => m.Index < b.Index + b.Length && b.Index < m.Index + m.Length))
            .Where(m => !PerPeriod().IsMatch(text.AsSpan(m.Index + m.Length)))
            .Select(ToAmount)
            .Distinct()
            .ToList();
        return amounts.Count switch
        {
            0 => BalanceParseError.NoAmountFound,
            1 => amounts[0],
            _ => BalanceParseError.Ambiguous,
        };
    }

    private static decimal ToAmount(Match match)
    {
        var integer = RemoveSpaces(match.Groups["int"].Value);
        var fraction = match.Groups["frac"].Success
            ? match.Groups["frac"].Value
            : match.Groups["kop"].Value.PadLeft(2, '0');
        var amount = decimal.Parse($"{integer}.{fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return match.Groups["minus"].Success ? -amount : amount;
    }

    private static string RemoveSpaces(string digits) =>
        string.Concat(digits.Where(char.IsAsciiDigit));

    [GeneratedRegex(BalanceWord + Filler + SignedNumber + "(?:" + Rubles + "|" + NoUnit + ")", Options)]
    private static partial Regex AnchoredAmount();

    [GeneratedRegex(SignedNumber + Rubles, Options)]
    private static partial Regex MoneyAmount();

    // "9 р./день", "3,3 руб. в сутки", "5 rub/day": a price, not a balance.
    [GeneratedRegex(@"^\s*(?:/|в\s|per\s|a\s)\s*(?:дн|день|сут|мес|нед|day|month|den|sut|mes)", Options)]
    private static partial Regex PerPeriod();
}
