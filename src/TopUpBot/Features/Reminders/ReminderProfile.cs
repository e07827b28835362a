using TopUpBot.Domain.Reminders;
using TopUpBot.Users;

namespace TopUpBot.Features.Reminders;

internal static class ReminderProfile
{
    /// <summary>The user's reminder settings; a broken stored hour or zone falls back to the defaults, never stops reminders.</summary>
    public static ReminderSettings ReminderSettings(this UserProfile profile) => new(
        profile.ReminderOffsets ?? [],
        profile.ReminderHour is >= 0 and <= 23 ? profile.ReminderHour : Domain.Reminders.ReminderSettings.DefaultHour,
        ReminderTimeZones.FindOrUtc(profile.TimeZone),
        profile.RemindersPaused);
}
