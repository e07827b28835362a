using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TopUpBot.Hosting;
using TopUpBot.Users;

namespace TopUpBot.Outbox;

/// <summary>
/// Drains the outbox within Telegram's limits: at most Reminders__MessagesPerSecond overall, evenly spaced, and one
/// message a second per chat; nothing while a 429 pause is on. Sends run concurrently (a slow answer does not hold up
/// the rate) but are dispatched by one loop, which wakes when a message is queued, a send finishes, the next message
/// or chat becomes due, or at the latest every <see cref="PollInterval"/>.
/// Failures: 429 puts the message back (the HTTP gate pauses everyone); 5xx and network errors retry after 1, 2 and
/// 4 s, then every few minutes, and give up after a day; 403 and 400 "chat not found" mark the user inactive and drop
/// their pending messages; any other 400 gives up on that message.
/// </summary>
internal sealed partial class OutboxSender(
    IOutboxQueue queue,
    OutboxSignal signal,
    ITelegramBotClient bot,
    IUserStore users,
    TelegramPause pause,
    IOptions<RemindersOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    public const int BatchSize = 200;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan PerChatInterval = TimeSpan.FromSeconds(1);

    /// <summary>Done messages are kept this long so their keys are not queued again, e.g. by a scan over old data.</summary>
    public static readonly TimeSpan KeepDone = TimeSpan.FromDays(90);

    /// <summary>A message still failing this long after it was queued is stale; the next scan writes a fresher one.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(1);

    private static readonly TimeSpan[] QuickRetries = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];
    private static readonly TimeSpan SlowRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan SlowRetryMax = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromDays(1);
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rate = options.Value.MessagesPerSecond;
        var overall = new SendPacer(clock, TimeSpan.FromSeconds(1) / rate);
        var perChat = new ChatPacer(clock, PerChatInterval);
        using var slots = new SemaphoreSlim(Math.Max(4, rate));
        var nextPrune = clock.GetUtcNow();
        var failedPasses = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (clock.GetUtcNow() >= nextPrune)
                    {
                        // Planned first: a prune that fails waits for its next turn instead of holding up the sends.
                        nextPrune = clock.GetUtcNow() + PruneEvery;
                        Prune();
                    }

                    var wakeAt = await SendDue(overall, perChat, slots, stoppingToken);
                    failedPasses = 0;
                    LogLookingAgain(logger, wakeAt, _inFlight.Count);
                    await signal.Wait(wakeAt - clock.GetUtcNow(), clock, stoppingToken);
                }
