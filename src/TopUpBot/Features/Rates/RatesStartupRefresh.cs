using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TopUpBot.Features.Rates;

/// <summary>
/// Refreshes the rates once at start-up, in the background, when none are cached, the cached ones are stale or more
/// than a day old. A failure only logs: the bot starts and answers without the network.
/// </summary>
internal sealed partial class RatesStartupRefresh(CbrExchangeRates rates, TimeProvider clock, ILogger<RatesStartupRefresh> logger) : BackgroundService
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var latest = await rates.Latest(stoppingToken);
            if (latest is null || latest.Stale || clock.GetUtcNow() - latest.FetchedAt > MaxAge)
            {
                await rates.Refresh(stoppingToken);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A background service that throws stops the host; the rates are not worth that.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 603, Level = LogLevel.Error, Message = "The start-up refresh of the exchange rates failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
