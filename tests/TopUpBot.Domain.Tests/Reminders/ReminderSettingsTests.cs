using TopUpBot.Domain.Reminders;

namespace TopUpBot.Domain.Tests.Reminders;

public class ReminderSettingsTests
{
    [Fact]
    public void Defaults_are_7_3_1_and_0_days_before_at_10()
    {
        var settings = ReminderSettings.Default(TimeZoneInfo.Utc);

        Assert.Equal([7, 3, 1, 0], settings.Offsets);
        Assert.Equal(10, settings.DeliveryHour);
        Assert.False(settings.Paused);
    }

    [Theory]
    [InlineData(new[] { 0, 30, 7 }, new[] { 30, 7, 0 })]
    [InlineData(new[] { 5, 7, 7, -1, 31 }, new[] { 7 })]
    [InlineData(new int[0], new int[0])]
    public void Offsets_are_the_allowed_ones_largest_first(int[] given, int[] expected) =>
        Assert.Equal(expected, new ReminderSettings(given, 10, TimeZoneInfo.Utc, false).Offsets);

    [Theory]
    [InlineData(new[] { 7, 3, 1, 0 }, 30, new[] { 30, 7, 3, 1, 0 })]
    [InlineData(new[] { 7, 3, 1, 0 }, 3, new[] { 7, 1, 0 })]
    [InlineData(new[] { 0 }, 0, new int[0])]
    [InlineData(new[] { 7 }, 5, new[] { 7 })]
    public void Toggling_an_offset_switches_it_on_or_off(int[] offsets, int toggled, int[] expected) =>
        Assert.Equal(expected, ReminderSettings.Toggle(offsets, toggled));

    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void The_hour_is_0_to_23(int hour) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReminderSettings([7], hour, TimeZoneInfo.Utc, false));

    [Fact]
    public void Stages_are_the_offsets_then_seven_overdue_days_then_the_final_message()
    {
        var stages = new ReminderSettings([14, 1], 10, TimeZoneInfo.Utc, false).Stages().Select(s => s.Code);

        Assert.Equal(["b14", "b1", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "final"], stages);
    }
}
