using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TopUpBot.Domain.Finance;
using TopUpBot.Hosting;

namespace TopUpBot.Features.Rates;

/// <summary>
/// The Bank of Russia's daily rates. <see cref="Latest"/> answers from memory or the cache and never from the network;
/// <see cref="Refresh"/> (the Quartz job and the start-up check) reads the source and, if that fails, keeps the last
/// known rates marked stale.
/// </summary>
internal sealed partial class CbrExchangeRates(
    IHttpClientFactory httpClients,
    IRatesCache cache,
    IOptions<ExchangeRatesOptions> options,
    TimeProvider clock,
    ILogger<CbrExchangeRates> logger) : IExchangeRates, IDisposable
{
    public const string HttpClientName = "cbr";

    // One refresh at a time: the job and the start-up check may meet.
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly Lazy<Task<KnownRates?>> _saved = new(() => cache.Load(CancellationToken.None));
    private KnownRates? _current;

    public async Task<KnownRates?> Latest(CancellationToken cancellationToken) =>
        Volatile.Read(ref _current) ?? await _saved.Value.WaitAsync(cancellationToken);

    /// <summary>Reads the source once and returns what <see cref="Latest"/> answers from now on.</summary>
    public async Task<KnownRates?> Refresh(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var fetched = await Fetch(cancellationToken);
            var kept = await Latest(cancellationToken);
            var url = options.Value.SourceUrl;
            KnownRates? next;
            if (fetched.Rates is { } rates)
            {
                next = new KnownRates(rates, clock.GetUtcNow(), Stale: false);
                LogRefreshed(logger, rates.Date, rates.Rates.Count);
            }
            else if (kept is not null)
            {
                next = kept with { Stale = true };
                LogFailedKeeping(logger, url, fetched.Failure, kept.Rates.Date, fetched.Error);
            }
            else
            {
                LogFailedWithoutRates(logger, url, fetched.Failure, fetched.Error);
                return null;
            }

            await cache.Save(next, cancellationToken);
            Volatile.Write(ref _current, next);
            return next;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose() => _refreshing.Dispose();

    private async Task<FetchResult> Fetch(CancellationToken cancellationToken)
    {
        var settings = options.Value;

        // The timeout runs on the injected clock, so tests can pass it without waiting.
        using var timeout = new CancellationTokenSource(settings.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(settings.SourceUrl, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed($"HTTP {(int)response.StatusCode}");
            }

            var parsed = CbrDailyRatesParser.Parse(await response.Content.ReadAsByteArrayAsync(linked.Token));
            return parsed.IsSuccess ? new FetchResult(parsed.Value, string.Empty, null) : FetchResult.Failed($"document rejected ({parsed.Error})");
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"no answer within {settings.Timeout}", exception);
        }
        catch (HttpRequestException exception)
        {
            return FetchResult.Failed("request failed", exception);
        }
    }

    private readonly record struct FetchResult(CbrRates? Rates, string Failure, Exception? Error)
    {
        public static FetchResult Failed(string failure, Exception? error = null) => new(null, failure, error);
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Exchange rates refreshed: {Count} rates for {Date}")]
    private static partial void LogRefreshed(ILogger logger, DateOnly date, int count);

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Could not refresh the exchange rates from {Url}: {Failure}. Serving the last known rates, for {KeptDate}, as stale")]
    private static partial void LogFailedKeeping(ILogger logger, string url, string failure, DateOnly keptDate, Exception? exception);

    [LoggerMessage(EventId = 602, Level = LogLevel.Warning, Message = "Could not refresh the exchange rates from {Url}: {Failure}. No rates are known yet")]
    private static partial void LogFailedWithoutRates(ILogger logger, string url, string failure, Exception? exception);
}