#pragma warning disable CA1031 // A storage error must not end the sender: the host would stop the whole bot with it.
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
                {
                    var backoff = FailedPassBackoff(++failedPasses);
                    LogPassFailed(logger, failedPasses, backoff.TotalSeconds, exception);
                    await Task.Delay(backoff, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping. Sends cut off now stay pending and go after the restart (at worst twice).
        }
        finally
        {
            await Task.WhenAll(_inFlight.Values);
        }
    }

    /// <summary>Dispatches what is due and may go now; returns when to look again.</summary>
    private async Task<DateTimeOffset> SendDue(SendPacer overall, ChatPacer perChat, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var limit = BatchSize + _inFlight.Count;
        var due = queue.Due(now, limit);
        var wakeAt = now + PollInterval;
        var dispatched = 0;
        foreach (var queued in due)
        {
            var chatId = queued.Message.ChatId;
            if (_inFlight.ContainsKey(queued.Key))
            {
                continue;
            }

            if (!perChat.IsFree(chatId))
            {
                wakeAt = Min(wakeAt, perChat.FreeAt(chatId));
                continue;
            }

            await pause.WaitWhilePaused(cancellationToken);
            await overall.WaitTurn(cancellationToken);
            await slots.WaitAsync(cancellationToken);
            perChat.Take(chatId);

            // Recorded before it starts: a send that finished first would leave its key behind, and the message stuck.
            var send = new Task<Task>(() => SendOne(queued, slots, cancellationToken));
            _inFlight[queued.Key] = send.Unwrap();
            send.Start(TaskScheduler.Default);
            dispatched++;
        }

        if (dispatched > 0 && due.Count == limit)
        {
            return clock.GetUtcNow();
        }

        // Due ones left behind are in flight or wait for their chat; a finished send wakes the loop, a chat sets wakeAt.
        // A message rescheduled during this pass is after now, so it is found here; if its time has come already, the
        // loop looks again at once.
        return queue.NextDueAfter(now) is { } next ? Min(wakeAt, next) : wakeAt;
    }

    private async Task SendOne(QueuedMessage queued, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await Deliver(queued, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the message stays pending.
        }
#pragma warning disable CA1031 // Only storage can fail here; the message stays as it was and the sender goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogBookkeepingFailed(logger, queued.Key, exception);
        }
        finally
        {
            _inFlight.TryRemove(queued.Key, out _);
            slots.Release();
            signal.Notify();
        }
    }

    private async Task Deliver(QueuedMessage queued, CancellationToken cancellationToken)
    {
        var message = queued.Message;
        if (await users.Find(message.UserId, cancellationToken) is { Active: false })
        {
            var dropped = queue.DropPending(message.UserId, clock.GetUtcNow());
            LogInactiveUser(logger, message.UserId, dropped);
            return;
        }

        try
        {
            await bot.SendMessage(message.ChatId, message.Text, ParseMode.Html, replyMarkup: message.Keyboard, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 429)
        {
            // The gate already holds every call; the message simply waits its turn again.
            var retryAfter = TimeSpan.FromSeconds(exception.Parameters?.RetryAfter ?? 1);
            queue.Reschedule(message.Key, queued.Failures, clock.GetUtcNow() + retryAfter);
            LogTooManyRequests(logger, message.Key, retryAfter.TotalSeconds);
            return;
        }
        catch (ApiRequestException exception) when (IsChatGone(exception))
        {
            await Deactivate(message, exception, cancellationToken);
            return;
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 400)
        {
            // Telegram refuses this message itself (bad HTML, a bad button): sending it again cannot help.
            queue.GiveUp(message.Key, clock.GetUtcNow());
            LogRefused(logger, message.Key, exception.Message);
            return;
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // 5xx, other API errors, network failures and HTTP timeouts.
            Retry(queued, exception);
            return;
        }

        queue.MarkSent(message.Key, clock.GetUtcNow());
        LogSent(logger, message.Key, message.UserId);
    }

    /// <summary>403: the user blocked the bot or deleted their account; 400 "chat not found": the chat is gone. Both are for good.</summary>
    private static bool IsChatGone(ApiRequestException exception) =>
        exception.ErrorCode == 403
        || (exception.ErrorCode == 400 && exception.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase));

    private async Task Deactivate(OutboxMessage message, ApiRequestException exception, CancellationToken cancellationToken)
    {
        if (await users.Find(message.UserId, cancellationToken) is { Active: true } profile)
        {
            profile.Active = false;
            await users.Save(profile, cancellationToken);
        }

        var dropped = queue.DropPending(message.UserId, clock.GetUtcNow());
        LogChatGone(logger, message.UserId, exception.ErrorCode, exception.Message, dropped);
    }

    private void Retry(QueuedMessage queued, Exception exception)
    {
        var now = clock.GetUtcNow();
        var failures = queued.Failures + 1;
        if (failures > QuickRetries.Length && now - queued.Message.CreatedAt > GiveUpAfter)
        {
            queue.GiveUp(queued.Key, now);
            LogGaveUp(logger, queued.Key, failures, exception);
            return;
        }

        var delay = RetryDelay(failures);
        queue.Reschedule(queued.Key, failures, now + delay);
        LogRetrying(logger, queued.Key, failures, delay.TotalSeconds, exception);
    }

    /// <summary>1, 2 and 4 s for a blip, then 1, 2, 4 ... up to 30 minutes for an outage.</summary>
    internal static TimeSpan RetryDelay(int failures) =>
        failures <= QuickRetries.Length
            ? QuickRetries[failures - 1]
            : TimeSpan.FromTicks(Math.Min(SlowRetry.Ticks << Math.Min(failures - QuickRetries.Length - 1, 10), SlowRetryMax.Ticks));

    /// <summary>1, 2, 4 ... s up to a minute while the outbox cannot be read.</summary>
    internal static TimeSpan FailedPassBackoff(int failures) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerSecond << Math.Min(failures - 1, 6), TimeSpan.TicksPerMinute));

    private void Prune()
    {
        var pruned = queue.PruneDone(clock.GetUtcNow() - KeepDone);
        if (pruned > 0)
        {
            LogPruned(logger, pruned);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    [LoggerMessage(EventId = 710, Level = LogLevel.Debug, Message = "Sent push {Key} to user {UserId}")]
    private static partial void LogSent(ILogger logger, string key, long userId);

    [LoggerMessage(EventId = 711, Level = LogLevel.Warning, Message = "Sending push {Key} failed ({Failures} so far); retrying in {Seconds} s")]
    private static partial void LogRetrying(ILogger logger, string key, int failures, double seconds, Exception exception);

    [LoggerMessage(EventId = 712, Level = LogLevel.Error, Message = "Gave up on push {Key} after {Failures} failures over more than a day")]
    private static partial void LogGaveUp(ILogger logger, string key, int failures, Exception exception);

    [LoggerMessage(EventId = 713, Level = LogLevel.Information, Message = "Push {Key} waits: Telegram asked to slow down for {Seconds} s")]
    private static partial void LogTooManyRequests(ILogger logger, string key, double seconds);

    [LoggerMessage(EventId = 714, Level = LogLevel.Information, Message = "User {UserId} is unreachable (HTTP {ErrorCode}: {Description}); marked inactive, {Dropped} pending pushes dropped")]
    private static partial void LogChatGone(ILogger logger, long userId, int errorCode, string description, int dropped);

    [LoggerMessage(EventId = 715, Level = LogLevel.Error, Message = "Telegram refused push {Key} for good: {Description}")]
    private static partial void LogRefused(ILogger logger, string key, string description);

    [LoggerMessage(EventId = 716, Level = LogLevel.Information, Message = "User {UserId} is inactive; {Dropped} pending pushes dropped unsent")]
    private static partial void LogInactiveUser(ILogger logger, long userId, int dropped);

    [LoggerMessage(EventId = 717, Level = LogLevel.Error, Message = "Recording the outcome of push {Key} failed")]
    private static partial void LogBookkeepingFailed(ILogger logger, string key, Exception exception);

    [LoggerMessage(EventId = 719, Level = LogLevel.Debug, Message = "Outbox pass done; next look at {WakeAt:O}, {InFlight} sends in flight")]
    private static partial void LogLookingAgain(ILogger logger, DateTimeOffset wakeAt, int inFlight);

    [LoggerMessage(EventId = 730, Level = LogLevel.Error, Message = "Outbox pass failed ({Failures} in a row); trying again in {Seconds} s")]
    private static partial void LogPassFailed(ILogger logger, int failures, double seconds, Exception exception);

    [LoggerMessage(EventId = 718, Level = LogLevel.Information, Message = "Pruned {Count} pushes done more than 90 days ago")]
    private static partial void LogPruned(ILogger logger, int count);
}
