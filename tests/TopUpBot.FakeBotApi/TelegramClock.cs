namespace TopUpBot.Tests.FakeBotApi;

internal static class TelegramClock
{
    /// <summary>Now as a message date: Telegram dates are whole Unix seconds.</summary>
    public static DateTime MessageDate(this TimeProvider time) =>
        DateTime.UnixEpoch.AddSeconds(time.GetUtcNow().ToUnixTimeSeconds());
}
