using System.Net;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.FakeBotApiTests;

public sealed class FaultTests : IAsyncLifetime
{
    private FakeBotApiServer _server = null!;
    private TelegramBotClient _bot = null!;
    private FakeUser _ann = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = TestClients.For(_server);
        _ann = _server.CreateUser(1001, "Ann");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Too_many_requests_carries_retry_after_for_the_next_calls_only()
    {
        _server.Faults.Enqueue("SENDMESSAGE", Fault.TooManyRequests(retryAfter: 3), times: 2);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(_ann.Id, "1"));
        await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(_ann.Id, "2"));
        await _bot.SendMessage(_ann.Id, "3");

        Assert.Equal(429, first.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 3", first.Message);
        Assert.Equal(3, first.Parameters?.RetryAfter);
        Assert.Equal(["3"], _ann.Messages.Select(message => message.Text));
        Assert.Equal([429, 429, 200], _server.RequestsOf("sendMessage").Select(request => request.Outcome!.StatusCode));
        Assert.Equal(0, _server.Faults.Count);
    }

    [Fact]
    public async Task A_blocked_bot_gets_403_for_that_chat_only()
    {
        var bob = _server.CreateUser(1002, "Bob");
        _server.BlockBot(_ann.Id);

        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(_ann.Id, "Hi"));
        await _bot.SendMessage(bob.Id, "Hi");
        _server.UnblockBot(_ann.Id);
        await _bot.SendMessage(_ann.Id, "Welcome back");

        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        Assert.Equal(["Welcome back"], _ann.Messages.Select(message => message.Text));
    }

    [Fact]
    public async Task Faults_for_any_method_leave_getUpdates_alone()
    {
        _server.Faults.EnqueueForAnyMethod(Fault.InternalServerError());

        await _bot.GetUpdates();
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.GetMe());

        Assert.Equal((500, "Internal Server Error"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task Bad_request_and_forbidden_faults_use_the_given_description()
    {
        _server.Faults.Enqueue("sendMessage", Fault.BadRequest("Bad Request: PEER_ID_INVALID"));
        _server.Faults.Enqueue("sendMessage", Fault.Forbidden("Forbidden: user is deactivated"));

        var badRequest = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(_ann.Id, "1"));
        var forbidden = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(_ann.Id, "2"));

        Assert.Equal((400, "Bad Request: PEER_ID_INVALID"), (badRequest.ErrorCode, badRequest.Message));
        Assert.Equal((403, "Forbidden: user is deactivated"), (forbidden.ErrorCode, forbidden.Message));
    }

    [Fact]
    public async Task Bad_gateway_is_an_html_page_the_client_cannot_parse()
    {
        _server.Faults.Enqueue("sendMessage", Fault.BadGateway());

        var error = await Assert.ThrowsAsync<RequestException>(() => _bot.SendMessage(_ann.Id, "Hi"));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Equal(HttpStatusCode.BadGateway, error.HttpStatusCode);
    }

    [Fact]
    public async Task A_hanging_call_ends_when_the_client_gives_up()
    {
        _server.Faults.Enqueue("sendMessage", Fault.Hang());
        using var impatient = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var bot = TestClients.For(_server, impatient);

        var error = await Assert.ThrowsAsync<RequestException>(() => bot.SendMessage(_ann.Id, "Hi").WaitAsync(TestClients.Safety));
        var recorded = await _server.WaitForRequest(request => request.Method == "sendMessage").WaitAsync(TestClients.Safety);

        Assert.Equal("Bot API Request timed out", error.Message);
        Assert.Equal(0, recorded.Outcome!.StatusCode);
        Assert.Empty(_ann.Messages);
    }

    [Fact]
    public void A_fault_for_a_method_the_fake_does_not_serve_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => _server.Faults.Enqueue("sendPoll", Fault.InternalServerError()));

        Assert.Contains("sendPoll", error.Message, StringComparison.Ordinal);
    }
}
