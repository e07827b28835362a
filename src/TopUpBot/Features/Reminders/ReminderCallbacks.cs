using TopUpBot.Routing;

namespace TopUpBot.Features.Reminders;

/// <summary>Where a mute or unmute button was pressed, so the same screen is shown again afterwards.</summary>
internal enum MuteFrom
{
    Card = 1,
    Reminder = 2,
    Settings = 3,
}

[Callback("rs", 1)]
internal sealed record OpenReminderSettings : ICallback;

/// <summary>Switches a "days before" offset on or off.</summary>
[Callback("rso", 1)]
internal sealed record ToggleReminderOffset(int Days) : ICallback;

/// <summary>Sets the delivery hour; without one, shows the 24 hours.</summary>
[Callback("rsh", 1)]
internal sealed record ChooseReminderHour(int? Hour) : ICallback;

/// <summary>
/// Sets a time zone from <see cref="Domain.Reminders.ReminderTimeZones.Common"/> by position; without one, shows them.
/// Bump the version if that list is reordered.
/// </summary>
[Callback("rsz", 1)]
internal sealed record ChooseTimeZone(int? Index) : ICallback;

/// <summary>Asks for a typed IANA time zone name.</summary>
[Callback("rszt", 1)]
internal sealed record TypeTimeZone : ICallback;

[Callback("rsp", 1)]
internal sealed record PauseReminders(bool Paused) : ICallback;

/// <summary>Lists the muted SIMs, each with an unmute button.</summary>
[Callback("rsm", 1)]
internal sealed record ListMutedSims : ICallback;

[Callback("rmu", 1)]
internal sealed record MuteSim(long SimId, bool Muted, MuteFrom From) : ICallback;

/// <summary>A reminder's snooze button: nothing about this SIM for <see cref="Days"/> days; the deadline does not move.</summary>
[Callback("rsn", 1)]
internal sealed record SnoozeReminder(long SimId, DateOnly Deadline, int Days) : ICallback;

/// <summary>A reminder's "I made a paid call/SMS": records paid activity today.</summary>
[Callback("rpa", 1)]
internal sealed record ReminderPaidAction(long SimId, DateOnly Deadline) : ICallback;
