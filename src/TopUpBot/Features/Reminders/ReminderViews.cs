using System.Globalization;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Features.Reminders;

/// <summary>The reminder message, the settings page, and the reminder line of a SIM card and the SIM list.</summary>
internal sealed class ReminderViews(TextCatalog texts, SimViews sims, OperatorCatalog catalog)
{
    /// <summary>The push message for <paramref name="due"/>, in the user's language and time zone.</summary>
    public OutboxMessage Message(UserProfile profile, Sim sim, SimOutlook outlook, ReminderDue due, DateTimeOffset now)
    {
        var t = texts.For(profile.Language);
        var today = LocalClock.Today(now, profile.ReminderSettings().TimeZone);
        var header = t.Format(
            due.Stage.Kind == ReminderStageKind.Final ? "Reminders.Header.Final" : "Reminders.Header",
            sims.Title(t, sim),
            sim.Label is null ? string.Empty : " · " + sims.OperatorName(t, sim.OperatorId), // an unnamed SIM's title is already its operator
            SimViews.Masked(sim.Number));
        var body = due.Stage.Kind == ReminderStageKind.Final ? Final(t, sim, due.Deadline) : Regular(t, sim, outlook, due.Deadline, today);
        var snoozed = due.SnoozedAt is null ? string.Empty : t["Reminders.Snoozed"] + "\n";
        return new OutboxMessage(due.Key(sim.Id), profile.Id, profile.Id, snoozed + header + "\n" + body, ReminderKeyboards.Reminder(t, sim, due.Deadline), now);
    }

    /// <summary>A line for the SIM card: when the next reminder comes, or why none will.</summary>
    public static string CardLine(Texts.Texts t, UserProfile profile, SimOutlook outlook, ReminderState state, DateTimeOffset now) =>
        Line(t, profile, outlook, state, now, "Reminders.Line.");

    /// <summary>The same, short, for the SIM list.</summary>
    public static string ListMark(Texts.Texts t, UserProfile profile, SimOutlook outlook, ReminderState state, DateTimeOffset now) =>
        Line(t, profile, outlook, state, now, "Reminders.Short.");

    public static string Settings(Texts.Texts t, UserProfile profile, DateTimeOffset now)
    {
        var settings = profile.ReminderSettings();
        var offsets = settings.Offsets.Count == 0
            ? t["Reminders.Settings.NoOffsets"]
            : string.Join(" · ", settings.Offsets.Select(days => days == 0 ? t["Reminders.Button.OnTheDay"] : t.Format("Reminders.Button.DaysBefore", days)));
        return t.Format(
            "Reminders.Settings",
            new Html(t[settings.Paused ? "Reminders.Status.Paused" : "Reminders.Status.On"]),
            offsets,
            ReminderKeyboards.Hour(settings.DeliveryHour),
            settings.TimeZone.Id,
            LocalTime(now, settings.TimeZone));
    }

    /// <summary>"3 Mar 2026, 10:00" where the user lives.</summary>
    public static string LocalDateTime(Texts.Texts t, DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return t.Format("Reminders.At", DateOnly.FromDateTime(local.DateTime), local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    public static string LocalTime(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Line(Texts.Texts t, UserProfile profile, SimOutlook outlook, ReminderState state, DateTimeOffset now, string prefix)
    {
        if (profile.RemindersPaused)
        {
            return t[prefix + "Paused"];
        }

        if (state.Muted)
        {
            return t[prefix + "Muted"];
        }

        var settings = profile.ReminderSettings();
        var plan = ReminderPlanner.Plan(ReminderPlanner.Deadline(outlook.NextAction, state.Deadline), settings, state, now);
        return plan switch
        {
            { Due: not null } => t[prefix + "Now"],
            { NextDueAt: { } at } => t.Format(prefix + "Next", new Html(LocalDateTime(t, at, settings.TimeZone))),
            _ => t[prefix + "None"],
        };
    }

    private string Regular(Texts.Texts t, Sim sim, SimOutlook outlook, DateOnly deadline, DateOnly today)
    {
        var daysLeft = deadline.DayNumber - today.DayNumber;
        var status = daysLeft switch
        {
            > 1 => t.Format("Reminders.DaysLeft", daysLeft),
            1 => t["Reminders.Tomorrow"],
            0 => t["Reminders.Today"],
            _ => t.Format("Reminders.Overdue", -daysLeft),
        };

        // The event is the day after the last day to act.
        var eventDay = deadline.AddDays(1);
        var when = eventDay > today ? "Future" : "Past";
        var happens = outlook.NextAction.Reason switch
        {
            ActionReason.BalanceRunsOut => t.Format($"Reminders.Event.Balance.{when}", eventDay),
            ActionReason.NoPaidActivityKnown or ActionReason.LastActivityWasTopUp => t["Reminders.Event.Unknown"],
            _ => t.Format($"Reminders.Event.Fee.{when}", eventDay),
        };
        var todo = daysLeft >= 0 ? t.Format("Reminders.ToDo", new Html(SimViews.NextAction(t, sim, outlook)))
            : outlook.NextAction.Kind == NextActionKind.TopUp ? t.Format("Reminders.Late.TopUp", new Html(t.Rubles(outlook.NextAction.MinimumTopUp ?? DeadlineEngine.MinimumTopUp)))
            : t["Reminders.Late.PaidAction"];
        return status + "\n" + happens + "\n\n" + todo + sims.Reason(t, sim, outlook);
    }

    private string Final(Texts.Texts t, Sim sim, DateOnly deadline)
    {
        var name = sims.OperatorName(t, sim.OperatorId);
        return t.Format("Reminders.Final", deadline, name, new Html(Support(t, catalog.Find(sim.OperatorId))));
    }

    /// <summary>"• Call support: 0890 from this SIM, +7 495 … from any phone (unverified)." or nothing when no number is known.</summary>
    private static string Support(Texts.Texts t, OperatorInfo? info)
    {
        if (info is null)
        {
            return string.Empty;
        }

        var numbers = new List<string>();
        if (info.Support.ShortNumber.Value is { } shortNumber)
        {
            numbers.Add(t.Format("Reminders.Support.Short", shortNumber));
        }

        if (info.Support.FromAbroad.Value is { } fromAbroad)
        {
            numbers.Add(t.Format("Reminders.Support.Abroad", fromAbroad));
        }

        if (numbers.Count == 0)
        {
            return string.Empty;
        }

        var unverified = (info.Support.ShortNumber is { IsKnown: true, Unverified: true }) || (info.Support.FromAbroad is { IsKnown: true, Unverified: true })
            ? " " + t["Reminders.Unverified"]
            : string.Empty;
        return t.Format("Reminders.Support", new Html(string.Join(", ", numbers) + unverified)) + "\n";
    }
}
