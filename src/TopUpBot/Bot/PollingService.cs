using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using TopUpBot.Hosting;

namespace TopUpBot.Bot;

/// <summary>
/// Long polling: the one consumer of this token's updates. Each batch is confirmed (by asking for the next offset)
/// only after it is handled, so a crash never drops an update; errors back off from 1 s doubling to 30 s.
/// </summary>
internal sealed partial class PollingService(
    ITelegramBotClient bot,
    UpdateDispatcher dispatcher,
    BotCommandsPublisher commands,
    BotIdentity identity,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<PollingService> logger) : BackgroundService
{
    public const int LongPollSeconds = 25;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await Start(stoppingToken))
        {
            return;
        }

        int? offset = null;
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, timeout: LongPollSeconds, allowedUpdates: Wanted, cancellationToken: stoppingToken);
                backoff = FirstBackoff;
                if (updates.Length == 0)
                {
                    continue;
                }

                await dispatcher.Dispatch(updates, stoppingToken);
                offset = updates[^1].Id + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // Whatever breaks a poll, the loop backs off and goes on; a restart would not help more.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogPollingFailed(logger, backoff.TotalSeconds, exception);
                await Delay(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>deleteWebhook (keeping pending updates), getMe and setMyCommands, retried until they work or the token is refused.</summary>
    private async Task<bool> Start(CancellationToken stoppingToken)
    {
        var backoff = FirstBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bot.DeleteWebhook(dropPendingUpdates: false, stoppingToken);
                var me = await bot.GetMe(stoppingToken);
                identity.Username = me.Username ?? identity.Username;
                await commands.Publish(stoppingToken);
                LogStarted(logger, identity.Username);
                return true;
            }
            catch (ApiRequestException exception) when (exception.ErrorCode is 401 or 404)
            {
                // 404 is what Telegram answers for a token that does not exist.
                LogTokenRejected(logger, exception.ErrorCode);
                Environment.ExitCode = ExitCodes.Configuration;
                lifetime.StopApplication();
                return false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception exception) when (exception is RequestException or HttpRequestException or OperationCanceledException)
            {
                LogPollingFailed(logger, backoff.TotalSeconds, exception);
                await Delay(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }

        return false;
    }

    private async Task Delay(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down during a back-off is normal.
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Polling Telegram as @{Username}")]
    private static partial void LogStarted(ILogger logger, string username);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Talking to Telegram failed; retrying in {Seconds} s")]
    private static partial void LogPollingFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Critical, Message = "Telegram refused the bot token (HTTP {ErrorCode}): check Telegram__Token with @BotFather")]
    private static partial void LogTokenRejected(ILogger logger, int errorCode);
}
