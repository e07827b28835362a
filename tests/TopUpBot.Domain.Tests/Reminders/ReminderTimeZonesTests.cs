using TopUpBot.Domain.Reminders;

namespace TopUpBot.Domain.Tests.Reminders;

public class ReminderTimeZonesTests
{
    [Theory]
    [InlineData("Asia/Shanghai", "Asia/Shanghai")]
    [InlineData("  asia/shanghai ", "Asia/Shanghai")]
    [InlineData("EUROPE/BERLIN", "Europe/Berlin")]
    [InlineData("America/Argentina/Salta", "America/Argentina/Salta")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/GMT-8", "Etc/GMT-8")]
    public void A_typed_IANA_name_is_found_whatever_its_case(string typed, string expected)
    {
        Assert.True(ReminderTimeZones.TryFind(typed, out var zone));
        Assert.Equal(expected, zone.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Shanghai")]
    [InlineData("China Standard Time")]
    [InlineData("../../etc/passwd")]
    [InlineData("/usr/share/zoneinfo/UTC")]
    [InlineData("UTC+8")]
    [InlineData("Asia/Shanghai/Extra/Parts")]
    public void Anything_else_is_not_a_time_zone(string typed) => Assert.False(ReminderTimeZones.TryFind(typed, out _));

    [Fact]
    public void Every_common_zone_exists_and_is_offered_once()
    {
        Assert.Equal(ReminderTimeZones.Common.Count, ReminderTimeZones.Common.Distinct().Count());
        Assert.All(ReminderTimeZones.Common, id => Assert.Equal(id, ReminderTimeZones.FindOrUtc(id).Id));
        Assert.Contains("Europe/Moscow", ReminderTimeZones.Common);
        Assert.Contains("Asia/Shanghai", ReminderTimeZones.Common);
    }

    [Fact]
    public void An_unknown_stored_name_falls_back_to_UTC()
    {
        Assert.Equal(TimeZoneInfo.Utc, ReminderTimeZones.FindOrUtc("Nowhere/Atlantis"));
        Assert.Equal(TimeZoneInfo.Utc, ReminderTimeZones.FindOrUtc(null));
    }
}
