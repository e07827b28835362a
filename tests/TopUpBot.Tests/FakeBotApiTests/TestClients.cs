using Telegram.Bot;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.FakeBotApiTests;

internal static class TestClients
{
    /// <summary>How long a test waits for something that should happen at once, before failing instead of hanging.</summary>
    public static readonly TimeSpan Safety = TimeSpan.FromSeconds(10);

    /// <summary>The real client, pointed at the fake, with no automatic retry so that faults surface.</summary>
    public static TelegramBotClient For(FakeBotApiServer server, HttpClient? httpClient = null) =>
        new(new TelegramBotClientOptions(server.Token, server.BaseUrl) { RetryCount = 0 }, httpClient);
}
