using System.Text.RegularExpressions;

namespace TopUpBot.Domain.Reminders;

/// <summary>Time zones by IANA name (Asia/Shanghai), as users choose or type them.</summary>
public static partial class ReminderTimeZones
{
    /// <summary>Offered as buttons: where users of a keep-number SIM mostly live, then the operators' home zone.</summary>
    public static IReadOnlyList<string> Common { get; } =
    [
        "Asia/Shanghai",
        "Asia/Hong_Kong",
        "Asia/Taipei",
        "Asia/Singapore",
        "Asia/Tokyo",
        "Asia/Seoul",
        "Asia/Bangkok",
        "Asia/Almaty",
        "Asia/Tashkent",
        "Asia/Dubai",
        "Europe/Moscow",
        "Europe/Istanbul",
        "Europe/Berlin",
        "Europe/London",
        "America/New_York",
        "America/Los_Angeles",
        "UTC",
    ];

    /// <summary>The zone with this IANA name, or UTC when the name is unknown (a stored name must never stop reminders).</summary>
    public static TimeZoneInfo FindOrUtc(string? id) =>
        id is not null && TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>
    /// Finds a typed IANA name, ignoring case and surrounding spaces ("asia/shanghai" is Asia/Shanghai);
    /// the zone's <see cref="TimeZoneInfo.Id"/> is then the canonical IANA name.
    /// </summary>
    public static bool TryFind(string input, out TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(input);
        zone = TimeZoneInfo.Utc;
        var name = input.Trim();
        if (!IanaShape().IsMatch(name))
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found))
        {
            var match = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => string.Equals(z.Id, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return false;
            }

            found = match;
        }

        // Some systems also know Windows names ("China Standard Time"); stored names are always IANA.
        if (!found.HasIanaId)
        {
            if (!TimeZoneInfo.TryConvertWindowsIdToIanaId(found.Id, out var iana) || !TimeZoneInfo.TryFindSystemTimeZoneById(iana, out found))
            {
                return false;
            }
        }

        zone = found;
        return true;
    }

    /// <summary>Letters, digits and _+- in up to three slash-separated parts: Asia/Shanghai, America/Argentina/Salta, Etc/GMT-8, UTC.</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-]{0,30}(/[A-Za-z0-9_+\-]{1,30}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IanaShape();
}
