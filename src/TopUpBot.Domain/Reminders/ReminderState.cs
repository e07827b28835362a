namespace TopUpBot.Domain.Reminders;

/// <summary>
/// What has happened to one SIM's reminders. Stages are delivered in order of urgency, so one high-water mark is
/// enough: every stage up to <see cref="LastStage"/> is done (delivered, or skipped as stale during a catch-up).
/// </summary>
/// <param name="Deadline">The deadline date the stages belong to; a different deadline starts them afresh.</param>
/// <param name="LastStage">The most urgent stage delivered for <paramref name="Deadline"/>, if any.</param>
/// <param name="SnoozedUntil">No reminder before this instant; at it, the latest reminder is repeated if none newer is due.</param>
/// <param name="Muted">The user muted this SIM.</param>
public sealed record ReminderState(DateOnly? Deadline, ReminderStage? LastStage, DateTimeOffset? SnoozedUntil, bool Muted)
{
    public static ReminderState Empty { get; } = new(null, null, null, false);

    /// <summary>Snoozed until <paramref name="until"/>; a snooze of another deadline than the stored one starts its stages afresh.</summary>
    public ReminderState SnoozedFor(DateOnly deadline, DateTimeOffset until) =>
        Deadline == deadline ? this with { SnoozedUntil = until } : new ReminderState(deadline, null, until, Muted);
}
