using Microsoft.Extensions.Logging;
using TopUpBot.Features.Sims;
using TopUpBot.Routing;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>Adding and managing SIMs end to end; "today" is 1 Mar 2026 for these English (UTC) users.</summary>
public sealed class SimsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_wizard_explains_bad_input_at_every_step_and_saves_a_correct_card()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Sends("typing instead of tapping");
        Assert.Contains("tap one of the operator buttons", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("MTS");

        await ann.Sends("12345");
        Assert.Contains("doesn't look like a phone number", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("+7 495 123-45-67");
        Assert.Contains("landline", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsSticker();
        Assert.Contains("as a text message", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("8 (916) 123-45-67");

        await ann.Sends(new string('x', 40));
        Assert.Contains("keep it to 32", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("Bank SIM");

        await ann.Sends("no idea");
        Assert.Contains("couldn't find a balance", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("Баланс: 250,50 р.");

        await ann.Sends("a lot");
        Assert.Contains("such as 350", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("No fee");

        await ann.Sends("31.12.2026");
        Assert.Contains("in the future", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("30.02.2026");
        Assert.Contains("does not exist", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("2026-02-27");
        Assert.Contains("Please check", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Taps("✅ Save");

        var card = ann.LastMessage.Text!;
        Assert.Contains("Bank SIM · MTS", card, StringComparison.Ordinal);
        Assert.Contains("+7 916 ***-**-67", card, StringComparison.Ordinal);
        Assert.Contains("250.5 RUB (as of 1 Mar 2026)", card, StringComparison.Ordinal);
        Assert.Contains("Last paid call/SMS/data: 27 Feb 2026", card, StringComparison.Ordinal);
        // 27 Feb 2026 + 90 days without paid activity (MTS) = 28 May 2026.
        Assert.Contains("Unused-number fee starts: 28 May 2026", card, StringComparison.Ordinal);
        var saved = Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None));
        Assert.Equal("+79161234567", saved.Number);
        Assert.Equal(250.50m, saved.Balance);
    }

    [Fact]
    public async Task A_half_finished_wizard_survives_a_restart()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("Beeline");
        await ann.Sends("+79031234567");

        await _bot.Restart();

        await ann.Sends("Travel SIM");
        Assert.Contains("What is the balance now", ann.LastMessage.Text, StringComparison.Ordinal);
        var step = await _bot.Get<IConversationStore>().Load(ann.Id, CancellationToken.None);
        Assert.NotNull(step);
        Assert.Contains("Travel SIM", step.StepJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dialog_left_longer_than_the_idle_timeout_is_forgotten()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("MTS");

        _bot.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await ann.Sends("89161234567");

        Assert.Contains("didn't understand", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Null(await _bot.Get<IConversationStore>().Load(ann.Id, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_number_twice_offers_the_existing_sim()
    {
        var ann = _bot.User();
        await AddSim(ann, "MegaFon", "89261112233", "Main");

        await ann.Sends("/add");
        await ann.Taps("T2");
        await ann.Sends("+7 926 111-22-33");

        Assert.Contains("You already have this number as Main", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("📱 Open that SIM");
        Assert.Contains("Main · MegaFon", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_sim_is_not_found_and_nothing_changes()
    {
        var ann = _bot.User();
        var bob = _bot.User(1002, "Bob");
        await AddSim(ann, "MTS", "89161234567", "Ann's");
        var sim = Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None));
        await bob.Sends("/start");

        foreach (var forged in new ICallback[] { new OpenSim(sim.Id), new DeleteSim(sim.Id, sim.Revision, true), new ApplyBalance(sim.Id, sim.Revision, 1m), new RecordActivity(sim.Id, sim.Revision, Domain.Sims.ActivityKind.Call, 0) })
        {
            await bob.TapsData(CallbackData.Pack(forged), bob.LastMessage);
            Assert.Equal("This SIM no longer exists.", bob.LastCallbackAnswer.Text);
        }

        Assert.Equal(sim, await _bot.Get<ISimStore>().FindOwned(ann.Id, sim.Id, CancellationToken.None));
        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Message.Contains("not theirs or does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_users_adding_at_the_same_time_each_get_their_own_sim()
    {
        var ann = _bot.User();
        var bob = _bot.User(1002, "Bob");

        await Task.WhenAll(AddSim(ann, "MTS", "89161234567", "Ann"), AddSim(bob, "Yota", "89991234567", "Bob"));

        var store = _bot.Get<ISimStore>();
        Assert.Equal("Ann", Assert.Single(await store.ListOwnedBy(ann.Id, CancellationToken.None)).Label);
        Assert.Equal("Bob", Assert.Single(await store.ListOwnedBy(bob.Id, CancellationToken.None)).Label);
    }

    [Theory]
    [InlineData("Баланс: 56,20 р.", 56.20)]
    [InlineData("Balance 12.5 rub", 12.5)]
    [InlineData("Минус 12,5 руб", -12.5)]
    [InlineData("75", 75)]
    public async Task The_balance_is_read_from_operator_text_and_applied_after_a_tap(string pasted, double expected)
    {
        var ann = _bot.User();
        await AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Taps("💰 Update balance");

        await ann.Sends(pasted);
        Assert.Contains("I read a balance of", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Apply");

        Assert.Equal((decimal)expected, Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None)).Balance);
        Assert.Contains("Balance updated", ann.LastCallbackAnswer.Text, StringComparison.Ordinal);
    }

    /// <summary>Each operator's own balance answer, pasted as the user gets it (formats as in BalanceTextParserTests).</summary>
    [Theory]
    [InlineData("MTS", "89161234567", "Balans: -12,50r Limit: 0r", -12.50, "-12.5 RUB")]
    [InlineData("Beeline", "89031234567", "Основной баланс: 150,50 р., бонусный баланс: 30 р.", 150.50, "150.5 RUB")]
    [InlineData("MegaFon", "89261234567", "Баланс: 45,67 р. Доступно по «Обещанному платежу» 300 р.", 45.67, "45.67 RUB")]
    [InlineData("T2", "89531234567", "Баланс: -0,87 р. Для пополнения наберите *122#", -0.87, "-0.87 RUB")]
    [InlineData("Yota", "89991234567", "Баланс: 550 ₽. Следующее списание 550 ₽ 12.03", 550, "550 RUB")]
    public async Task Each_operators_balance_answer_is_read_and_applied(string operatorName, string number, string pasted, double expected, string shown)
    {
        var ann = _bot.User();
        await AddSim(ann, operatorName, number, "Main");
        await ann.Taps("💰 Update balance");

        await ann.Sends(pasted);
        Assert.Contains($"I read a balance of {shown}. Apply it?", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Apply");

        Assert.Equal((decimal)expected, Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None)).Balance);
        Assert.Contains($"Balance: {shown} (as of 1 Mar 2026)", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains($"Main · {operatorName}", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_button_about_a_changed_sim_shows_the_current_card()
    {
        var ann = _bot.User();
        await AddSim(ann, "MTS", "89161234567", "Main");
        var card = ann.LastMessage;
        await ann.Taps("✅ I made a paid call/SMS", card);
        await ann.Taps("📞 Call");
        await ann.Taps("Today");

        var old = ann.ButtonsOf(card);
        var stale = CallbackData.Pack(new DeleteSim(Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None)).Id, 1, true));
        await ann.TapsData(stale, card);

        Assert.Equal("This menu is outdated. Here is a fresh one.", ann.LastCallbackAnswer.Text);
        Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None));
        Assert.NotEmpty(old);
    }

    [Fact]
    public async Task An_edit_button_from_before_a_change_is_outdated_and_shows_the_current_card()
    {
        var ann = _bot.User();
        await AddSim(ann, "MTS", "89161234567", "Main");
        var card = ann.LastMessage;
        var store = _bot.Get<ISimStore>();
        var sim = Assert.Single(await store.ListOwnedBy(ann.Id, CancellationToken.None));
        Assert.NotNull(await store.Update(sim with { Label = "Renamed" }, CancellationToken.None));

        await ann.Taps("✏️ Edit", card);

        Assert.Equal("This menu is outdated. Here is a fresh one.", ann.LastCallbackAnswer.Text);
        Assert.Contains("Renamed", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("What do you want to change?", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Taps("✏️ Edit", ann.LastMessage);
        Assert.Contains("What do you want to change?", ann.LastMessage.Text, StringComparison.Ordinal);

        // A button from before the field parameter was dropped (version 1) is outdated too.
        var answers = ann.CallbackAnswers.Count;
        await ann.TapsData($"sed.1:{sim.Id}:2:", card);
        Assert.Equal(answers + 1, ann.CallbackAnswers.Count);
        Assert.Equal("This menu is outdated. Here is a fresh one.", ann.LastCallbackAnswer.Text);
    }

    [Fact]
    public async Task Saving_an_edit_of_a_sim_deleted_meanwhile_saves_nothing_and_logs_a_warning()
    {
        var ann = _bot.User();
        await AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Taps("✏️ Edit");
        await ann.Taps("Name");
        await ann.Sends("Renamed");
        var store = _bot.Get<ISimStore>();
        var sim = Assert.Single(await store.ListOwnedBy(ann.Id, CancellationToken.None));
        Assert.True(await store.Delete(ann.Id, sim.Id, CancellationToken.None));

        await ann.Taps("✅ Save");

        Assert.Equal("This SIM was changed or deleted meanwhile, so I didn't save. Here is the current list.", ann.LastCallbackAnswer.Text);
        Assert.Empty(await store.ListOwnedBy(ann.Id, CancellationToken.None));
        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains($"edit of SIM {sim.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_typed_balance_for_a_sim_deleted_meanwhile_says_so()
    {
        var ann = _bot.User();
        await AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Taps("💰 Update balance");
        var sim = Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None));
        Assert.True(await _bot.Get<ISimStore>().Delete(ann.Id, sim.Id, CancellationToken.None));

        await ann.Sends("150");

        Assert.Contains(ann.Chat.BotMessages, m => m.Text == "This SIM no longer exists.");
        Assert.Contains("You have no SIMs yet", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("200");
        Assert.DoesNotContain("This SIM no longer exists.", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_asks_first_and_the_list_is_sorted_by_urgency()
    {
        var ann = _bot.User();
        await AddSim(ann, "MTS", "89161234567", "Fresh");
        await AddSim(ann, "Yota", "89991234567", "Stale", lastActivity: "2025-12-20");

        await ann.Sends("/sims");
        var list = ann.LastMessage.Text!;
        Assert.True(list.IndexOf("Stale", StringComparison.Ordinal) < list.IndexOf("Fresh", StringComparison.Ordinal), list);

        await ann.Taps("Stale");
        await ann.Taps("🗑 Delete");
        Assert.Contains("Delete Stale", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("🗑 Yes, delete");

        Assert.Equal("Fresh", Assert.Single(await _bot.Get<ISimStore>().ListOwnedBy(ann.Id, CancellationToken.None)).Label);
        Assert.DoesNotContain("Stale", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sim_without_a_name_is_titled_by_its_operator_once_and_an_unnamed_kind_of_use_is_not_claimed()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("MTS");
        await ann.Sends("89161234567");
        await ann.Taps("Skip");
        await ann.Sends("100");
        await ann.Taps("No fee");
        await ann.Taps("Today");
        await ann.Taps("✅ Save");

        Assert.StartsWith("📱 MTS\n", ann.LastMessage.Text, StringComparison.Ordinal);

        // The wizard does not ask the kind of the last paid use, so the card does not claim one.
        Assert.Contains("Last paid call/SMS/data: 1 Mar 2026\n", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    private static async Task AddSim(FakeUser user, string operatorName, string number, string label, string lastActivity = "Today")
    {
        await user.Sends("/add");
        await user.Taps(operatorName);
        await user.Sends(number);
        await user.Sends(label);
        await user.Sends("100");
        await user.Taps("No fee");
        if (lastActivity == "Today")
        {
            await user.Taps("Today");
        }
        else
        {
            await user.Sends(lastActivity);
        }

        await user.Taps("✅ Save");
    }
}
