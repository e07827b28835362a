namespace TopUpBot.Tests.FakeBotApi;

/// <summary>An error the fake answers in Telegram's shape: <c>{"ok":false,"error_code":N,"description":"..."}</c>.</summary>
internal sealed class BotApiError(int errorCode, string description, int? retryAfter = null) : Exception(description)
{
    public int ErrorCode { get; } = errorCode;

    public int? RetryAfter { get; } = retryAfter;

    public static BotApiError BadRequest(string reason) => new(400, "Bad Request: " + reason);
}
