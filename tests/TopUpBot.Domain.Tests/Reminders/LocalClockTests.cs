using System.Globalization;
using TopUpBot.Domain.Reminders;

namespace TopUpBot.Domain.Tests.Reminders;

/// <summary>Local delivery times to UTC, including both daylight-saving transitions of Europe/Berlin and New York.</summary>
public class LocalClockTests
{
    [Theory]
    [InlineData("Asia/Shanghai", "2026-03-01", 10, "2026-03-01T02:00Z")]
    [InlineData("Asia/Shanghai", "2026-03-01", 0, "2026-02-28T16:00Z")]
    [InlineData("Europe/Moscow", "2026-03-01", 10, "2026-03-01T07:00Z")]
    [InlineData("UTC", "2026-03-01", 23, "2026-03-01T23:00Z")]
    [InlineData("Asia/Almaty", "2026-03-01", 10, "2026-03-01T05:00Z")]
    [InlineData("America/New_York", "2026-01-15", 10, "2026-01-15T15:00Z")]
    [InlineData("America/New_York", "2026-07-15", 10, "2026-07-15T14:00Z")]
    [InlineData("Europe/Berlin", "2026-01-15", 10, "2026-01-15T09:00Z")]
    [InlineData("Europe/Berlin", "2026-07-15", 10, "2026-07-15T08:00Z")]
    // Spring forward in Berlin, Sun 29 Mar 2026: 02:00 CET jumps to 03:00 CEST, so 02:xx does not exist.
    [InlineData("Europe/Berlin", "2026-03-29", 1, "2026-03-29T00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", 2, "2026-03-29T01:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", 3, "2026-03-29T01:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", 10, "2026-03-29T08:00Z")]
    [InlineData("Europe/Berlin", "2026-03-28", 2, "2026-03-28T01:00Z")]
    // Fall back in Berlin, Sun 25 Oct 2026: 03:00 CEST goes back to 02:00 CET, so 02:xx happens twice; the first counts.
    [InlineData("Europe/Berlin", "2026-10-25", 1, "2026-10-24T23:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", 2, "2026-10-25T00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", 3, "2026-10-25T02:00Z")]
    [InlineData("Europe/Berlin", "2026-10-25", 10, "2026-10-25T09:00Z")]
    [InlineData("Europe/Berlin", "2026-10-26", 2, "2026-10-26T01:00Z")]
    [InlineData("America/New_York", "2026-03-08", 2, "2026-03-08T07:00Z")]
    [InlineData("America/New_York", "2026-11-01", 1, "2026-11-01T05:00Z")]
    public void A_local_hour_becomes_the_right_instant(string zone, string date, int hour, string expected) =>
        Assert.Equal(Instant(expected), LocalClock.At(DateOnly.Parse(date, CultureInfo.InvariantCulture), hour, Zone(zone)));

    [Theory]
    [InlineData("Asia/Shanghai", "2026-03-01T15:59Z", "2026-03-01")]
    [InlineData("Asia/Shanghai", "2026-03-01T16:00Z", "2026-03-02")]
    [InlineData("America/New_York", "2026-03-01T04:59Z", "2026-02-28")]
    [InlineData("UTC", "2026-03-01T00:00Z", "2026-03-01")]
    public void Today_is_the_date_where_the_user_lives(string zone, string now, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), LocalClock.Today(Instant(now), Zone(zone)));

    [Fact]
    public void Every_hour_of_a_year_in_Berlin_maps_to_an_instant_showing_that_hour_or_the_hour_after_a_skipped_one()
    {
        var berlin = Zone("Europe/Berlin");
        for (var date = new DateOnly(2026, 1, 1); date.Year == 2026; date = date.AddDays(1))
        {
            for (var hour = 0; hour < 24; hour++)
            {
                var local = TimeZoneInfo.ConvertTime(LocalClock.At(date, hour, berlin), berlin);
                Assert.Equal(date, DateOnly.FromDateTime(local.DateTime));
                var skipped = date == new DateOnly(2026, 3, 29) && hour == 2;
                Assert.Equal(skipped ? 3 : hour, local.Hour);
                Assert.Equal(0, local.Minute);
            }
        }
    }

    internal static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    internal static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
