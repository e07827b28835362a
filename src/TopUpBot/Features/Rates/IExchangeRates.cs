using TopUpBot.Domain.Finance;

namespace TopUpBot.Features.Rates;

/// <summary>The Bank of Russia's official rates as far as the bot knows them.</summary>
internal interface IExchangeRates
{
    /// <summary>The newest rates fetched or cached; null only if the source has never answered.</summary>
    Task<KnownRates?> Latest(CancellationToken cancellationToken);
}

/// <param name="Rates">The day's rates as the Bank of Russia published them.</param>
/// <param name="FetchedAt">When the bot last read these rates from the source.</param>
/// <param name="Stale">True when the last refresh failed and these are older rates kept from before.</param>
internal sealed record KnownRates(CbrRates Rates, DateTimeOffset FetchedAt, bool Stale);
