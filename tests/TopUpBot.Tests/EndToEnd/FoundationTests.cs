using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Hosting;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>The foundation end to end: the real host and client over HTTP against the fake Bot API.</summary>
public sealed class FoundationTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    internal const string ExpiredQuery = "Bad Request: query is too old and response timeout expired or query ID is invalid";

    [Fact]
    public async Task Start_shows_the_menu_and_a_button_edits_it_in_place()
    {
        var ann = _bot.User();

        await ann.Sends("/start");
        var menu = ann.LastMessage;
        Assert.Contains("Hello, Ann", menu.Text, StringComparison.Ordinal);
        Assert.Contains(ann.ButtonsOf(menu), b => b.Text == "❓ Help");

        await ann.Taps("❓ Help");

        Assert.Same(menu, ann.LastMessage);
        Assert.Equal(2, menu.Versions.Count);
        Assert.Contains("keeps Russian mobile numbers", menu.Text, StringComparison.Ordinal);
        Assert.Single(ann.CallbackAnswers);
    }

    [Fact]
    public async Task At_start_the_bot_keeps_pending_updates_and_publishes_commands_in_every_language()
    {
        var deleteWebhook = Assert.Single(_bot.Api.RequestsOf("deleteWebhook"));
        Assert.False(deleteWebhook.Has("drop_pending_updates") && deleteWebhook.Get<bool>("drop_pending_updates"));
        Assert.NotEmpty(_bot.Api.RequestsOf("getMe"));

        Assert.Contains(_bot.Api.CommandsFor(languageCode: "zh"), c => c.Command == "start" && c.Description == "开始并打开主菜单");
        Assert.Contains(_bot.Api.CommandsFor(languageCode: "ru"), c => c.Command == "start" && c.Description == "Начать и открыть главное меню");
        Assert.Contains(_bot.Api.CommandsFor(languageCode: "en"), c => c.Command == "help");
        Assert.Contains(_bot.Api.CommandsFor(), c => c.Command == "cancel");
    }

    [Fact]
    public async Task The_language_follows_telegram_and_can_be_changed()
    {
        var li = _bot.User(2002, "Li", "zh-hans");

        await li.Sends("/start");
        Assert.Contains("你好，Li", li.LastMessage.Text, StringComparison.Ordinal);

        await li.Sends("/language");
        await li.Taps("Русский");

        Assert.Contains("Язык изменён", li.LastCallbackAnswer.Text, StringComparison.Ordinal);
        Assert.Contains("Главное меню", li.LastMessage.Text, StringComparison.Ordinal);
        await li.Sends("/help");
        Assert.Contains("не даёт оператору", li.LastMessage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m.0:1")]
    [InlineData("m.1:99")]
    [InlineData("nonsense")]
    public async Task A_stale_or_forged_button_gets_outdated_and_a_fresh_menu(string data)
    {
        var ann = _bot.User();
        await ann.Sends("/start");

        await ann.TapsData(data, ann.LastMessage);

        Assert.Equal("This menu is outdated. Here is a fresh one.", ann.LastCallbackAnswer.Text);
        Assert.Contains("Main menu", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_commands_stickers_and_text_get_a_friendly_answer()
    {
        var ann = _bot.User();

        await ann.Sends("/frobnicate");
        Assert.Contains("/help", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.SendsSticker();
        Assert.Contains("only read text", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Sends("what is this");
        Assert.Contains("didn't understand", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_for_another_bot_are_ignored_and_for_this_bot_answered()
    {
        var ann = _bot.User();

        await ann.Sends("/start@SomeOtherBot");
        Assert.Empty(ann.Chat.BotMessages);

        await ann.Sends("/start@topup_test_bot deep");
        Assert.Contains("Hello, Ann", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_only_start_is_answered_with_a_note_to_write_privately()
    {
        var ann = _bot.User();
        var group = _bot.Api.CreateGroup(-100500, "Friends");

        await ann.SendsInGroup(group, "hello bot");
        Assert.Empty(group.BotMessages);

        await ann.SendsInGroup(group, "/start");
        var note = Assert.Single(group.BotMessages);
        Assert.Contains("@topup_test_bot", note.Text, StringComparison.Ordinal);
        Assert.Empty(ann.Chat.BotMessages);
    }

    [Fact]
    public async Task A_tap_whose_query_expired_still_updates_the_screen_and_stores_the_choice()
    {
        var li = _bot.User(2002, "Li", "zh-hans");
        await li.Sends("/language");
        var languages = li.LastMessage;

        // After downtime or a backlog Telegram refuses the late answer; the answer only stops the spinner.
        _bot.Api.Faults.Enqueue("answerCallbackQuery", Fault.BadRequest(ExpiredQuery));
        Assert.Null(await li.Taps("Русский"));

        Assert.Same(languages, li.LastMessage);
        Assert.Contains("Главное меню", li.LastMessage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Logs.GetSnapshot(), r => r.Id.Id == 100);
        await li.Sends("/help");
        Assert.Contains("не даёт оператору", li.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tap_whose_answer_meets_a_server_error_still_updates_the_screen_and_stores_the_choice()
    {
        var li = _bot.User(2003, "Li", "zh-hans");
        await li.Sends("/language");
        var languages = li.LastMessage;

        _bot.Api.Faults.Enqueue("answerCallbackQuery", Fault.InternalServerError());
        Assert.Null(await li.Taps("Русский"));

        Assert.Same(languages, li.LastMessage);
        Assert.Contains("Главное меню", li.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Id.Id == 104 && r.Exception is not null);
        Assert.DoesNotContain(_bot.Logs.GetSnapshot(), r => r.Id.Id == 100);
        await li.Sends("/help");
        Assert.Contains("не даёт оператору", li.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_is_stored_even_when_the_closing_answer_to_the_tap_fails()
    {
        var ann = _bot.User();
        await ann.Sends("/add");

        // The operator tap leaves the answer to the pipeline, which stops the spinner last.
        _bot.Api.Faults.Enqueue("answerCallbackQuery", Fault.BadRequest(ExpiredQuery));
        Assert.Null(await ann.Taps("MTS"));
        await ann.Sends("89161234567");

        Assert.DoesNotContain("didn't understand", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains(ann.ButtonsOf(), b => b.Text == "Skip");
    }

    [Fact]
    public async Task A_failing_handler_costs_one_apology_and_the_next_update_works()
    {
        var ann = _bot.User();
        _bot.Api.Faults.Enqueue("sendMessage", Fault.InternalServerError());

        await ann.Sends("/start");
        Assert.Contains("something went wrong", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Sends("/start");
        Assert.Contains("Hello, Ann", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_errors_back_off_and_recover_without_a_restart()
    {
        _bot.Api.Faults.Enqueue("getUpdates", Fault.BadGateway(), times: 2);
        var ann = _bot.User();
        var sent = ann.Sends("/start");

        // 1 s after the first failure, then 2 s after the second: the back-off runs on the injected clock.
        await _bot.Api.WaitForRequest(r => r.Method == "getUpdates" && r.Outcome is { StatusCode: 502 });
        await AdvanceUntil(() => _bot.Api.RequestsOf("getUpdates").Count(r => r.Outcome?.StatusCode == 502) == 2, TimeSpan.FromSeconds(1));
        await AdvanceUntil(() => sent.IsCompleted, TimeSpan.FromSeconds(2));

        await sent;
        Assert.Contains("Hello, Ann", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_never_reaches_the_logs()
    {
        var ann = _bot.User();
        _bot.Api.Faults.Enqueue("sendMessage", Fault.InternalServerError());
        await ann.Sends("/start");
        await ann.Sends("/start");

        var token = new FakeBotApiOptions().Token;
        var logs = _bot.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, r => (r.Message + r.Exception).Contains(token, StringComparison.Ordinal) || (r.Message + r.Exception).Contains(token.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_process_on_the_same_database_gets_one_clear_line()
    {
        using var other = TopUpBotApp.Build(_bot.CommandLine);

        var failure = TopUpBotApp.CheckStartup(other, _bot.CommandLine);

        Assert.NotNull(failure);
        Assert.Equal(ExitCodes.Storage, failure.ExitCode);
        Assert.Contains(_bot.DatabasePath, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nightly_backup_copies_a_readable_database_and_keeps_the_newest()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        var backup = _bot.Get<Scheduling.DatabaseBackup>();

        // Quartz runs on the fake clock: each day's jump would also fire the nightly job, racing the runs below.
        await (await _bot.Get<Quartz.ISchedulerFactory>().GetScheduler()).PauseJob(Scheduling.DatabaseBackupJob.Key);

        string? first = null;
        for (var night = 0; night < 9; night++)
        {
            first ??= backup.Run();
            _bot.Clock.Advance(TimeSpan.FromDays(1));
            backup.Run();
        }

        var copies = Directory.GetFiles(Path.Combine(_bot.Folder, "backups"), "topupbot-*.db");
        Assert.Equal(7, copies.Length);
        Assert.DoesNotContain(first, copies);
        using var copy = new LiteDB.LiteDatabase($"Filename={copies.Max()};ReadOnly=true");
        Assert.Equal(1, copy.GetCollection("users").Count());
    }

    private async Task AdvanceUntil(Func<bool> done, TimeSpan step)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            _bot.Clock.Advance(step);
            await Task.Delay(10);
        }

        Assert.True(done(), "the condition never came true");
    }
}
