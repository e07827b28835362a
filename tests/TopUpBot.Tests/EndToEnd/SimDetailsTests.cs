using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Sims;
using TopUpBot.Routing;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>
/// The wizard's optional details end to end: another operator's rules, the charge day of a monthly fee, the per-SIM
/// inactivity window and notes. "Today" is 1 Mar 2026 for these English (UTC) users.
/// </summary>
public sealed class SimDetailsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_other_operator_sim_gets_its_deadlines_from_the_rules_the_user_entered()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("Other operator");
        Assert.Contains("1/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("60");
        Assert.Contains("2/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("10/day");
        Assert.Contains("3/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("30 days");
        Assert.Contains("4/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("No");
        await ann.Sends("89001234567");
        await ann.Sends("Home");
        Assert.Contains("paste the operator's answer to the balance request", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("100");
        await ann.Taps("No fee");
        await ann.Taps("Today");

        var summary = ann.LastMessage.Text!;
        Assert.Contains("Home · Other operator", summary, StringComparison.Ordinal);
        Assert.Contains("Rules entered by you", summary, StringComparison.Ordinal);
        Assert.Contains("allowed without paid activity: 60 days", summary, StringComparison.Ordinal);
        Assert.Contains("unused-number fee after that: 10 RUB a day", summary, StringComparison.Ordinal);
        Assert.Contains("allowed at a zero balance: 30 days", summary, StringComparison.Ordinal);
        Assert.Contains("a top-up counts as activity: no", summary, StringComparison.Ordinal);
        Assert.Contains("You entered this operator's rules yourself", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Operator rules last checked", summary, StringComparison.Ordinal);

        await ann.Taps("✅ Save");

        var card = ann.LastMessage.Text!;
        // 1 Mar + 60 days = 30 Apr. From then 10 RUB a day eats the 100 RUB by 9 May; 30 days at zero: 8 Jun.
        Assert.Contains("Unused-number fee starts: 30 Apr 2026", card, StringComparison.Ordinal);
        Assert.Contains("Money runs out: 9 May 2026", card, StringComparison.Ordinal);
        Assert.Contains("Number at risk from: 8 Jun 2026", card, StringComparison.Ordinal);
        Assert.Contains("make one paid call or send one SMS by 29 Apr 2026", card, StringComparison.Ordinal);
        Assert.Contains("By the rules you entered, a top-up alone does not count as activity", card, StringComparison.Ordinal);
        Assert.Contains("allowed without paid activity: 60 days", card, StringComparison.Ordinal);
        var saved = Assert.Single(await Sims(ann));
        Assert.Equal(new OperatorRules(60, 10m, 30, TopUpCounts.No), saved.CustomRules);
        Assert.Equal(OperatorIds.Other, saved.OperatorId);
    }

    [Fact]
    public async Task Each_rule_question_explains_bad_input_keeps_its_step_and_goes_back()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("Other operator");

        await ann.Sends("ninety");
        Assert.Contains("couldn't read a number of days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("1000");
        Assert.Contains("1000 won't do: send a number of days from 1 to 730, e.g. 90", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("Which operator is it from?", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("Other operator");
        await ann.Taps("90 days");

        await ann.Sends("a lot");
        Assert.Contains("Please send the fee in RUB a day", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("5000");
        Assert.Contains("from 0 to 1,000 RUB a day", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("3.333");
        Assert.Contains("at most two decimals", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("5 CNY");
        Assert.Contains("Please send the fee in RUB a day", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("1/4", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Now: 90 days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("I don't know");
        await ann.Taps("I don't know");

        await ann.Sends("-1");
        Assert.Contains("couldn't read a number of days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("999");
        Assert.Contains("999 won't do: send a number of days from 0 to 730, e.g. 60", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("2/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("0");
        await ann.Taps("I don't know");

        await ann.Sends("yes");
        Assert.Contains("Please tap Yes, No or I don't know", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsSticker();
        Assert.Contains("Please tap Yes, No or I don't know", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("3/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("I don't know");
        await ann.Taps("I don't know");
        Assert.Contains("Send the phone number", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("4/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("I don't know");

        await ann.Sends("89001234567");
        await ann.Taps("Skip");
        await ann.Taps("I don't know");
        await ann.Taps("No fee");
        await ann.Taps("Today");
        var summary = ann.LastMessage.Text!;
        Assert.Contains("allowed without paid activity: unknown", summary, StringComparison.Ordinal);
        Assert.Contains("unused-number fee after that: 0 RUB a day", summary, StringComparison.Ordinal);
        Assert.Contains("allowed at a zero balance: unknown", summary, StringComparison.Ordinal);
        Assert.Contains("a top-up counts as activity: not known", summary, StringComparison.Ordinal);
        Assert.Contains("add it under ✏️ Edit → Operator rules", summary, StringComparison.Ordinal);
        Assert.Empty(await Sims(ann));
    }

    [Fact]
    public async Task A_restart_between_two_rule_questions_keeps_the_answers()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("Other operator");
        await ann.Sends("60");

        await _bot.Restart();

        await ann.Sends("10");
        Assert.Contains("3/4", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        await ann.Taps("⬅️ Back");
        Assert.Contains("1/4", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Now: 60 days", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_of_an_other_sim_are_edited_later_and_move_its_dates()
    {
        var ann = _bot.User();
        await AddOtherSim(ann);
        await ann.Taps("✏️ Edit");
        var fields = Labels(ann);
        Assert.Contains("Operator rules", fields);
        Assert.Contains("Notes", fields);
        Assert.DoesNotContain("Own inactivity window", fields);

        await ann.Taps("Operator rules");
        Assert.Contains("Now: 60 days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("120 days");
        Assert.Contains("Now: 10 RUB a day", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("5");
        Assert.Contains("Now: 30 days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("60");
        await ann.Taps("Yes");

        Assert.Contains("Please check", ann.LastMessage.Text, StringComparison.Ordinal);
        // 1 Mar + 120 days = 29 Jun.
        Assert.Contains("Unused-number fee starts: 29 Jun 2026", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");

        Assert.Contains("a top-up counts as activity: yes", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(new OperatorRules(120, 5m, 60, TopUpCounts.Yes), Assert.Single(await Sims(ann)).CustomRules);
    }

    [Fact]
    public async Task A_catalog_sim_offers_its_own_window_but_not_operator_rules_even_to_forged_data()
    {
        var ann = _bot.User();
        await AddMtsSim(ann);
        var card = ann.LastMessage;
        await ann.Taps("✏️ Edit");
        var fields = Labels(ann);
        Assert.Contains("Own inactivity window", fields);
        Assert.DoesNotContain("Operator rules", fields);

        await ann.TapsData(CallbackData.Pack(new WizardButton(WizardAction.EditField, (int)SimField.Rules)), card);

        Assert.Equal("This menu is outdated. Here is a fresh one.", ann.LastCallbackAnswer.Text);
        Assert.DoesNotContain("This operator is not in my list", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Sims(ann)).CustomRules);
    }

    [Fact]
    public async Task The_charge_day_is_asked_after_a_monthly_fee_and_sets_when_the_money_runs_out()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("MTS");
        await ann.Sends("89161234567");
        await ann.Sends("Main");
        await ann.Sends("150");
        await ann.Taps("100 RUB");

        Assert.Contains("The 100 RUB monthly fee: on which day", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("a 29, 30 or 31 means the last day", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(["Day 1 (today)", "Day 15", "⬅️ Back", "✖️ Cancel"], Labels(ann));
        await ann.Sends("32");
        Assert.Contains("A month has no day 32", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("mid-month");
        Assert.Contains("Please send the day of the month", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("How much is the plan fee?", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("100");
        await ann.Sends("20th");
        Assert.Contains("When did you last make a paid call", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("on which day", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("20");
        await ann.Taps("Today");

        // 150 RUB: 100 on 20 Mar leaves 50, 100 on 20 Apr goes below zero.
        Assert.Contains("Plan: 100 RUB a month, charged on day 20", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Money runs out: 20 Apr 2026", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");
        Assert.Equal(new MonthlyPlan(100m, 20), Assert.Single(await Sims(ann)).Plan);

        await ann.Taps("✏️ Edit");
        await ann.Taps("Plan fee");
        await ann.Taps("100 RUB");
        await ann.Taps("Day 15");
        Assert.Contains("Money runs out: 15 Apr 2026", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Taps("✏️ Edit a field");
        await ann.Taps("Plan fee");
        await ann.Sends("100");
        await ann.Sends("31");
        // Charged on 31 Mar (50 left), then on 30 Apr, the last day of April.
        Assert.Contains("charged on day 31 (on the last day in shorter months)", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Money runs out: 30 Apr 2026", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");
        Assert.Equal(new MonthlyPlan(100m, 31), Assert.Single(await Sims(ann)).Plan);
    }

    [Fact]
    public async Task Cancelling_the_edit_of_a_saved_sim_returns_to_its_unchanged_card()
    {
        var ann = _bot.User();
        await AddMtsSim(ann);
        var before = Assert.Single(await Sims(ann));

        await ann.Taps("✏️ Edit");
        await ann.Taps("Own inactivity window");
        await ann.Taps("✖️ Cancel");

        Assert.Equal("Cancelled, nothing was saved.", ann.LastCallbackAnswer.Text);
        Assert.Contains("Unused-number fee starts: 30 May 2026", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains(ann.ButtonsOf(ann.LastMessage), b => b.Text == "✏️ Edit");
        Assert.Equal(before, Assert.Single(await Sims(ann)));
    }

    [Fact]
    public async Task The_own_inactivity_window_moves_the_dates_and_can_be_cleared()
    {
        var ann = _bot.User();
        await AddMtsSim(ann);
        // MTS: 1 Mar + 90 days = 30 May.
        Assert.Contains("Unused-number fee starts: 30 May 2026", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Taps("✏️ Edit");
        await ann.Taps("Own inactivity window");
        Assert.Contains("MTS's usual rule: 90 days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("0");
        Assert.Contains("0 won't do: send a number of days from 1 to 730, e.g. 60", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Sends("two months");
        Assert.Contains("couldn't read a number of days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("Please check", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("Main · MTS", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Please check", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Sims(ann)).InactivityDaysOverride);

        await ann.Taps("✏️ Edit");
        await ann.Taps("Own inactivity window");
        await ann.Sends("30");
        var summary = ann.LastMessage.Text!;
        Assert.Contains("Your own inactivity window: 30 days (operator's rule: 90 days)", summary, StringComparison.Ordinal);
        Assert.Contains("Unused-number fee starts: 31 Mar 2026", summary, StringComparison.Ordinal);
        await ann.Taps("✅ Save");
        Assert.Contains("make one paid call or send one SMS by 30 Mar 2026", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(30, Assert.Single(await Sims(ann)).InactivityDaysOverride);

        await ann.Taps("✏️ Edit");
        await ann.Taps("Own inactivity window");
        Assert.Contains("Now: 30 days", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("Use the operator's rule");
        Assert.DoesNotContain("Your own inactivity window", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");
        Assert.Contains("Unused-number fee starts: 30 May 2026", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Sims(ann)).InactivityDaysOverride);
    }

    [Fact]
    public async Task Notes_are_added_in_the_summary_shown_escaped_on_the_card_and_cleared()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("MTS");
        await ann.Sends("89161234567");
        await ann.Sends("Main");
        await ann.Sends("100");
        await ann.Taps("No fee");
        await ann.Taps("Today");
        await ann.Taps("✏️ Edit a field");
        await ann.Taps("⬅️ Back");
        Assert.Contains("Please check", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Taps("✏️ Edit a field");
        await ann.Taps("Notes");
        Assert.DoesNotContain("🗑 Clear notes", Labels(ann));
        await ann.Sends(new string('я', SimLimits.MaxNotesLength + 1));
        Assert.Contains("That note has 501 characters; please keep it to 500", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsSticker();
        Assert.Contains("as a text message", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Back");
        Assert.Contains("Please check", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✏️ Edit a field");
        await ann.Taps("Notes");
        await ann.Sends("<b>Bank</b> & Alipay");
        Assert.Contains("📝 <b>Bank</b> & Alipay", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");

        Assert.Contains("📝 <b>Bank</b> & Alipay", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal("<b>Bank</b> & Alipay", Assert.Single(await Sims(ann)).Notes);

        await ann.Taps("✏️ Edit");
        await ann.Taps("Notes");
        Assert.Contains("Now: <b>Bank</b> & Alipay", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("🗑 Clear notes");
        Assert.DoesNotContain("📝", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Save");
        Assert.Null(Assert.Single(await Sims(ann)).Notes);
    }

    private async Task<IReadOnlyList<Sim>> Sims(FakeUser user) =>
        await _bot.Get<ISimStore>().ListOwnedBy(user.Id, CancellationToken.None);

    private static string[] Labels(FakeUser user) => [.. user.ButtonsOf().Select(b => b.Text)];

    private static async Task AddMtsSim(FakeUser user)
    {
        await user.Sends("/add");
        await user.Taps("MTS");
        await user.Sends("89161234567");
        await user.Sends("Main");
        await user.Sends("100");
        await user.Taps("No fee");
        await user.Taps("Today");
        await user.Taps("✅ Save");
    }

    private static async Task AddOtherSim(FakeUser user)
    {
        await user.Sends("/add");
        await user.Taps("Other operator");
        await user.Sends("60");
        await user.Sends("10");
        await user.Sends("30");
        await user.Taps("No");
        await user.Sends("89001234567");
        await user.Sends("Home");
        await user.Sends("100");
        await user.Taps("No fee");
        await user.Taps("Today");
        await user.Taps("✅ Save");
    }
}
