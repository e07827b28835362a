using System.Globalization;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Reminders.LocalClockTests;

namespace TopUpBot.Domain.Tests.Reminders;

/// <summary>Which reminder is due when. Unless a case says otherwise: UTC, 10:00, offsets 7, 3, 1, 0.</summary>
public class ReminderPlannerTests
{
    private static readonly ReminderSettings Defaults = Settings();

    public static TheoryData<string, string, string?, string, string?, string?> Cases => new()
    {
        // description, deadline, last stage delivered, now, stage due now, next due
        { "long before the first stage", "2026-03-20", null, "2026-03-01T09:00Z", null, "2026-03-13T10:00Z" },
        { "a minute before 7 days before", "2026-03-20", null, "2026-03-13T09:59Z", null, "2026-03-13T10:00Z" },
        { "7 days before, at the hour", "2026-03-20", null, "2026-03-13T10:00Z", "b7", "2026-03-17T10:00Z" },
        { "7 days before delivered; the next is 3 days before", "2026-03-20", "b7", "2026-03-14T10:00Z", null, "2026-03-17T10:00Z" },
        { "deadline today, at the hour", "2026-03-01", "b1", "2026-03-01T10:00Z", "b0", "2026-03-02T10:00Z" },
        { "deadline today, after the hour, nothing sent yet", "2026-03-01", null, "2026-03-01T15:00Z", "b0", "2026-03-02T10:00Z" },
        { "deadline today before the hour: yesterday's stage waits for today's", "2026-03-01", null, "2026-03-01T09:00Z", null, "2026-03-01T10:00Z" },
        { "added after the hour with a stage already due", "2026-03-04", null, "2026-03-01T15:00Z", "b3", "2026-03-03T10:00Z" },
        { "added before the hour with an older stage due and none today", "2026-03-05", null, "2026-03-01T09:00Z", "b7", "2026-03-02T10:00Z" },
        { "catch-up after downtime: only the most urgent", "2026-03-10", "b7", "2026-03-12T12:00Z", "o2", "2026-03-13T10:00Z" },
        { "catch-up on a later day before the hour waits for that day's", "2026-03-10", "b7", "2026-03-12T09:00Z", null, "2026-03-12T10:00Z" },
        { "overdue day 1", "2026-03-10", "b0", "2026-03-11T10:00Z", "o1", "2026-03-12T10:00Z" },
        { "overdue day 7", "2026-03-10", "o6", "2026-03-17T10:00Z", "o7", "2026-03-18T10:00Z" },
        { "final message the day after the seventh", "2026-03-10", "o7", "2026-03-18T10:00Z", "final", null },
        { "after the final message nothing more", "2026-03-10", "final", "2026-04-30T10:00Z", null, null },
        { "long overdue new SIM: only the final message", "2025-12-01", null, "2026-03-01T15:00Z", "final", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_most_urgent_due_stage_is_due_and_the_next_is_scheduled(string description, string deadline, string? last, string now, string? due, string? next)
    {
        var state = ReminderState.Empty with { Deadline = Date(deadline), LastStage = Stage(last) };

        var plan = ReminderPlanner.Plan(Date(deadline), Defaults, state, Instant(now));

        Assert.True(due == plan.Due?.Stage.Code, $"{description}: due {plan.Due?.Stage.Code ?? "nothing"}, expected {due ?? "nothing"}");
        Assert.Equal(next is null ? null : Instant(next), plan.NextDueAt);
        Assert.Equal(due is null ? Stage(last) : Stage(due), plan.State.LastStage);
        Assert.Null(plan.Due?.SnoozedAt);
    }

    public static TheoryData<int[], string[]> OffsetCases => new()
    {
        { [7, 3, 1, 0], ["b7", "b3", "b1", "b0", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "final"] },
        { [30, 14, 7, 3, 1, 0], ["b30", "b14", "b7", "b3", "b1", "b0", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "final"] },
        { [30], ["b30", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "final"] },
        { [], ["o1", "o2", "o3", "o4", "o5", "o6", "o7", "final"] },
    };

    /// <summary>Scanning every 10 minutes from 40 days before to 20 days after delivers each chosen stage once, on its date at the hour.</summary>
    [Theory]
    [MemberData(nameof(OffsetCases))]
    public void A_regular_scan_delivers_every_chosen_stage_once_at_its_hour(int[] offsets, string[] expected)
    {
        var deadline = new DateOnly(2026, 6, 15);
        var settings = Settings(offsets: offsets, zone: "Asia/Shanghai");

        var delivered = Walk(deadline, settings, Instant("2026-05-06T00:00Z"), Instant("2026-07-05T00:00Z"), TimeSpan.FromMinutes(10));

        Assert.Equal(expected, delivered.Select(d => d.Stage.Code));
        foreach (var (stage, at) in delivered)
        {
            var local = TimeZoneInfo.ConvertTime(at, settings.TimeZone);
            Assert.Equal(deadline.AddDays(stage.Day), DateOnly.FromDateTime(local.DateTime));
            Assert.Equal((10, 0), (local.Hour, local.Minute));
        }
    }

    [Theory]
    [InlineData("2026-03-29", 2, "2026-03-28T01:00Z", "2026-03-29T01:00Z", "2026-03-30T00:00Z")]
    [InlineData("2026-03-29", 10, "2026-03-28T09:00Z", "2026-03-29T08:00Z", "2026-03-30T08:00Z")]
    [InlineData("2026-10-25", 2, "2026-10-24T00:00Z", "2026-10-25T00:00Z", "2026-10-26T01:00Z")]
    [InlineData("2026-10-25", 10, "2026-10-24T08:00Z", "2026-10-25T09:00Z", "2026-10-26T09:00Z")]
    public void In_Berlin_the_stages_around_a_clock_change_come_at_the_local_hour(string deadline, int hour, string dayBefore, string onTheDay, string dayAfter)
    {
        var settings = Settings(hour: hour, zone: "Europe/Berlin");

        var threeDaysBefore = ReminderState.Empty with { Deadline = Date(deadline), LastStage = ReminderStage.DaysBefore(3) };

        var delivered = Walk(Date(deadline)!.Value, settings, Instant(deadline + "T00:00Z").AddDays(-2), Instant(deadline + "T00:00Z").AddDays(2), TimeSpan.FromMinutes(1), threeDaysBefore);

        Assert.Equal(["b1", "b0", "o1"], delivered.Select(d => d.Stage.Code));
        Assert.Equal([Instant(dayBefore), Instant(onTheDay), Instant(dayAfter)], delivered.Select(d => d.At));
    }

    [Fact]
    public void A_Shanghai_user_gets_the_reminder_at_10_Shanghai_time()
    {
        var settings = Settings(zone: "Asia/Shanghai");
        var deadline = new DateOnly(2026, 3, 10);

        Assert.Null(ReminderPlanner.Plan(deadline, settings, ReminderState.Empty with { Deadline = deadline, LastStage = ReminderStage.DaysBefore(1) }, Instant("2026-03-10T01:59Z")).Due);
        Assert.Equal("b0", ReminderPlanner.Plan(deadline, settings, ReminderState.Empty with { Deadline = deadline, LastStage = ReminderStage.DaysBefore(1) }, Instant("2026-03-10T02:00Z")).Due?.Stage.Code);
    }

    [Fact]
    public void A_new_deadline_starts_the_stages_afresh()
    {
        var done = new ReminderState(new DateOnly(2026, 3, 10), ReminderStage.Final, Instant("2026-03-20T12:00Z"), false);

        var plan = ReminderPlanner.Plan(new DateOnly(2026, 6, 10), Defaults, done, Instant("2026-03-20T10:00Z"));

        Assert.Null(plan.Due);
        Assert.Equal(Instant("2026-06-03T10:00Z"), plan.NextDueAt);
        Assert.Equal(new ReminderState(new DateOnly(2026, 6, 10), null, null, false), plan.State);
    }

    [Fact]
    public void A_new_deadline_that_is_already_due_is_reminded_at_once()
    {
        var old = ReminderState.Empty with { Deadline = new DateOnly(2026, 6, 10), LastStage = ReminderStage.DaysBefore(30) };

        var plan = ReminderPlanner.Plan(new DateOnly(2026, 3, 2), Defaults, old, Instant("2026-03-01T12:00Z"));

        Assert.Equal(new ReminderDue(new DateOnly(2026, 3, 2), ReminderStage.DaysBefore(1)), plan.Due);
    }

    [Fact]
    public void No_deadline_means_no_reminder_and_no_next_look()
    {
        var plan = ReminderPlanner.Plan(null, Defaults, ReminderState.Empty with { Deadline = new DateOnly(2026, 3, 1) }, Instant("2026-03-01T12:00Z"));

        Assert.Equal(new ReminderPlan(null, null, ReminderState.Empty), plan);
    }

    [Fact]
    public void Paused_settings_stop_every_reminder()
    {
        var plan = ReminderPlanner.Plan(new DateOnly(2026, 3, 1), Settings(paused: true), ReminderState.Empty, Instant("2026-03-01T12:00Z"));

        Assert.Null(plan.Due);
        Assert.Null(plan.NextDueAt);
    }

    [Fact]
    public void A_muted_sim_gets_nothing_and_stays_muted()
    {
        var muted = ReminderState.Empty with { Muted = true };

        var plan = ReminderPlanner.Plan(new DateOnly(2026, 3, 1), Defaults, muted, Instant("2026-03-01T12:00Z"));

        Assert.Null(plan.Due);
        Assert.Null(plan.NextDueAt);
        Assert.True(plan.State.Muted);
    }

    [Fact]
    public void A_snooze_holds_everything_back_until_it_ends_and_then_repeats_the_reminder_once()
    {
        var deadline = new DateOnly(2026, 3, 10);
        var until = Instant("2026-03-08T10:05Z");
        var snoozed = new ReminderState(deadline, ReminderStage.DaysBefore(3), until, false);

        var during = ReminderPlanner.Plan(deadline, Defaults, snoozed, Instant("2026-03-08T10:04Z"));
        Assert.Null(during.Due);
        Assert.Equal(until, during.NextDueAt);
        Assert.Equal(snoozed, during.State);

        var after = ReminderPlanner.Plan(deadline, Defaults, snoozed, until);
        Assert.Equal(new ReminderDue(deadline, ReminderStage.DaysBefore(3), until), after.Due);
        Assert.Equal(Instant("2026-03-09T10:00Z"), after.NextDueAt);
        Assert.Null(after.State.SnoozedUntil);

        var again = ReminderPlanner.Plan(deadline, Defaults, after.State, until.AddMinutes(1));
        Assert.Null(again.Due);
    }

    [Fact]
    public void Stages_that_fall_inside_a_snooze_give_way_to_the_latest_one_when_it_ends()
    {
        var deadline = new DateOnly(2026, 3, 10);
        var until = Instant("2026-03-10T10:05Z");
        var snoozed = new ReminderState(deadline, ReminderStage.DaysBefore(3), until, false);

        Assert.Null(ReminderPlanner.Plan(deadline, Defaults, snoozed, Instant("2026-03-09T10:00Z")).Due);
        var after = ReminderPlanner.Plan(deadline, Defaults, snoozed, Instant("2026-03-10T10:05Z"));

        Assert.Equal(new ReminderDue(deadline, ReminderStage.DaysBefore(0)), after.Due);
        Assert.Equal(Instant("2026-03-11T10:00Z"), after.NextDueAt);
    }

    [Fact]
    public void A_new_deadline_ends_a_snooze()
    {
        var snoozed = new ReminderState(new DateOnly(2026, 3, 10), ReminderStage.DaysBefore(3), Instant("2026-03-10T10:05Z"), false);

        var plan = ReminderPlanner.Plan(new DateOnly(2026, 3, 9), Defaults, snoozed, Instant("2026-03-08T10:00Z"));

        Assert.Equal("b1", plan.Due?.Stage.Code);
        Assert.Null(plan.State.SnoozedUntil);
    }

    /// <summary>Whatever the scan times, nothing is delivered twice, early, or out of order, and a restart loses nothing.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Irregular_scans_never_repeat_a_stage_nor_deliver_one_early(int seed)
    {
        var random = new Random(seed);
        var settings = Settings(offsets: [30, 7, 1, 0], hour: random.Next(24), zone: random.Next(2) == 0 ? "Europe/Berlin" : "America/New_York");
        var deadline = new DateOnly(2026, 3, 1).AddDays(random.Next(300));
        var now = LocalClock.At(deadline.AddDays(-40), 0, TimeZoneInfo.Utc);
        var state = ReminderState.Empty;
        var delivered = new List<ReminderStage>();
        while (now < LocalClock.At(deadline.AddDays(20), 0, TimeZoneInfo.Utc))
        {
            // Mostly every minute, sometimes down for hours or days.
            now = now.Add(random.Next(10) == 0 ? TimeSpan.FromHours(random.Next(1, 100)) : TimeSpan.FromMinutes(1));
            var plan = ReminderPlanner.Plan(deadline, settings, state, now);
            if (plan.Due is { } due)
            {
                Assert.True(LocalClock.At(deadline.AddDays(due.Stage.Day), settings.DeliveryHour, settings.TimeZone) <= now);
                Assert.True(delivered.Count == 0 || due.Stage > delivered[^1], $"{due.Stage} after {delivered.LastOrDefault()}");
                delivered.Add(due.Stage);
            }

            Assert.True(plan.NextDueAt is null || plan.NextDueAt > now);
            state = plan.State;
        }

        Assert.Equal(ReminderStage.Final, delivered[^1]);
    }

    public static TheoryData<NextAction, string?, string?> DeadlineCases => new()
    {
        { new NextAction(NextActionKind.PaidAction, Date("2026-05-27"), null, ActionReason.TopUpDoesNotCountAsActivity), null, "2026-05-27" },
        { new NextAction(NextActionKind.PaidAction, Date("2026-05-27"), null, ActionReason.TopUpDoesNotCountAsActivity), "2026-03-01", "2026-05-27" },
        { new NextAction(NextActionKind.TopUp, Date("2026-04-01"), 150m, ActionReason.BalanceRunsOut), "2026-06-01", "2026-04-01" },
        { new NextAction(NextActionKind.None, null, null, ActionReason.RulesUnknown), "2026-03-01", null },
        // "Act today" because no counted activity is known: the first day it was seen stays the deadline.
        { new NextAction(NextActionKind.PaidAction, Date("2026-03-05"), null, ActionReason.NoPaidActivityKnown), "2026-03-01", "2026-03-01" },
        { new NextAction(NextActionKind.TopUp, Date("2026-03-05"), 100m, ActionReason.LastActivityWasTopUp), "2026-03-01", "2026-03-01" },
        { new NextAction(NextActionKind.PaidAction, Date("2026-03-05"), null, ActionReason.NoPaidActivityKnown), null, "2026-03-05" },
        { new NextAction(NextActionKind.PaidAction, Date("2026-03-05"), null, ActionReason.NoPaidActivityKnown), "2026-05-01", "2026-03-05" },
    };

    [Theory]
    [MemberData(nameof(DeadlineCases))]
    public void The_deadline_is_the_next_actions_date_and_act_today_stays_put(NextAction action, string? tracked, string? expected) =>
        Assert.Equal(Date(expected), ReminderPlanner.Deadline(action, Date(tracked)));

    private static List<(ReminderStage Stage, DateTimeOffset At)> Walk(DateOnly deadline, ReminderSettings settings, DateTimeOffset from, DateTimeOffset to, TimeSpan step, ReminderState? start = null)
    {
        var state = start ?? ReminderState.Empty;
        var delivered = new List<(ReminderStage, DateTimeOffset)>();
        for (var now = from; now < to; now += step)
        {
            var plan = ReminderPlanner.Plan(deadline, settings, state, now);
            if (plan.Due is { } due)
            {
                delivered.Add((due.Stage, now));
            }

            state = plan.State;
        }

        return delivered;
    }

    private static ReminderSettings Settings(int[]? offsets = null, int hour = 10, string zone = "UTC", bool paused = false) =>
        new(offsets ?? [7, 3, 1, 0], hour, Zone(zone), paused);

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static ReminderStage? Stage(string? code) => code switch
    {
        null => null,
        "final" => ReminderStage.Final,
        ['b', .. var days] => ReminderStage.DaysBefore(int.Parse(days, CultureInfo.InvariantCulture)),
        ['o', .. var day] => ReminderStage.Overdue(int.Parse(day, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException(code),
    };
}
