using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.FakeBotApiTests;

public sealed class MessagingTests : IAsyncLifetime
{
    private FakeBotApiServer _server = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = TestClients.For(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetMe_describes_the_bot_of_the_token()
    {
        var me = await _bot.GetMe();

        Assert.Equal(123456, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("topup_test_bot", me.Username);
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("654321:OTHER-token", _server.BaseUrl));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task Method_names_are_case_insensitive_and_unknown_ones_are_not_found()
    {
        using var http = new HttpClient();
        var baseUrl = $"{_server.BaseUrl}/bot{_server.Token}";

        var getMe = await http.GetAsync(new Uri($"{baseUrl}/GETME"));
        var unknown = await http.PostAsync(new Uri($"{baseUrl}/sendPoll"), null);

        Assert.Equal(HttpStatusCode.OK, getMe.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found"}""", await unknown.Content.ReadAsStringAsync());
        Assert.Equal("getMe", _server.Requests[0].Method);
    }

    [Fact]
    public async Task SendMessage_returns_the_message_and_adds_it_to_the_chat()
    {
        var ann = _server.CreateUser(1001, "Ann", languageCode: "zh");
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Add SIM", "add"), InlineKeyboardButton.WithUrl("Site", "https://example.com")]]);

        var sent = await _bot.SendMessage(ann.Id, "Welcome", replyMarkup: keyboard);

        Assert.Equal(1, sent.Id);
        Assert.Equal("Welcome", sent.Text);
        Assert.Equal(ChatType.Private, sent.Chat.Type);
        Assert.Equal(_server.Bot.Id, sent.From!.Id);
        Assert.Equal(["Add SIM", "Site"], sent.ReplyMarkup!.InlineKeyboard.SelectMany(row => row).Select(button => button.Text));
        var inChat = Assert.Single(ann.Messages);
        Assert.Same(inChat, ann.LastMessage);
        Assert.Equal("Welcome", inChat.Text);
        Assert.Equal(["add", null], ann.ButtonsOf(inChat).Select(button => button.CallbackData));
        var request = Assert.Single(_server.RequestsOf("sendMessage"));
        Assert.Equal(1001, request.Get<long>("chat_id"));
        Assert.Equal(new BotApiOutcome(200, null), request.Outcome);
    }

    [Fact]
    public async Task Editing_changes_the_message_in_place_and_keeps_its_history()
    {
        var ann = _server.CreateUser(1001, "Ann");
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Add SIM", "add")]]);
        var sent = await _bot.SendMessage(ann.Id, "Choose", replyMarkup: keyboard);

        var edited = await _bot.EditMessageText(ann.Id, sent.Id, "Send me the number");

        Assert.Equal("Send me the number", edited.Text);
        Assert.NotNull(edited.EditDate);
        var message = Assert.Single(ann.Messages);
        Assert.Equal("Send me the number", message.Text);
        Assert.Null(message.ReplyMarkup);
        Assert.Equal(["Choose", "Send me the number"], message.Versions.Select(version => version.Text));
    }

    [Fact]
    public async Task EditMessageReplyMarkup_replaces_only_the_keyboard()
    {
        var ann = _server.CreateUser(1001, "Ann");
        var sent = await _bot.SendMessage(ann.Id, "Choose", replyMarkup: new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("A", "a")]]));

