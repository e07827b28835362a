using System.Globalization;

namespace TopUpBot.Domain.Reminders;

/// <summary>A reminder to deliver now.</summary>
/// <param name="Deadline">The deadline date it is about.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="SnoozedAt">
/// Set when it repeats <paramref name="Stage"/> at the end of a snooze that ended at this instant; such a repeat is
/// a message of its own.
/// </param>
public sealed record ReminderDue(DateOnly Deadline, ReminderStage Stage, DateTimeOffset? SnoozedAt = null)
{
    /// <summary>Names the message, so the same (SIM, deadline, stage) is never queued twice.</summary>
    public string Key(long simId)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"reminder:{simId}:{Deadline:yyyyMMdd}:{Stage.Code}");
        return SnoozedAt is { } at ? key + ":snooze" + at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : key;
    }
}
