namespace TopUpBot.Domain.Finance;

public enum AmountParseError
{
    NotANumber,

    /// <summary>Zero or below, and the caller did not pass <see cref="AmountOptions.AllowZeroOrNegative"/>.</summary>
    ZeroOrNegative,

    /// <summary>More than two decimals. "1,000" and "1.000" land here too: thousands or one? We ask.</summary>
    TooManyDecimals,

    /// <summary>A word or sign next to the number that is not a known currency, e.g. "100 мин".</summary>
    UnknownCurrency,

    /// <summary>Above <see cref="AmountParser.MaxAmount"/>.</summary>
    TooLarge,
}
