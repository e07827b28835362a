using Microsoft.Extensions.Logging;
using TopUpBot.Features.Reminders;
using TopUpBot.Outbox;
using TopUpBot.Features.Sims;
using TopUpBot.Routing;
using TopUpBot.Storage;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Users;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>
/// Reminders pushed through the real scan, outbox and sender to the fake Bot API. The clock starts on Sun 1 Mar 2026
/// at 09:00 UTC; English users live in UTC and get reminders at 10:00 unless a test says otherwise.
/// </summary>
public sealed class RemindersTests : IAsyncLifetime
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(10);

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_sim_due_today_gets_its_reminder_within_one_scan_interval_at_the_hour_and_nothing_before()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("MTS");
        await ann.Sends("+7 916 123-45-67");
        await ann.Sends("Bank SIM");
        await ann.Sends("100");
        await ann.Taps("No fee");
        // 90 days without paid activity: the fee starts on 2 Mar, so today is the last day to act.
        await ann.Sends("02.12.2025");
        await ann.Taps("✅ Save");
        Assert.Contains("Next reminder: 1 Mar 2026, 10:00.", ann.LastMessage.Text, StringComparison.Ordinal);

        Assert.Equal(0, (await At("2026-03-01T09:59:30Z")).Queued);
        Assert.Equal(0, Queued(ann));
        Assert.Empty(Reminders(ann));

        _bot.Clock.SetUtcNow(Instant("2026-03-01T10:00:00Z"));
        var reminder = await NextReminder(ann, 1);
        Assert.True(_bot.Clock.GetUtcNow() <= Instant("2026-03-01T10:01:00Z"), $"arrived at {_bot.Clock.GetUtcNow():O}");

        var text = reminder.Text!;
        Assert.Contains("⏰ Bank SIM · MTS · +7 916 ***-**-67", text, StringComparison.Ordinal);
        Assert.Contains("Today is the last day to act.", text, StringComparison.Ordinal);
        Assert.Contains("On 2 Mar 2026 the operator starts charging its daily fee for an unused number.", text, StringComparison.Ordinal);
        Assert.Contains("To do: make one paid call or send one SMS by 1 Mar 2026.", text, StringComparison.Ordinal);
        Assert.Equal(
            ["💳 I topped up", "📞 I made a paid call/SMS", "😴 Snooze 1 day", "😴 Snooze 3 days", "📖 How to top up", "🔕 Mute this SIM"],
            ann.ButtonsOf(reminder).Select(b => b.Text));

        await At("2026-03-01T18:00:00Z");
        Assert.Equal(1, Queued(ann));
        Assert.Single(Reminders(ann));
    }

    [Fact]
    public async Task Each_chosen_offset_comes_once_at_the_chosen_hour_in_the_users_time_zone()
    {
        var li = _bot.User(1002, "Li", "zh-hans");
        await li.Sends("/settings");
        await li.Taps("提前 30 天");
        await li.Taps("提前 7 天");
        await li.Taps("提前 3 天");
        await li.Taps("🕙 10:00");
        await li.Taps("08:00");
        await ReminderSettingsTests.AddSim(_bot, li, deadline: new DateOnly(2026, 4, 20));

        // Shanghai is UTC+8: 08:00 there is 00:00 UTC. Stages: 30 days before (21 Mar), 1 day before, on the day.
        Assert.Equal(0, (await At("2026-03-20T23:59:00Z")).Queued);
        Assert.Equal(0, Queued(li));
        Assert.Empty(Reminders(li));
        await At("2026-03-21T00:00:00Z");
        Assert.Contains("距离最后期限还有 30 天", (await NextReminder(li, 1)).Text, StringComparison.Ordinal);
        await At("2026-04-18T23:59:00Z");
        Assert.Equal(1, Queued(li));
        Assert.Single(Reminders(li));
        await At("2026-04-19T00:00:00Z");
        Assert.Contains("明天是最后一天", (await NextReminder(li, 2)).Text, StringComparison.Ordinal);
        await At("2026-04-20T00:00:00Z");
        Assert.Contains("今天是最后一天", (await NextReminder(li, 3)).Text, StringComparison.Ordinal);
        Assert.Equal(3, Queued(li));
        Assert.Equal(3, Reminders(li).Count);
    }

    [Fact]
    public async Task After_the_deadline_one_reminder_a_day_for_seven_days_then_the_final_message()
    {
        var ann = _bot.User();
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 1), label: "Bank");

        for (var day = 1; day <= 9; day++)
        {
            await At($"2026-03-{day:00}T10:00:00Z");
            await NextReminder(ann, day);
            await At($"2026-03-{day:00}T20:00:00Z");
            Assert.Equal(day, Queued(ann));
            Assert.Equal(day, Reminders(ann).Count);
        }

        var messages = Reminders(ann);
        Assert.Contains("Today is the last day", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Days since the last day to act: 1.", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Make one paid call or send one SMS today", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Since 2 Mar 2026 the operator may be charging", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Days since the last day to act: 7.", messages[7].Text, StringComparison.Ordinal);

        var final = messages[8].Text!;
        Assert.StartsWith("⚫ Bank · MTS", final, StringComparison.Ordinal);
        Assert.Contains("The last day to act was 1 Mar 2026", final, StringComparison.Ordinal);
        Assert.Contains("Call the operator's support: 0890 from this SIM, +74957660166 from any phone (unverified).", final, StringComparison.Ordinal);
        Assert.Contains("with your passport", final, StringComparison.Ordinal);

        Assert.Equal(0, (await At("2026-03-30T10:00:00Z")).Queued);
        Assert.Equal(9, Queued(ann));
        Assert.Equal(9, Reminders(ann).Count);
    }

    [Fact]
    public async Task After_downtime_only_the_most_urgent_reminder_comes_once()
    {
        var ann = _bot.User();
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 10));
        await At("2026-03-03T10:00:00Z");
        Assert.Contains("Days left to act: 7.", (await NextReminder(ann, 1)).Text, StringComparison.Ordinal);

        // Nothing runs from 3 Mar to 12 Mar noon: 3 and 1 days before, the day itself and two overdue days pass unseen.
        await _bot.Restart();
        await At("2026-03-12T12:00:00Z");

        Assert.Contains("Days since the last day to act: 2.", (await NextReminder(ann, 2)).Text, StringComparison.Ordinal);
        await At("2026-03-12T23:00:00Z");
        Assert.Equal(2, Queued(ann));
        Assert.Equal(2, Reminders(ann).Count);
    }

    [Fact]
    public async Task A_restart_with_reminders_still_in_the_outbox_sends_each_exactly_once()
    {
        var users = new[] { _bot.User(), _bot.User(1002, "Bob"), _bot.User(1003, "Cai") };
        foreach (var user in users)
        {
            await ReminderSettingsTests.AddSim(_bot, user, deadline: new DateOnly(2026, 3, 4));
        }

        // Telegram says "slow down" (the clock stands still until the restart): the reminders are queued, none is sent.
        _bot.Api.Faults.Enqueue("sendMessage", Fault.TooManyRequests(retryAfter: 30));
        _bot.Clock.SetUtcNow(Instant("2026-03-01T10:00:00Z"));
        await _bot.Get<ReminderScan>().Run(CancellationToken.None);
        await _bot.Api.WaitForRequest(r => r.Method == "sendMessage" && r.Outcome?.StatusCode == 429);
        Assert.All(users, user => Assert.Empty(Reminders(user)));

        await _bot.Restart();
        Assert.Equal(0, (await _bot.Get<ReminderScan>().Run(CancellationToken.None)).Queued);

        foreach (var user in users)
        {
            Assert.Contains("Days left to act: 3.", (await NextReminder(user, 1)).Text, StringComparison.Ordinal);
        }

        await At("2026-03-01T12:00:00Z");
        await _bot.Restart();
        await At("2026-03-01T14:00:00Z");
        Assert.All(users, user => Assert.Equal(1, Queued(user)));
        Assert.All(users, user => Assert.Single(Reminders(user)));
    }

    [Fact]
    public async Task Snooze_holds_reminders_back_and_repeats_the_reminder_when_it_ends()
    {
        var ann = _bot.User();
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4), label: "Bank");
        await At("2026-03-01T10:00:00Z");
        var reminder = await NextReminder(ann, 1);

        await ann.Taps("😴 Snooze 3 days", reminder);
        Assert.Equal("Snoozed 😴", ann.LastCallbackAnswer.Text);
        Assert.Contains("Bank: snoozed. I'll remind you again on 4 Mar 2026, 10:00. The last day to act is still 4 Mar 2026.", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["📱 Open SIM", "⬅️ Main menu"], ann.ButtonsOf(reminder).Select(b => b.Text));

        // 1 day before (3 Mar) falls inside the snooze; when it ends the reminder of the day itself comes instead.
        await At("2026-03-03T10:00:00Z");
        await At("2026-03-04T09:59:00Z");
        Assert.Equal(1, Queued(ann));
        Assert.Single(Reminders(ann));
        await At("2026-03-04T10:00:10Z");
        Assert.Contains("Today is the last day", (await NextReminder(ann, 2)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snoozed_reminder_is_repeated_once_when_no_newer_one_is_due()
    {
        var ann = _bot.User();
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 10));
        await At("2026-03-03T10:00:00Z");
        await ann.Taps("😴 Snooze 1 day", await NextReminder(ann, 1));

        await At("2026-03-04T09:00:00Z");
        Assert.Equal(1, Queued(ann));
        Assert.Single(Reminders(ann));
        await At("2026-03-04T10:00:10Z");
        var repeat = (await NextReminder(ann, 2)).Text!;
        Assert.StartsWith("😴 Snoozed reminder:", repeat, StringComparison.Ordinal);
        Assert.Contains("Days left to act: 6.", repeat, StringComparison.Ordinal);
        await At("2026-03-06T09:00:00Z");
        Assert.Equal(2, Queued(ann));
        Assert.Equal(2, Reminders(ann).Count);
    }

    [Fact]
    public async Task A_muted_sim_and_paused_reminders_get_nothing_and_resuming_brings_only_the_latest()
    {
        var ann = _bot.User();
        var muted = await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4), label: "Muted");
        await At("2026-03-01T10:00:00Z");
        var first = await NextReminder(ann, 1);
        await ann.Taps("🔕 Mute this SIM", first);
        Assert.Contains("Reminders for Muted are off.", first.Text, StringComparison.Ordinal);
        await At("2026-03-06T10:00:00Z");
        Assert.Equal(1, Queued(ann));
        Assert.Single(Reminders(ann));

        await ann.Taps("🔔 Unmute", first);
        Assert.False((await _bot.Get<IReminderStore>().Find(muted.Id, CancellationToken.None)).Muted);
        Assert.Contains("Days since the last day to act: 2.", (await NextReminder(ann, 2)).Text, StringComparison.Ordinal);

        await ann.Sends("/settings");
        await ann.Taps("⏸ Pause all reminders");
        await At("2026-03-09T10:00:00Z");
        Assert.Equal(2, Queued(ann));
        Assert.Equal(2, Reminders(ann).Count);

        await ann.Sends("/settings");
        await ann.Taps("▶️ Resume reminders");
        await At("2026-03-09T10:01:00Z");
        Assert.Contains("Days since the last day to act: 5.", (await NextReminder(ann, 3)).Text, StringComparison.Ordinal);
        await At("2026-03-09T12:00:00Z");
        Assert.Equal(3, Queued(ann));
        Assert.Equal(3, Reminders(ann).Count);
    }

    [Fact]
    public async Task The_paid_call_button_records_today_moves_the_deadline_and_edits_the_reminder()
    {
        var ann = _bot.User();
        var sim = await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4), label: "Bank");
        await At("2026-03-01T10:00:00Z");
        var reminder = await NextReminder(ann, 1);

        await ann.Taps("📞 I made a paid call/SMS", reminder);

        Assert.Equal("Recorded ✅", ann.LastCallbackAnswer.Text);
        Assert.Contains("Bank: a paid call/SMS is recorded for today, 1 Mar 2026.", reminder.Text, StringComparison.Ordinal);
        // 1 Mar + 90 days: the fee would start on 30 May.
        Assert.Contains("Next: make one paid call or send one SMS by 29 May 2026.", reminder.Text, StringComparison.Ordinal);
        var saved = await _bot.Get<ISimStore>().FindOwned(ann.Id, sim.Id, CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 3, 1), saved!.LastPaidActivity!.On);

        // The old deadline's reminders stop; the new one's first comes 7 days before it.
        await At("2026-03-04T10:00:00Z");
        Assert.Equal(1, Queued(ann));
        Assert.Single(Reminders(ann));
        await ann.TapsData(CallbackData.Pack(new ReminderPaidAction(sim.Id, new DateOnly(2026, 3, 4))), reminder);
        Assert.Equal("This reminder is out of date: the SIM's deadline has changed. Here is the SIM as it is now.", ann.LastCallbackAnswer.Text);
        Assert.Contains("Next reminder: 22 May 2026, 10:00.", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_topped_up_opens_recording_the_top_up_in_the_reminder()
    {
        var ann = _bot.User();
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4), label: "Bank");
        await At("2026-03-01T10:00:00Z");
        var reminder = await NextReminder(ann, 1);

        await ann.Taps("💳 I topped up", reminder);

        Assert.Contains("How much did you pay?", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_buttons_for_someone_elses_sim_are_not_found()
    {
        var ann = _bot.User();
        var bob = _bot.User(1002, "Bob");
        var sim = await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4));
        await bob.Sends("/start");
        var deadline = new DateOnly(2026, 3, 4);
        var before = await _bot.Get<IReminderStore>().Find(sim.Id, CancellationToken.None);

        foreach (var forged in new ICallback[] { new SnoozeReminder(sim.Id, deadline, 1), new ReminderPaidAction(sim.Id, deadline), new MuteSim(sim.Id, true, MuteFrom.Reminder) })
        {
            await bob.TapsData(CallbackData.Pack(forged), bob.LastMessage);
            Assert.Equal("This SIM no longer exists.", bob.LastCallbackAnswer.Text);
        }

        Assert.Equal(before, await _bot.Get<IReminderStore>().Find(sim.Id, CancellationToken.None));
        Assert.Equal(sim, await _bot.Get<ISimStore>().FindOwned(ann.Id, sim.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_sim_gets_no_more_reminders_and_its_buttons_say_so()
    {
        var ann = _bot.User();
        var sim = await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4), label: "Bank");
        await At("2026-03-01T10:00:00Z");
        var reminder = await NextReminder(ann, 1);
        Assert.True(await _bot.Get<ISimStore>().Delete(ann.Id, sim.Id, CancellationToken.None));

        await ann.Taps("😴 Snooze 1 day", reminder);
        Assert.Equal("This SIM no longer exists.", ann.LastCallbackAnswer.Text);
        await At("2026-03-06T10:00:00Z");
        Assert.Equal(1, Queued(ann));
        Assert.Single(Reminders(ann));
        Assert.Empty(_bot.Get<IReminderStore>().Due(DateTimeOffset.MaxValue, 10));
    }

    [Fact]
    public async Task An_inactive_user_gets_nothing()
    {
        var ann = _bot.User();
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4));
        var users = _bot.Get<IUserStore>();
        var profile = (await users.Find(ann.Id, CancellationToken.None))!;
        profile.Active = false;
        await users.Save(profile, CancellationToken.None);

        var scan = await At("2026-03-05T10:00:00Z");

        Assert.Equal(0, scan.Queued);
        Assert.Equal(0, Queued(ann));
        Assert.Empty(Reminders(ann));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_gets_nothing_and_after_unblocking_gets_the_latest_reminder()
    {
        var ann = _bot.User();
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 10));
        await At("2026-03-03T10:00:00Z");
        await NextReminder(ann, 1);

        await ann.BlocksBot();
        await At("2026-03-07T10:00:00Z");
        await At("2026-03-09T10:00:00Z");
        Assert.Equal(1, Queued(ann));
        Assert.Single(Reminders(ann));
        Assert.DoesNotContain(_bot.Api.RequestsOf("sendMessage"), r => r.Outcome?.StatusCode == 403);

        await ann.UnblocksBot();
        await At("2026-03-09T10:01:00Z");
        Assert.Contains("Tomorrow is the last day to act.", (await NextReminder(ann, 2)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sim_whose_look_fails_is_logged_and_tried_again_later_while_the_others_get_theirs()
    {
        var ann = _bot.User();
        var bob = _bot.User(1002, "Bob");
        await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4));
        var broken = await ReminderSettingsTests.AddSim(_bot, bob, deadline: new DateOnly(2026, 3, 4));
        var users = _bot.Get<LiteDbContext>().Database.GetCollection("users");
        var profile = users.FindById(bob.Id);
        profile["Language"] = "Klingon";
        users.Update(profile);

        await At("2026-03-01T10:00:00Z");

        await NextReminder(ann, 1);
        Assert.Equal(0, Queued(bob));
        Assert.Empty(Reminders(bob));
        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains($"reminders of SIM {broken.Id} failed", StringComparison.Ordinal) && r.Exception is not null);
        var store = _bot.Get<IReminderStore>();
        Assert.DoesNotContain(store.Due(Instant("2026-03-01T10:59:00Z"), 10), e => e.SimId == broken.Id);
        Assert.Contains(store.Due(Instant("2026-03-01T11:01:00Z"), 10), e => e.SimId == broken.Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sim_whose_reminder_cannot_be_stored_is_logged_and_tried_again_an_hour_later(bool withAnotherUser)
    {
        var ann = _bot.User();
        var broken = await ReminderSettingsTests.AddSim(_bot, ann, deadline: new DateOnly(2026, 3, 4));
        var bob = _bot.User(1002, "Bob");
        if (withAnotherUser)
        {
            await ReminderSettingsTests.AddSim(_bot, bob, deadline: new DateOnly(2026, 3, 4));
        }

        // A damaged outbox row under the reminder's key: queueing it throws inside the transaction that stores the look.
        var outbox = _bot.Get<LiteDbContext>().Database.GetCollection("outbox");
        var key = $"reminder:{broken.Id}:20260304:b3";
        outbox.Insert(new LiteDB.BsonDocument { ["_id"] = key, ["CreatedTicks"] = "damaged" });

        // Before the fix a batch of one let the failure out of the scan, and every later scan failed on it again.
        await At("2026-03-01T10:00:00Z");

        Assert.Equal(0, Queued(ann));
        Assert.Equal(withAnotherUser ? 1 : 0, Queued(bob));
        Assert.Empty(Reminders(ann));
        if (withAnotherUser)
        {
            Assert.Contains("Days left to act: 3.", (await NextReminder(bob, 1)).Text, StringComparison.Ordinal);
        }

        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains($"reminders of SIM {broken.Id} failed", StringComparison.Ordinal) && r.Exception is not null);
        var store = _bot.Get<IReminderStore>();
        Assert.DoesNotContain(store.Due(Instant("2026-03-01T10:59:00Z"), 10), e => e.SimId == broken.Id);
        Assert.Contains(store.Due(Instant("2026-03-01T11:01:00Z"), 10), e => e.SimId == broken.Id);

        // Repaired, the reminder comes at the retry an hour later.
        outbox.Delete(key);
        await At("2026-03-01T11:00:30Z");
        Assert.Equal(1, Queued(ann));
        Assert.Contains("Days left to act: 3.", (await NextReminder(ann, 1)).Text, StringComparison.Ordinal);
    }

    /// <summary>Moves the clock to <paramref name="instant"/>, runs a scan there (Quartz may run one too) and lets the sender deliver what is due.</summary>
    private async Task<ReminderScanResult> At(string instant)
    {
        _bot.Clock.SetUtcNow(Instant(instant));
        var result = await _bot.Get<ReminderScan>().Run(CancellationToken.None);
        await Settle();
        return result;
    }

    /// <summary>
    /// Waits until the outbox holds nothing due: each due reminder was sent (and so is in its chat), put off or dropped.
    /// Fake time moves in small steps for the sender's pacing; the real-time deadline only ends a test that would hang.
    /// </summary>
    private async Task Settle()
    {
        var outbox = _bot.Get<IOutboxQueue>();
        var deadline = DateTime.UtcNow + Safety;
        while (outbox.Due(_bot.Clock.GetUtcNow(), 1).Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The outbox still has reminders due at {_bot.Clock.GetUtcNow():O}.");
            _bot.Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }
    }

    /// <summary>How many reminders the scan ever queued for <paramref name="user"/>: the user's rows in the real outbox, sent or not.</summary>
    private int Queued(FakeUser user) =>
        _bot.Get<LiteDbContext>().Database.GetCollection("outbox").Count(LiteDB.Query.EQ("UserId", user.Id));

    /// <summary>The <paramref name="count"/>th reminder in the user's chat, waiting for it on a moving clock (5 s of fake time a step).</summary>
    private async Task<ChatMessage> NextReminder(FakeUser user, int count)
    {
        for (var step = 0; step < 400; step++)
        {
            if (Reminders(user) is { } reminders && reminders.Count >= count)
            {
                return reminders[count - 1];
            }

            _bot.Clock.Advance(step % 10 == 9 ? TimeSpan.FromSeconds(5) : TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }

        Assert.Fail($"{user} never got reminder {count}; the chat has {Reminders(user).Count}.");
        return null!;
    }

    /// <summary>The pushed reminders in the user's chat: bot messages that were sent with a snooze button.</summary>
    private static List<ChatMessage> Reminders(FakeUser user) =>
        [.. user.Chat.BotMessages.Where(m => m.Versions[0].ReplyMarkup?.InlineKeyboard.SelectMany(row => row).Any(b => b.CallbackData?.StartsWith("rsn.", StringComparison.Ordinal) == true) == true)];

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
