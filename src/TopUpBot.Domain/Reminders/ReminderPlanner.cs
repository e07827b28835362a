using TopUpBot.Domain.Sims;

namespace TopUpBot.Domain.Reminders;

/// <summary>What the scan does with one SIM now.</summary>
/// <param name="Due">The reminder to deliver now, or null.</param>
/// <param name="NextDueAt">When this SIM next needs a look, assuming <paramref name="Due"/> is delivered; null for never.</param>
/// <param name="State">The state to store with <paramref name="Due"/> (or without, when it is null).</param>
public sealed record ReminderPlan(ReminderDue? Due, DateTimeOffset? NextDueAt, ReminderState State);

/// <summary>
/// Decides which reminder of a SIM is due. Each stage is due at <see cref="ReminderSettings.DeliveryHour"/> on its
/// local date (<see cref="LocalClock.At"/>). Only the most urgent due stage is delivered, once; the stages it
/// passes over are never sent, so downtime never causes a burst of stale reminders.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>
    /// The deadline the reminders follow: the next action's date, except that a date which only says "today" because
    /// the inactivity clock cannot be read stays where it was first seen, so it does not move on every day.
    /// </summary>
    public static DateOnly? Deadline(NextAction action, DateOnly? tracked)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.DueOn is not { } due)
        {
            return null;
        }

        var floating = action.Reason is ActionReason.NoPaidActivityKnown or ActionReason.LastActivityWasTopUp;
        return floating && tracked is { } anchor && anchor <= due ? anchor : due;
    }

    public static ReminderPlan Plan(DateOnly? deadline, ReminderSettings settings, ReminderState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Deadline != deadline)
        {
            state = state with { Deadline = deadline, LastStage = null, SnoozedUntil = null };
        }

        if (deadline is not { } date || settings.Paused || state.Muted)
        {
            return new ReminderPlan(null, null, state);
        }

        var today = LocalClock.Today(now, settings.TimeZone);
        var pending = settings.Stages()
            .Where(stage => state.LastStage is not { } last || stage > last)
            .Select(stage => new Timed(stage, date.AddDays(stage.Day), settings.DeliveryHour, settings.TimeZone))
            .ToList();

        // Stage times grow with the stage: each is on a later local date at the same hour.
        var latestDue = pending.LastOrDefault(p => p.At <= now);
        var upcoming = pending.FirstOrDefault(p => p.At > now);
        ReminderDue? due;
        if (state.SnoozedUntil is { } until)
        {
            if (now < until)
            {
                return new ReminderPlan(null, until, state);
            }

            due = latestDue is not null ? new ReminderDue(date, latestDue.Stage)
                : state.LastStage is { } repeat ? new ReminderDue(date, repeat, until)
                : null;
            state = state with { SnoozedUntil = null };
        }
        else
        {
            // A stage left over from an earlier day waits for a newer one due later today, rather than come just before it.
            var supersededToday = latestDue?.On < today && upcoming?.On == today;
            due = latestDue is null || supersededToday ? null : new ReminderDue(date, latestDue.Stage);
        }

        if (due is not null)
        {
            state = state with { LastStage = due.Stage };
        }

        return new ReminderPlan(due, upcoming?.At, state);
    }

    /// <summary>A stage with its local date and the instant it is due.</summary>
    private sealed record Timed(ReminderStage Stage, DateOnly On, DateTimeOffset At)
    {
        public Timed(ReminderStage stage, DateOnly on, int hour, TimeZoneInfo zone)
            : this(stage, on, LocalClock.At(on, hour, zone))
        {
        }
    }
}
