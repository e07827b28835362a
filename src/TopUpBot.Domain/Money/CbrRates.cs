namespace TopUpBot.Domain.Finance;

/// <summary>One day of Bank of Russia rates.</summary>
/// <param name="Date">The date the Bank of Russia set the rates for (ValCurs/@Date), not the date asked for.</param>
/// <param name="Rates">Rates per unit by ISO code; lookups ignore case.</param>
public sealed record CbrRates(DateOnly Date, IReadOnlyDictionary<string, ExchangeRate> Rates)
{
    public ExchangeRate? RateFor(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return Rates.GetValueOrDefault(currency.Code);
    }
}
