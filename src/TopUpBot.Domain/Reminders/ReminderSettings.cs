namespace TopUpBot.Domain.Reminders;

/// <summary>A user's reminder preferences. Offsets outside <see cref="AllowedOffsets"/> are dropped.</summary>
public sealed class ReminderSettings
{
    public const int DefaultHour = 10;

    public ReminderSettings(IEnumerable<int> offsets, int deliveryHour, TimeZoneInfo timeZone, bool paused)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentOutOfRangeException.ThrowIfNegative(deliveryHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(deliveryHour, 23);
        Offsets = [.. AllowedOffsets.Where(offsets.Contains)];
        DeliveryHour = deliveryHour;
        TimeZone = timeZone;
        Paused = paused;
    }

    /// <summary>Days before a deadline a user may choose, largest first.</summary>
    public static IReadOnlyList<int> AllowedOffsets { get; } = [30, 14, 7, 3, 1, 0];

    public static IReadOnlyList<int> DefaultOffsets { get; } = [7, 3, 1, 0];

    /// <summary>Days before the deadline that get a reminder, largest first; may be empty (then only overdue ones come).</summary>
    public IReadOnlyList<int> Offsets { get; }

    /// <summary>Local hour (0-23) at which every reminder of a day is delivered.</summary>
    public int DeliveryHour { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>All reminders of the user are off.</summary>
    public bool Paused { get; }

    public static ReminderSettings Default(TimeZoneInfo timeZone) => new(DefaultOffsets, DefaultHour, timeZone, paused: false);

    /// <summary>The stages these settings deliver, least urgent first: the chosen offsets, the overdue days, the final message.</summary>
    public IEnumerable<ReminderStage> Stages() =>
        Offsets.Select(ReminderStage.DaysBefore)
            .Concat(Enumerable.Range(1, ReminderStage.OverdueDays).Select(ReminderStage.Overdue))
            .Append(ReminderStage.Final);

    /// <summary>The offsets with <paramref name="offset"/> switched on or off.</summary>
    public static IReadOnlyList<int> Toggle(IEnumerable<int> offsets, int offset)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        var set = offsets.Where(AllowedOffsets.Contains).ToHashSet();
        if (!set.Remove(offset) && AllowedOffsets.Contains(offset))
        {
            set.Add(offset);
        }

        return [.. AllowedOffsets.Where(set.Contains)];
    }
}
