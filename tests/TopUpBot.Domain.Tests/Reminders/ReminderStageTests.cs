using TopUpBot.Domain.Reminders;

namespace TopUpBot.Domain.Tests.Reminders;

public class ReminderStageTests
{
    [Fact]
    public void Stages_grow_more_urgent_from_30_days_before_to_the_final_message()
    {
        ReminderStage[] ordered = [ReminderStage.DaysBefore(30), ReminderStage.DaysBefore(7), ReminderStage.DaysBefore(0), ReminderStage.Overdue(1), ReminderStage.Overdue(7), ReminderStage.Final];

        Assert.Equal(ordered, ordered.Reverse().Order());
        Assert.True(ReminderStage.DaysBefore(1) < ReminderStage.DaysBefore(0));
        Assert.True(ReminderStage.Final > ReminderStage.Overdue(7));
    }

    [Theory]
    [InlineData(-30, "b30", ReminderStageKind.DaysBefore)]
    [InlineData(0, "b0", ReminderStageKind.DaysBefore)]
    [InlineData(1, "o1", ReminderStageKind.Overdue)]
    [InlineData(7, "o7", ReminderStageKind.Overdue)]
    [InlineData(8, "final", ReminderStageKind.Final)]
    public void A_stored_day_names_its_stage(int day, string code, ReminderStageKind kind)
    {
        var stage = ReminderStage.FromDay(day);

        Assert.NotNull(stage);
        Assert.Equal(code, stage.Value.Code);
        Assert.Equal(kind, stage.Value.Kind);
        Assert.Equal(day, stage.Value.Day);
    }

    [Theory]
    [InlineData(-31)]
    [InlineData(9)]
    [InlineData(int.MinValue)]
    public void A_day_outside_the_stages_names_none(int day) => Assert.Null(ReminderStage.FromDay(day));

    [Fact]
    public void Factories_refuse_days_outside_their_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderStage.DaysBefore(31));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderStage.DaysBefore(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderStage.Overdue(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderStage.Overdue(8));
    }

    [Fact]
    public void A_key_names_sim_deadline_and_stage_and_a_snooze_repeat_is_a_key_of_its_own()
    {
        var due = new ReminderDue(new DateOnly(2026, 3, 10), ReminderStage.DaysBefore(3));
        var repeat = due with { SnoozedAt = new DateTimeOffset(2026, 3, 8, 10, 5, 0, TimeSpan.Zero) };

        Assert.Equal("reminder:42:20260310:b3", due.Key(42));
        Assert.Equal("reminder:42:20260310:b3:snooze1772964300", repeat.Key(42));
        Assert.NotEqual(due.Key(42), due.Key(43));
        Assert.NotEqual(due.Key(42), (due with { Deadline = new DateOnly(2026, 3, 11) }).Key(42));
    }
}
