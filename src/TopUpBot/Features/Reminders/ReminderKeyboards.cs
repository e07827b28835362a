using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Guide;
using TopUpBot.Features.Menu;
using TopUpBot.Features.Sims;
using TopUpBot.Features.TopUps;
using static TopUpBot.Features.Menu.MenuKeyboards;

namespace TopUpBot.Features.Reminders;

internal static class ReminderKeyboards
{
    public static InlineKeyboardMarkup Reminder(Texts.Texts t, Sim sim, DateOnly deadline) => new(
    [
        [Button(t["Reminders.Button.ToppedUp"], new StartTopUp(sim.Id)), Button(t["Reminders.Button.PaidAction"], new ReminderPaidAction(sim.Id, deadline))],
        [Button(t["Reminders.Button.Snooze1"], new SnoozeReminder(sim.Id, deadline, 1)), Button(t["Reminders.Button.Snooze3"], new SnoozeReminder(sim.Id, deadline, 3))],
        [Button(t["Reminders.Button.HowToTopUp"], new OpenGuide(sim.OperatorId, null)), Button(t["Reminders.Button.Mute"], new MuteSim(sim.Id, true, MuteFrom.Reminder))],
    ]);

    /// <summary>Under a reminder once one of its buttons was used.</summary>
    public static InlineKeyboardMarkup Handled(Texts.Texts t, long simId) => new(
    [
        [Button(t["Reminders.Button.OpenSim"], new OpenSim(simId)), Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))],
    ]);

    public static InlineKeyboardMarkup Muted(Texts.Texts t, long simId) => new(
    [
        [Button(t["Reminders.Button.Unmute"], new MuteSim(simId, false, MuteFrom.Reminder)), Button(t["Reminders.Button.OpenSim"], new OpenSim(simId))],
    ]);

    /// <summary>The mute toggle on a SIM card.</summary>
    public static InlineKeyboardButton MuteToggle(Texts.Texts t, long simId, bool muted) =>
        Button(t[muted ? "Reminders.Button.UnmuteCard" : "Reminders.Button.MuteCard"], new MuteSim(simId, !muted, MuteFrom.Card));

    public static InlineKeyboardMarkup Settings(Texts.Texts t, ReminderSettings settings, string timeZoneId, int mutedCount)
    {
        var offsets = ReminderSettings.AllowedOffsets
            .Select(days => Button(
                (settings.Offsets.Contains(days) ? "✅ " : "▫️ ") + (days == 0 ? t["Reminders.Button.OnTheDay"] : t.Format("Reminders.Button.DaysBefore", days)),
                new ToggleReminderOffset(days)))
            .Chunk(3);
        var rows = offsets
            .Append([
                Button(t.Format("Reminders.Button.Hour", Hour(settings.DeliveryHour)), new ChooseReminderHour(null)),
                Button("🌍 " + timeZoneId, new ChooseTimeZone(null)),
            ])
            .Append([Button(t[settings.Paused ? "Reminders.Button.Resume" : "Reminders.Button.Pause"], new PauseReminders(!settings.Paused))]);
        if (mutedCount > 0)
        {
            rows = rows.Append([Button(t.Format("Reminders.Button.MutedSims", mutedCount), new ListMutedSims())]);
        }

        return new InlineKeyboardMarkup(rows.Append([Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))]));
    }

    public static InlineKeyboardMarkup Hours(Texts.Texts t, int current) => new(
        Enumerable.Range(0, 24)
            .Select(hour => Button((hour == current ? "✅ " : string.Empty) + Hour(hour), new ChooseReminderHour(hour)))
            .Chunk(4)
            .Append([Button(t["Common.Back"], new OpenReminderSettings())]));

    public static InlineKeyboardMarkup TimeZones(Texts.Texts t, string current) => new(
        ReminderTimeZones.Common
            .Select((id, index) => Button((id == current ? "✅ " : string.Empty) + id, new ChooseTimeZone(index)))
            .Chunk(2)
            .Append([Button(t["Reminders.Button.TypeZone"], new TypeTimeZone())])
            .Append([Button(t["Common.Back"], new OpenReminderSettings())]));

    public static InlineKeyboardMarkup BackToSettings(Texts.Texts t) => new([[Button(t["Common.Back"], new OpenReminderSettings())]]);

    public static InlineKeyboardMarkup MutedSims(Texts.Texts t, IEnumerable<(long SimId, string Title)> muted) => new(
        muted.Select(m => new[] { Button("🔔 " + m.Title, new MuteSim(m.SimId, false, MuteFrom.Settings)) })
            .Append([Button(t["Common.Back"], new OpenReminderSettings())]));

    public static string Hour(int hour) => $"{hour:00}:00";
}
