namespace TopUpBot.Tests.FakeBotApi;

public sealed class FakeBotApiOptions
{
    /// <summary>The only token the fake accepts; the bot's id is its part before the colon, as with Telegram's tokens.</summary>
    public string Token { get; init; } = "123456:TEST-token";

    public string BotUsername { get; init; } = "topup_test_bot";

    public string BotFirstName { get; init; } = "TopUpBot";

    /// <summary>The clock for message dates, <see cref="RecordedRequest.ReceivedAt"/> and long-poll timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Answer 429 to a new message over Telegram's limits (30 a second for the bot, one a second per chat, on
    /// <see cref="TimeProvider"/>), as flood control would. Off by default: handlers answering a user do burst in one chat.
    /// </summary>
    public bool EnforceTelegramLimits { get; init; }

    /// <summary>How long, in real time, <see cref="FakeUser"/> waits for the bot to confirm an update before failing the test.</summary>
    public TimeSpan ConsumeTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
