namespace TopUpBot.Domain.Reminders;

/// <summary>Wall-clock times in a user's time zone, converted to instants.</summary>
public static class LocalClock
{
    /// <summary>The calendar date at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    /// <summary>
    /// The instant the wall clock in <paramref name="zone"/> shows <paramref name="hour"/>:00 on <paramref name="date"/>.
    /// Daylight saving rule: an hour the clock skips (spring forward) becomes the same time after the jump, e.g.
    /// 02:00 in Berlin on the last Sunday of March is 03:00 summer time; an hour the clock shows twice (autumn)
    /// is its first occurrence, so a reminder never comes later than the user asked.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, int hour, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the jump puts the instant just as far past it as the hour was into the gap.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }
}
