using Microsoft.Extensions.Logging;

namespace TopUpBot.Outbox;

/// <summary>
/// Telegram's flood control for the whole bot: after a 429 every call waits until its retry_after has passed.
/// Shared by the HTTP gate (all calls) and the sender (so it does not spend its rate while paused).
/// </summary>
internal sealed partial class TelegramPause(TimeProvider clock, ILogger<TelegramPause> logger)
{
    private long _untilTicks;

    /// <summary>When calls may go again; in the past when there is no pause.</summary>
    public DateTimeOffset Until => new(Interlocked.Read(ref _untilTicks), TimeSpan.Zero);

    /// <summary>Pauses every call for <paramref name="duration"/> from now, unless a longer pause is already on.</summary>
    public DateTimeOffset PauseFor(TimeSpan duration)
    {
        var until = clock.GetUtcNow().Add(duration).UtcTicks;
        var current = Interlocked.Read(ref _untilTicks);
        while (until > current)
        {
            var seen = Interlocked.CompareExchange(ref _untilTicks, until, current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }

        return Until;
    }

    /// <summary>Returns at once when there is no pause, otherwise once it is over (a pause extended meanwhile is waited for too).</summary>
    public async Task WaitWhilePaused(CancellationToken cancellationToken)
    {
        while (Until - clock.GetUtcNow() is { Ticks: > 0 } remaining)
        {
            LogWaiting(logger, remaining.TotalSeconds);
            await Task.Delay(remaining, clock, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 701, Level = LogLevel.Debug, Message = "Waiting {Seconds} s for Telegram's flood control")]
    private static partial void LogWaiting(ILogger logger, double seconds);
}
