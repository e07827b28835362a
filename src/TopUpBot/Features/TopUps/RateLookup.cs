using Microsoft.Extensions.Logging;
using TopUpBot.Domain.Finance;
using TopUpBot.Features.Rates;

namespace TopUpBot.Features.TopUps;

/// <summary>The official rates for top-ups and totals; a failing provider means "no rates known", never a failed dialog.</summary>
internal sealed partial class RateLookup(IExchangeRates rates, ILogger<RateLookup> logger)
{
    public async Task<KnownRates?> Latest(CancellationToken cancellationToken)
    {
        try
        {
            return await rates.Latest(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRatesFailed(logger, e);
            return null;
        }
    }

    /// <summary>The rate of <paramref name="currency"/> and whether it is stale; null for RUB or when unknown.</summary>
    public async Task<(ExchangeRate Rate, bool Stale)?> For(Currency currency, CancellationToken cancellationToken) =>
        currency != Currency.Rub && await Latest(cancellationToken) is { } known && known.Rates.RateFor(currency) is { } rate
            ? (rate, known.Stale)
            : null;

    [LoggerMessage(EventId = 610, Level = LogLevel.Warning, Message = "Exchange rates could not be read; going on without them")]
    private static partial void LogRatesFailed(ILogger logger, Exception exception);
}
