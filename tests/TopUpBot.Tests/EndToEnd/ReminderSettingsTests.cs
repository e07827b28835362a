using TopUpBot.Domain.Sims;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Routing;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Users;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>/settings, the mute toggle and the reminder line of the SIM card and list. "Now" is 1 Mar 2026 09:00 UTC.</summary>
public sealed class ReminderSettingsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Settings_open_from_the_menu_and_from_the_command_with_the_defaults()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        var menu = ann.LastMessage;
        await ann.Taps("⏰ Reminders");

        var text = menu.Text!;
        Assert.Contains("Before a deadline: 7 d · 3 d · 1 d · on the day", text, StringComparison.Ordinal);
        Assert.Contains("Time: 10:00, UTC (it is 09:00 there now)", text, StringComparison.Ordinal);
        Assert.Contains("✅ On.", text, StringComparison.Ordinal);
        Assert.Equal(["▫️ 30 d", "▫️ 14 d", "✅ 7 d", "✅ 3 d", "✅ 1 d", "✅ on the day"], ann.ButtonsOf(menu).Take(6).Select(b => b.Text));

        var li = _bot.User(1002, "Li", "zh-hans");
        await li.Sends("/settings");
        Assert.Contains("Asia/Shanghai（当地现在 17:00）", li.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains(_bot.Api.CommandsFor(languageCode: "ru"), c => c.Command == "settings" && c.Description.Contains("напоминаний", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offsets_hour_and_time_zone_are_changed_with_buttons_and_stored()
    {
        var ann = _bot.User();
        await ann.Sends("/settings");
        var page = ann.LastMessage;

        await ann.Taps("30 d", page);
        await ann.Taps("3 d", page);
        Assert.Contains("Before a deadline: 30 d · 7 d · 1 d · on the day", page.Text, StringComparison.Ordinal);
        Assert.Contains("✅ 30 d", ann.ButtonsOf(page).Select(b => b.Text));

        await ann.Taps("🕙 10:00", page);
        Assert.Contains("At what hour", page.Text, StringComparison.Ordinal);
        Assert.Equal(24 + 1, ann.ButtonsOf(page).Count);
        await ann.Taps("07:00", page);
        Assert.Contains("Time: 07:00, UTC", page.Text, StringComparison.Ordinal);

        await ann.Taps("🌍 UTC", page);
        await ann.Taps("Europe/Berlin", page);
        Assert.Contains("Time: 07:00, Europe/Berlin (it is 10:00 there now)", page.Text, StringComparison.Ordinal);

        var profile = await _bot.Get<IUserStore>().Find(ann.Id, CancellationToken.None);
        Assert.NotNull(profile);
        Assert.Equal([30, 7, 1, 0], profile.ReminderOffsets);
        Assert.Equal(7, profile.ReminderHour);
        Assert.Equal("Europe/Berlin", profile.TimeZone);
    }

    [Fact]
    public async Task A_typed_time_zone_is_checked_and_a_wrong_one_keeps_the_step()
    {
        var ann = _bot.User();
        await ann.Sends("/settings");
        await ann.Taps("🌍 UTC");
        await ann.Taps("⌨️ Type another");

        await ann.Sends("Moscow");
        Assert.Contains("I don't know the time zone “Moscow”", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Asia/Shanghai", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsSticker();
        Assert.Contains("send the time zone name as text", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Sends(" asia/almaty ");
        Assert.Contains("Time: 10:00, Asia/Almaty", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal("Asia/Almaty", (await _bot.Get<IUserStore>().Find(ann.Id, CancellationToken.None))!.TimeZone);
        Assert.Null(await _bot.Get<IConversationStore>().Load(ann.Id, CancellationToken.None));
    }

    [Fact]
    public async Task The_card_and_the_list_say_when_the_next_reminder_comes_in_the_users_time()
    {
        var li = _bot.User(1002, "Li", "zh-hans");
        var sim = await AddSim(li, deadline: new DateOnly(2026, 3, 20));

        await li.TapsData(CallbackData.Pack(new OpenSim(sim.Id)), li.LastMessage);
        // 7 days before 20 Mar, at 10:00 in Shanghai.
        Assert.Contains("下次提醒：2026年3月13日 10:00。", li.LastMessage.Text, StringComparison.Ordinal);

        await li.Sends("/sims");
        Assert.Contains("⏰ 2026年3月13日 10:00", li.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sim_is_muted_from_its_card_and_unmuted_from_the_settings()
    {
        var ann = _bot.User();
        var sim = await AddSim(ann, deadline: new DateOnly(2026, 3, 20), label: "Bank");
        await ann.TapsData(CallbackData.Pack(new OpenSim(sim.Id)), ann.LastMessage);
        var card = ann.LastMessage;
        Assert.Contains("Next reminder: 13 Mar 2026, 10:00.", card.Text, StringComparison.Ordinal);

        await ann.Taps("🔕 Mute reminders", card);
        Assert.Contains("🔕 Reminders for this SIM are off.", card.Text, StringComparison.Ordinal);
        Assert.Equal("Muted 🔕", ann.LastCallbackAnswer.Text);
        Assert.True((await _bot.Get<IReminderStore>().Find(sim.Id, CancellationToken.None)).Muted);
        Assert.Equal(sim.Revision, (await _bot.Get<ISimStore>().FindOwned(ann.Id, sim.Id, CancellationToken.None))!.Revision);

        await ann.Sends("/settings");
        await ann.Taps("🔔 Muted SIMs: 1");
        await ann.Taps("🔔 Bank");
        Assert.Contains("No SIM is muted", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.False((await _bot.Get<IReminderStore>().Find(sim.Id, CancellationToken.None)).Muted);
    }

    [Fact]
    public async Task Pausing_shows_on_the_card_and_new_settings_make_the_users_sims_due_for_a_fresh_look()
    {
        var ann = _bot.User();
        var sim = await AddSim(ann, deadline: new DateOnly(2026, 3, 20));
        var store = _bot.Get<IReminderStore>();
        await _bot.Get<ReminderScan>().Run(CancellationToken.None);
        Assert.DoesNotContain(store.Due(_bot.Clock.GetUtcNow(), 10), e => e.SimId == sim.Id);

        await ann.Sends("/settings");
        await ann.Taps("⏸ Pause all reminders");
        Assert.Contains("Paused", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal("All reminders paused ⏸", ann.LastCallbackAnswer.Text);
        Assert.Contains(store.Due(_bot.Clock.GetUtcNow(), 10), e => e.SimId == sim.Id);

        await ann.TapsData(CallbackData.Pack(new OpenSim(sim.Id)), ann.LastMessage);
        Assert.Contains("⏸ Reminders are paused", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Sends("/settings");
        await ann.Taps("▶️ Resume reminders");
        Assert.Contains("✅ On.", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_mute_of_someone_elses_sim_is_not_found()
    {
        var ann = _bot.User();
        var bob = _bot.User(1002, "Bob");
        var sim = await AddSim(ann, deadline: new DateOnly(2026, 3, 20));
        await bob.Sends("/start");

        await bob.TapsData(CallbackData.Pack(new MuteSim(sim.Id, true, MuteFrom.Card)), bob.LastMessage);

        Assert.Equal("This SIM no longer exists.", bob.LastCallbackAnswer.Text);
        Assert.False((await _bot.Get<IReminderStore>().Find(sim.Id, CancellationToken.None)).Muted);
    }

    /// <summary>An MTS SIM (90 days without paid activity) whose last day to act is <paramref name="deadline"/>.</summary>
    internal static async Task<Sim> AddSim(BotHarness bot, FakeUser user, DateOnly deadline, string? label = null)
    {
        await user.Sends("/start");
        var now = bot.Clock.GetUtcNow();
        return await bot.Get<ISimStore>().Add(
            new Sim
            {
                Id = 0,
                OwnerId = user.Id,
                OperatorId = "mts",
                Number = "+7916" + (1_000_000 + (user.Id % 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Label = label,
                LastPaidActivity = new PaidActivity(deadline.AddDays(1 - 90), ActivityKind.Call),
                CreatedAt = now,
                UpdatedAt = now,
            },
            CancellationToken.None);
    }

    private Task<Sim> AddSim(FakeUser user, DateOnly deadline, string? label = null) => AddSim(_bot, user, deadline, label);
}
