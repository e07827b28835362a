using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Rates;
using TopUpBot.Features.Sims;
using TopUpBot.Features.TopUps;
using TopUpBot.Routing;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Tests.FakeCbr;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>
/// Recording top-ups end to end; "today" is 1 Mar 2026 for these English (UTC) users, whose bare numbers are USD.
/// The fake Bank of Russia serves its 4 Oct 2024 rates: CNY 13.4808 and USD 95.0262.
/// </summary>
public sealed class TopUpsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Rubles_raise_the_balance_and_restart_the_clock_where_the_operator_counts_top_ups()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "T2", "89771234567", "Bank SIM", lastActivity: "2025-12-20");

        await ann.Sends("/topup");
        Assert.Contains("Bank SIM", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("RUB");
        await ann.EntersTopUp("500");

        var summary = ann.LastMessage.Text!;
        Assert.Contains("Amount: 500 RUB", summary, StringComparison.Ordinal);
        Assert.Contains("Balance: 100 RUB → 600 RUB", summary, StringComparison.Ordinal);
        Assert.Contains("T2 (formerly Tele2) counts a top-up as paid activity", summary, StringComparison.Ordinal);
        await ann.Taps("✅ Save");

        var saved = ann.LastMessage.Text!;
        Assert.Contains("Top-up saved: 500 RUB\n", saved, StringComparison.Ordinal);
        Assert.Contains("Balance now: 600 RUB", saved, StringComparison.Ordinal);
        Assert.Contains("the inactivity clock restarts from 1 Mar 2026", saved, StringComparison.Ordinal);
        // T2: 120 days without paid activity, so the fee would start on 29 Jun; act by the day before.
        Assert.Contains("by 28 Jun 2026", saved, StringComparison.Ordinal);
        Assert.Equal("Saved ✅", ann.LastCallbackAnswer.Text);

        var stored = await _bot.Sim(ann, sim.Id);
        Assert.Equal(600m, stored.Balance);
        Assert.Equal(new PaidActivity(new DateOnly(2026, 3, 1), ActivityKind.TopUp), stored.LastPaidActivity);
        var topUp = Assert.Single(await _bot.TopUps(ann));
        Assert.Equal((500m, Money.Rub(500m), TopUpChannelKind.BankApp, sim.Id), (topUp.Rub, topUp.Paid, topUp.Channel, topUp.SimId));
        Assert.Null(topUp.OfficialRate);
    }

    [Fact]
    public async Task Where_a_top_up_does_not_count_the_last_paid_call_stays_and_the_user_is_told()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "Beeline", "89031234567", "Beeline", lastActivity: "2026-02-10");

        await ann.Sends("/topup");
        await ann.Taps("RUB");
        await ann.EntersTopUp("300");
        await ann.Taps("✅ Save");

        var saved = ann.LastMessage.Text!;
        Assert.Contains("Beeline does not count a top-up alone as activity", saved, StringComparison.Ordinal);
        // Beeline: 90 days from 10 Feb, so the paid call is due on 10 May.
        Assert.Contains("make one paid call or send one SMS by 10 May 2026", saved, StringComparison.Ordinal);
        var stored = await _bot.Sim(ann, sim.Id);
        Assert.Equal(new PaidActivity(new DateOnly(2026, 2, 10), ActivityKind.Other), stored.LastPaidActivity);
        Assert.Equal(400m, stored.Balance);
    }

    [Fact]
    public async Task Yuan_paid_through_an_agent_show_the_official_rate_and_the_markup()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");

        await ann.Taps("💳 Record top-up");
        await ann.Sends("100 cny");
        await ann.Taps("Alipay");
        await ann.Taps("Yesterday");
        await ann.Sends("Taobao agent");

        Assert.Contains("At the Bank of Russia rate of 13.4808 RUB per CNY (set for 4 Oct 2024), 100 CNY is 1,348.08 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("1250");

        var summary = ann.LastMessage.Text!;
        Assert.Contains("Paid: 100 CNY", summary, StringComparison.Ordinal);
        Assert.Contains("Credited: 1,250 RUB at your rate of 12.5 RUB per CNY", summary, StringComparison.Ordinal);
        Assert.Contains("Bank of Russia rate: 13.4808 RUB per CNY (set for 4 Oct 2024)", summary, StringComparison.Ordinal);
        Assert.Contains("Markup against the official rate: 98.08 RUB (7.85%)", summary, StringComparison.Ordinal);
        Assert.Contains("Note: Taobao agent", summary, StringComparison.Ordinal);
        Assert.Contains("Date: 28 Feb 2026", summary, StringComparison.Ordinal);
        Assert.Contains("Balance: 100 RUB, recorded on 1 Mar 2026, already includes this money", summary, StringComparison.Ordinal);
        await ann.Taps("✅ Save");

        Assert.Contains("It is not confirmed that MTS counts a top-up", ann.LastMessage.Text, StringComparison.Ordinal);
        // The balance was typed today, after yesterday's payment, so it already holds the money.
        Assert.Contains("The balance you recorded on 1 Mar 2026 already includes this money, so it stays 100 RUB.", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(100m, (await _bot.Sim(ann, sim.Id)).Balance);
        var topUp = Assert.Single(await _bot.TopUps(ann));
        Assert.Equal(new Money(100m, Currency.Cny), topUp.Paid);
        Assert.Equal(1250m, topUp.Rub);
        Assert.Equal(new ExchangeRate(Currency.Cny, 13.4808m, new DateOnly(2024, 10, 4), RateSource.Official), topUp.OfficialRate);
        Assert.False(topUp.OfficialRateStale);
        Assert.Equal(12.5m, topUp.UserRate!.RubPerUnit);
        Assert.Equal((new DateOnly(2026, 2, 28), "Taobao agent", TopUpChannelKind.ThirdPartyPlatform), (topUp.On, topUp.Note, topUp.Channel));
        Assert.Equal(new RateMarkup(98.08m, 7.85m), topUp.Markup);
        Assert.Equal(sim.LastPaidActivity, (await _bot.Sim(ann, sim.Id)).LastPaidActivity);
    }

    [Fact]
    public async Task Dollars_at_the_official_rate_or_at_a_typed_one()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MegaFon", "89261234567", "Work");

        await ann.Sends("/topup");
        Assert.Contains("A number alone is in USD", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.EntersTopUp("20");
        await ann.Taps("Skip: use the official rate");
        Assert.Contains("Credited: 1,900.52 RUB at the official rate", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");
        Assert.Equal(2000.52m, (await _bot.Sim(ann, sim.Id)).Balance);

        await ann.Sends("/topup");
        await ann.EntersTopUp("1,5 usd");
        await ann.Taps("💱 I know the rate");
        await ann.Sends("0");
        Assert.Contains("That rate is not plausible", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("90");
        Assert.Contains("Credited: 135 RUB at your rate of 90 RUB per USD", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Markup against the official rate: 7.54 RUB (5.58%)", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");

        Assert.Equal([135m, 1900.52m], (await _bot.TopUps(ann)).Select(t => t.Rub));
        Assert.Equal(2135.52m, (await _bot.Sim(ann, sim.Id)).Balance);
    }

    [Fact]
    public async Task A_stale_rate_is_used_and_said_to_be_old()
    {
        _bot.Cbr.Serve(CbrAnswer.Status(503));
        var refreshed = await _bot.Get<CbrExchangeRates>().Refresh(CancellationToken.None);
        Assert.True(refreshed!.Stale);
        var ann = _bot.User();
        await _bot.AddSim(ann, "MTS", "89161234567", "Main");

        await ann.Sends("/topup");
        await ann.EntersTopUp("100 cny");
        Assert.Contains("At the last Bank of Russia rate I have, 13.4808 RUB per CNY (set for 4 Oct 2024; newer rates could not be fetched)", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("Skip: use the official rate");
        Assert.Contains("⚠️ an older rate", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");

        var topUp = Assert.Single(await _bot.TopUps(ann));
        Assert.True(topUp.OfficialRateStale);
        Assert.Equal(1348.08m, topUp.Rub);
    }

    [Fact]
    public async Task Without_any_rate_the_user_is_asked_for_what_was_credited()
    {
        await _bot.DisposeAsync();
        _bot = await BotHarness.Start(cbr: CbrAnswer.Status(503));
        var ann = _bot.User();
        await _bot.AddSim(ann, "MTS", "89161234567", "Main");

        await ann.Sends("/topup");
        await ann.EntersTopUp("100 cny");

        Assert.Contains("I don't have the Bank of Russia rate for CNY right now", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ann.ButtonsOf(), b => b.Text.Contains("official rate", StringComparison.Ordinal));
        await ann.Sends("a lot");
        Assert.Contains("Type the rubles that reached the balance as a number", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("1250");
        Assert.Contains("Bank of Russia rate: not known right now", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");

        var topUp = Assert.Single(await _bot.TopUps(ann));
        Assert.Equal((1250m, (ExchangeRate?)null), (topUp.Rub, topUp.OfficialRate));
    }

    [Fact]
    public async Task Bad_input_is_explained_at_every_step_and_the_step_stays()
    {
        var ann = _bot.User();
        await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");

        (string Input, string Answer)[] amounts =
        [
            ("a lot", "That is not an amount"),
            ("0", "must be more than zero"),
            ("-5", "must be more than zero"),
            ("1.234", "at most two decimals"),
            ("200000 rub", "more than 100,000 RUB"),
            ("10000 cny", "more than 100,000 RUB"),
            ("100 xyz", "Use one of these codes of the Bank of Russia"),
            ("100 мин", "Use one of these codes of the Bank of Russia"),
        ];
        foreach (var (input, answer) in amounts)
        {
            await ann.Sends(input);
            Assert.Contains(answer, ann.LastMessage.Text, StringComparison.Ordinal);
        }

        Assert.Contains("CNY", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsSticker();
        Assert.Contains("as a text message", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Sends("1.5 usd");
        await ann.Sends("by card");
        Assert.Contains("tap one of the buttons", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("Bank app");

        await ann.Sends("31.12.2026");
        Assert.Contains("in the future", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("someday");
        Assert.Contains("couldn't read that date", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("2026-02-20");

        await ann.Sends(new string('x', 201));
        Assert.Contains("keep it to 200", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("Skip");

        await ann.Sends("200000");
        Assert.Contains("more than 100,000 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("10 usd");
        Assert.Contains("Type the rubles that reached the balance", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("140,50");

        var summary = ann.LastMessage.Text!;
        Assert.Contains("Paid: 1.5 USD", summary, StringComparison.Ordinal);
        Assert.Contains("Credited: 140.5 RUB", summary, StringComparison.Ordinal);
        Assert.Contains("Date: 20 Feb 2026", summary, StringComparison.Ordinal);
        Assert.Empty(await _bot.TopUps(ann));
    }

    [Fact]
    public async Task One_comma_or_one_point_is_the_decimal_separator()
    {
        var ann = _bot.User();
        await _bot.AddSim(ann, "MTS", "89161234567", "Main");

        foreach (var typed in new[] { "1,5 usd", "1.5 usd" })
        {
            await ann.Sends("/topup");
            await ann.EntersTopUp(typed);
            await ann.Taps("Skip: use the official rate");
            Assert.Contains("Credited: 142.54 RUB at the official rate", ann.LastMessage.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Back_returns_a_step_and_Cancel_saves_nothing()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");
        await ann.Taps("RUB");
        await ann.Sends("500");
        await ann.Taps("Bank app");

        await ann.Taps("⬅️ Back");
        Assert.Contains("How did you pay?", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("How much did you pay?", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✖️ Cancel");

        Assert.Equal("Cancelled, nothing was saved.", ann.LastCallbackAnswer.Text);
        Assert.Contains("Main · MTS", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Empty(await _bot.TopUps(ann));
        Assert.Equal(sim, await _bot.Sim(ann, sim.Id));
    }

    [Fact]
    public async Task A_field_edited_from_the_summary_returns_to_the_summary()
    {
        var ann = _bot.User();
        await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");
        await ann.Taps("RUB");
        await ann.EntersTopUp("500");

        await ann.Taps("✏️ Edit");
        await ann.Taps("Amount");
        await ann.Sends("700 rub");

        Assert.Contains("Please check the top-up", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Amount: 700 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_half_finished_top_up_survives_a_restart()
    {
        var ann = _bot.User();
        await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");
        await ann.Sends("100 cny");
        await ann.Taps("Alipay");

        await _bot.Restart();

        await ann.Taps("Today");
        await ann.Taps("Skip");
        await ann.Sends("1250");
        await ann.Taps("✅ Save");
        Assert.Equal(1250m, Assert.Single(await _bot.TopUps(ann)).Rub);
    }

    [Fact]
    public async Task A_sim_deleted_meanwhile_gets_the_outdated_answer_and_nothing_is_stored()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");
        await ann.Taps("RUB");
        await ann.EntersTopUp("500");

        Assert.True(await _bot.Get<ISimStore>().Delete(ann.Id, sim.Id, CancellationToken.None));
        await ann.Taps("✅ Save");

        Assert.Contains("This SIM no longer exists", ann.LastCallbackAnswer.Text, StringComparison.Ordinal);
        Assert.True(ann.LastCallbackAnswer.ShowAlert);
        Assert.Empty(await _bot.TopUps(ann));
        Assert.Contains("You have no SIMs yet", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Message.Contains("not theirs or no longer exists", StringComparison.Ordinal));

        await ann.TapsData(CallbackData.Pack(new StartTopUp(sim.Id)), ann.LastMessage);
        Assert.Contains("This SIM no longer exists", ann.LastCallbackAnswer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sim_changed_meanwhile_shows_the_summary_again_before_saving()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");
        await ann.Taps("RUB");
        await ann.EntersTopUp("500");

        var changed = await _bot.Get<ISimStore>().Update(sim with { Balance = 20m }, CancellationToken.None);
        Assert.NotNull(changed);
        await ann.Taps("✅ Save");

        Assert.Contains("changed meanwhile", ann.LastCallbackAnswer.Text, StringComparison.Ordinal);
        Assert.Empty(await _bot.TopUps(ann));
        Assert.Contains("Balance: 20 RUB → 520 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");
        Assert.Equal(520m, (await _bot.Sim(ann, sim.Id)).Balance);
        Assert.Single(await _bot.TopUps(ann));
    }

    [Fact]
    public async Task A_save_whose_query_expired_is_shown_and_a_second_tap_records_nothing_more()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");
        await ann.Taps("RUB");
        await ann.EntersTopUp("500");
        var summary = ann.LastMessage;
        var save = ann.ButtonsOf(summary).Single(b => b.Text == "✅ Save").CallbackData!;

        _bot.Api.Faults.Enqueue("answerCallbackQuery", Fault.BadRequest(FoundationTests.ExpiredQuery));
        await ann.Taps("✅ Save");
        Assert.Contains("Top-up saved: 500 RUB", summary.Text, StringComparison.Ordinal);

        // The same tap again, as a client retrying it would: the wizard is over, so nothing is recorded twice.
        await ann.TapsData(save, summary);
        Assert.Single(await _bot.TopUps(ann));
        Assert.Equal(600m, (await _bot.Sim(ann, sim.Id)).Balance);
    }

    [Fact]
    public async Task Topup_asks_which_sim_or_to_add_one_first()
    {
        var ann = _bot.User();
        await ann.Sends("/topup");
        Assert.Contains("You have no SIMs yet", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains(ann.ButtonsOf(), b => b.Text == "➕ Add SIM");

        await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await _bot.AddSim(ann, "Beeline", "89031234567", "Travel");
        await ann.Sends("/menu");
        await ann.Taps("💰 Record top-up");

        Assert.Contains("Which SIM did you top up?", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("Travel");
        Assert.Contains("Travel", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("How much did you pay?", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_users_sim_cannot_be_topped_up()
    {
        var ann = _bot.User();
        var bob = _bot.User(1002, "Bob");
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Ann's");
        await bob.Sends("/start");

        await bob.TapsData(CallbackData.Pack(new StartTopUp(sim.Id)), bob.LastMessage);

        Assert.Contains("This SIM no longer exists", bob.LastCallbackAnswer.Text, StringComparison.Ordinal);
        Assert.Equal(sim, await _bot.Sim(ann, sim.Id));
    }
}
