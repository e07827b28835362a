using System.Globalization;
using System.Text.Json;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>
/// Telegram's flood control, strictly: at most <see cref="PerSecond"/> new messages a second for the bot and one a second
/// per chat, on the server's clock; a message over either limit gets 429 with retry_after. Edits, callback answers and
/// other calls are not counted. Real Telegram tolerates short bursts in one chat; the fake does not, so only turn it on
/// in tests of the push sender.
/// </summary>
internal sealed class TelegramLimits
{
    public const int PerSecond = 30;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly HashSet<string> Counted = new(StringComparer.Ordinal) { "sendMessage", "sendPhoto", "sendDocument" };

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Dictionary<string, DateTimeOffset> _lastByChat = new(StringComparer.Ordinal);

    /// <summary>Counts the call if it is a new message, or throws Telegram's 429 when it is one too many.</summary>
    public void Admit(RecordedRequest request)
    {
        if (!Counted.Contains(request.Method) || !request.Parameters.TryGetValue("chat_id", out var chatId))
        {
            return;
        }

        var chat = chatId.ValueKind == JsonValueKind.String ? chatId.GetString()! : chatId.GetRawText();
        var now = request.ReceivedAt;
        lock (_gate)
        {
            while (_recent.TryPeek(out var oldest) && now - oldest >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= PerSecond)
            {
                throw TooMany(_recent.Peek() + Window - now);
            }

            if (_lastByChat.TryGetValue(chat, out var last) && now - last < Window)
            {
                throw TooMany(last + Window - now);
            }

            _recent.Enqueue(now);
            _lastByChat[chat] = now;
        }
    }

    private static BotApiError TooMany(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new BotApiError(429, string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {seconds}"), seconds);
    }
}
