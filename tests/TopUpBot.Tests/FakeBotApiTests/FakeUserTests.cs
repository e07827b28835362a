using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.FakeBotApiTests;

public sealed class FakeUserTests : IAsyncLifetime
{
    private FakeBotApiServer _server = null!;
    private TinyBot _bot = null!;
    private FakeUser _ann = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = TinyBot.Start(_server);
        _ann = _server.CreateUser(1001, "Ann", languageCode: "zh");
        await _server.PollingStarted.WaitAsync(TestClients.Safety);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
        Assert.Empty(_bot.Errors);
    }

    [Fact]
    public async Task Sends_returns_after_the_bot_has_answered()
    {
        var sent = await _ann.Sends("/start");

        Assert.Equal("Welcome", _ann.LastMessage.Text);
        Assert.Equal(["Add SIM", "Help"], _ann.ButtonsOf().Select(button => button.Text));
        Assert.Equal(MessageEntityType.BotCommand, Assert.Single(sent.Current.Entities!).Type);
        Assert.Equal([sent.Id, _ann.LastMessage.Id], _ann.Messages.Select(message => message.Id));
        Assert.Equal([1, 2], _ann.Messages.Select(message => message.Id));
    }

    [Fact]
    public async Task Taps_presses_a_button_of_the_latest_keyboard_and_returns_the_answer()
    {
        await _ann.Sends("/start");

        var answer = await _ann.Taps("Add");

        Assert.Equal("Adding", answer!.Text);
        Assert.Equal("add", answer.Data);
        var menu = Assert.Single(_ann.Chat.BotMessages);
        Assert.Equal("Send me the SIM number", menu.Text);
        Assert.Equal(2, menu.Versions.Count);
        Assert.Same(answer, _ann.LastCallbackAnswer);
    }

    [Fact]
    public async Task Taps_explains_which_buttons_there_are_when_the_label_matches_none()
    {
        await _ann.Sends("/start");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _ann.Taps("Top up"));

        Assert.Contains("[Add SIM] [Help]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TapsData_sends_forged_data_on_an_old_message()
    {
        await _ann.Sends("/start");
        var menu = _ann.LastMessage;
        await _ann.Taps("Add SIM");

        var answer = await _ann.TapsData("forged", menu);

        Assert.Equal(("Unknown: forged", true), (answer!.Text, answer.ShowAlert));
    }

    [Fact]
    public async Task Stickers_photos_documents_and_forwards_reach_the_bot()
    {
        await _ann.SendsSticker("🎉");
        await _ann.SendsPhoto(caption: "receipt");
        await _ann.SendsDocument("sims.csv", [1, 2, 3, 4]);
        await _ann.ForwardsText("Your code is 1234", originalSender: "Bank");

        Assert.Equal(
            ["Sticker 🎉", "Photo 1280x960: receipt", "sims.csv: 4 bytes", "Forwarded from Bank: Your code is 1234"],
            _ann.Chat.BotMessages.Select(message => message.Text));
    }

    [Fact]
    public async Task Group_messages_come_from_a_group_chat()
    {
        var family = _server.CreateGroup(-4001, "Family");

        await _ann.SendsInGroup(family, "hello");

        Assert.Equal("You said: hello", family.LastBotMessage.Text);
        Assert.Equal(ChatType.Group, family.LastBotMessage.Current.Chat.Type);
        Assert.Equal(_ann.Id, family.Messages[0].Current.From!.Id);
        Assert.Empty(_ann.Messages);
    }

    [Fact]
    public async Task Blocking_the_bot_sends_my_chat_member_and_makes_writing_fail()
    {
        await _ann.BlocksBot();
        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.Client.SendMessage(_ann.Id, "Still there?"));
        await _ann.UnblocksBot();
        await _bot.Client.SendMessage(_ann.Id, "Welcome back");

        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal([ChatMemberStatus.Kicked, ChatMemberStatus.Member], _bot.MemberChanges.Select(change => change.NewChatMember.Status));
        Assert.Equal("Welcome back", _ann.LastMessage.Text);
    }

    [Fact]
    public async Task WaitForRequest_waits_for_a_message_the_bot_sends_on_its_own()
    {
        var waiting = _server.WaitForRequest(request => request.Method == "sendMessage" && request.Get<long>("chat_id") == _ann.Id);

        _ = Task.Run(() => _bot.Client.SendMessage(_ann.Id, "Your balance is low"));
        var request = await waiting.WaitAsync(TestClients.Safety);

        Assert.Equal(200, request.Outcome!.StatusCode);
        Assert.Equal("Your balance is low", _ann.LastMessage.Text);
    }

    [Fact]
    public async Task A_bot_that_does_not_poll_makes_the_driver_fail_with_the_polling_state()
    {
        await using var silent = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { ConsumeTimeout = TimeSpan.FromMilliseconds(100) });
        var bob = silent.CreateUser(1002, "Bob");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => bob.Sends("/start"));

        Assert.Contains("has not called getUpdates", error.Message, StringComparison.Ordinal);
    }
}
