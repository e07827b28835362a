using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace TopUpBot.Outbox;

/// <summary>
/// Sits in front of the Telegram HTTP client: every call waits while a flood-control pause is on, and a 429 answer
/// starts one for all calls until its retry_after (plus a margin) has passed. The 429 itself still reaches the
/// caller, which decides what to do with its call; Telegram.Bot's own retry is off (RetryCount = 0) so it cannot
/// resend inside the pause.
/// </summary>
internal sealed partial class TelegramRateGate(TelegramPause pause, ILogger<TelegramRateGate> logger) : DelegatingHandler
{
    /// <summary>Telegram counts whole seconds; the margin keeps the first call after a pause from landing just too early.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(500);

    /// <summary>Used when a 429 says nothing readable about how long to wait.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>A retry_after above this is treated as this: a broken answer must not silence the bot for days.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pause.WaitWhilePaused(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // Reading buffers the body, so Telegram.Bot can still read it to build its exception.
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var retryAfter = RetryAfter(body) ?? response.Headers.RetryAfter?.Delta ?? DefaultRetryAfter;
            if (retryAfter > MaxRetryAfter)
            {
                retryAfter = MaxRetryAfter;
            }

            var until = pause.PauseFor(retryAfter + Margin);
            LogPaused(logger, retryAfter.TotalSeconds, until);
        }

        return response;
    }

    /// <summary>parameters.retry_after of a Bot API error body, or null when the body has none (or is not JSON).</summary>
    internal static TimeSpan? RetryAfter(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("parameters", out var parameters)
                && parameters.ValueKind == JsonValueKind.Object
                && parameters.TryGetProperty("retry_after", out var value)
                && value.ValueKind == JsonValueKind.Number
                && value.TryGetInt64(out var seconds)
                && seconds >= 0
                    ? TimeSpan.FromSeconds(Math.Min(seconds, (long)MaxRetryAfter.TotalSeconds))
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "Telegram asked to wait {Seconds} s (429); every call waits until {Until:O}")]
    private static partial void LogPaused(ILogger logger, double seconds, DateTimeOffset until);
}