        await _bot.EditMessageReplyMarkup(ann.Id, sent.Id, new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("B", "b")]]));

        Assert.Equal("Choose", ann.LastMessage.Text);
        Assert.Equal(["B"], ann.ButtonsOf(ann.LastMessage).Select(button => button.Text));
    }

    [Fact]
    public async Task Edits_that_change_nothing_or_miss_the_message_are_rejected()
    {
        var ann = _server.CreateUser(1001, "Ann");
        var sent = await _bot.SendMessage(ann.Id, "Same");

        var unchanged = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(ann.Id, sent.Id, "Same"));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.EditMessageText(ann.Id, 99, "Other"));

        Assert.StartsWith("Bad Request: message is not modified: ", unchanged.Message);
        Assert.Equal("Bad Request: message to edit not found", missing.Message);
        Assert.Single(ann.LastMessage.Versions);
    }

    [Fact]
    public async Task Message_text_must_be_1_to_4096_characters()
    {
        var ann = _server.CreateUser(1001, "Ann");

        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ann.Id, new string('x', 4097)));
        var empty = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ann.Id, " "));
        await _bot.SendMessage(ann.Id, new string('x', 4096));

        Assert.Equal(400, tooLong.ErrorCode);
        Assert.Equal("Bad Request: message is too long", tooLong.Message);
        Assert.Equal("Bad Request: message text is empty", empty.Message);
        Assert.Single(ann.Messages);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    [InlineData("充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值充值")]
    public async Task Callback_data_must_be_1_to_64_bytes(string data)
    {
        var ann = _server.CreateUser(1001, "Ann");
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("OK", "ok")], [InlineKeyboardButton.WithCallbackData("Bad", data)]]);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ann.Id, "Choose", replyMarkup: keyboard));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
        Assert.Empty(ann.Messages);
    }

    [Fact]
    public async Task A_missing_required_field_is_rejected()
    {
        _server.CreateUser(1001, "Ann");
        using var http = new HttpClient();

        var response = await http.PostAsJsonAsync(new Uri($"{_server.BaseUrl}/bot{_server.Token}/sendMessage"), new { text = "hi" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":400,"description":"Bad Request: chat_id is empty"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_and_query_values_get_the_types_of_the_spec()
    {
        _server.CreateUser(1001, "Ann");
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = "1001",
            ["text"] = "007",
            ["disable_notification"] = "True",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"OK","callback_data":"ok"}]]}""",
        });

        var response = await http.PostAsync(new Uri($"{_server.BaseUrl}/bot{_server.Token}/sendMessage?protect_content=true"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_server.RequestsOf("sendMessage"));
        Assert.Equal(JsonValueKind.Number, request.Parameters["chat_id"].ValueKind);
        Assert.Equal("007", request.Get<string>("text"));
        Assert.True(request.Get<bool>("disable_notification"));
        Assert.True(request.Get<bool>("protect_content"));
        Assert.Equal("ok", _server.Chat(1001).LastBotMessage.Buttons[0].CallbackData);
    }

    [Fact]
    public async Task Sending_to_an_unknown_chat_fails_with_chat_not_found()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(42, "Hello"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: chat not found", error.Message);
    }

    [Fact]
    public async Task Html_is_parsed_into_text_and_entities_like_Telegram()
    {
        var ann = _server.CreateUser(1001, "Ann");

        var sent = await _bot.SendMessage(ann.Id, "<b>Balance</b>: 5 &lt; <a href=\"https://t.me/x?a=1&amp;b=2\">10</a>", ParseMode.Html);
        var broken = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ann.Id, "Hi <Ann>", ParseMode.Html));
        var unclosed = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ann.Id, "<b>Hi", ParseMode.Html));

        Assert.Equal("Balance: 5 < 10", sent.Text);
        Assert.Collection(
            sent.Entities!,
            bold => Assert.Equal((MessageEntityType.Bold, 0, 7), (bold.Type, bold.Offset, bold.Length)),
            link => Assert.Equal((MessageEntityType.TextLink, 13, 2, "https://t.me/x?a=1&b=2"), (link.Type, link.Offset, link.Length, link.Url)));
        Assert.Equal("Bad Request: can't parse entities: Unsupported start tag \"ann\" at byte offset 3", broken.Message);
        Assert.Equal("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"", unclosed.Message);
    }

    [Fact]
    public async Task Commands_are_kept_per_scope_and_language()
    {
        BotCommand[] chinese = [new() { Command = "start", Description = "开始" }];

        await _bot.SetMyCommands(chinese, languageCode: "zh");
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SetMyCommands([new BotCommand { Command = "Start", Description = "Start" }]));

        Assert.Equal("开始", Assert.Single(await _bot.GetMyCommands(languageCode: "zh")).Description);
        Assert.Equal("start", Assert.Single(_server.CommandsFor(languageCode: "zh")).Command);
        Assert.Empty(await _bot.GetMyCommands());
        Assert.Empty(_server.CommandsFor(new BotCommandScopeAllPrivateChats(), "zh"));
        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", invalid.Message);
    }

    [Fact]
    public async Task SendChatAction_checks_the_chat_and_the_action()
    {
        var ann = _server.CreateUser(1001, "Ann");

        await _bot.SendChatAction(ann.Id, ChatAction.Typing);
        var request = Assert.Single(_server.RequestsOf("sendChatAction"));

        Assert.Equal("typing", request.Get<string>("action"));
        await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendChatAction(7, ChatAction.Typing));
    }

    [Fact]
    public async Task Answering_a_callback_query_twice_is_rejected()
    {
        var ann = _server.CreateUser(1001, "Ann");
        var menu = await _bot.SendMessage(ann.Id, "Choose", replyMarkup: new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Add SIM", "add")]]));

        var tap = ann.Taps("Add");
        var update = Assert.Single(await _bot.GetUpdates(timeout: 30).WaitAsync(TestClients.Safety));
        await _bot.AnswerCallbackQuery(update.CallbackQuery!.Id, "Adding", showAlert: true);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerCallbackQuery(update.CallbackQuery.Id));
        await _bot.GetUpdates(offset: update.Id + 1);
        var answer = await tap.WaitAsync(TestClients.Safety);

        Assert.Equal(("add", menu.Id), (update.CallbackQuery.Data, update.CallbackQuery.Message!.Id));
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", again.Message);
        Assert.Equal(("Adding", true), (answer!.Text, answer.ShowAlert));
        Assert.Same(answer, ann.LastCallbackAnswer);
        Assert.Equal([answer], ann.Chat.CallbackAnswers);
    }

    [Fact]
    public async Task A_request_log_records_order_time_and_outcome()
    {
        var ann = _server.CreateUser(1001, "Ann");
        var before = System.Diagnostics.Stopwatch.GetTimestamp();

        await _bot.GetMe();
        await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(ann.Id, ""));

        Assert.Collection(
            _server.Requests,
            getMe => Assert.Equal((1L, "getMe", 200), (getMe.Order, getMe.Method, getMe.Outcome!.StatusCode)),
            send => Assert.Equal((2L, "sendMessage", 400), (send.Order, send.Method, send.Outcome!.StatusCode)));
        Assert.All(_server.Requests, request => Assert.True(request.Timestamp >= before));
        Assert.Equal("Bad Request: message text is empty", _server.Requests[1].Outcome!.Description);
    }
}
