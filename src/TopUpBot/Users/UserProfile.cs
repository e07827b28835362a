using TopUpBot.Domain;
using TopUpBot.Domain.Reminders;

namespace TopUpBot.Users;

/// <summary>What the bot remembers about a Telegram user apart from their SIMs.</summary>
internal sealed class UserProfile
{
    public long Id { get; set; }

    public string? FirstName { get; set; }

    public Language Language { get; set; }

    /// <summary>Set once the user picks a language with /language, so Telegram's language_code no longer overrides it.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>An IANA time zone name.</summary>
    public string TimeZone { get; set; } = "UTC";

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>The deep-link payload of the user's first /start, if any.</summary>
    public string? StartSource { get; set; }

    /// <summary>The ISO code totals are shown in besides RUB; null follows the language (CNY for Chinese).</summary>
    public string? HomeCurrency { get; set; }

    /// <summary>False once the user blocked the bot; nothing is pushed to inactive users.</summary>
    public bool Active { get; set; } = true;

    /// <summary>Days before a deadline that get a reminder, from <see cref="ReminderSettings.AllowedOffsets"/>.</summary>
    public int[] ReminderOffsets { get; set; } = [.. ReminderSettings.DefaultOffsets];

    /// <summary>The local hour (0-23) at which reminders come.</summary>
    public int ReminderHour { get; set; } = ReminderSettings.DefaultHour;

    /// <summary>All reminders are off until the user resumes them.</summary>
    public bool RemindersPaused { get; set; }

    public static string DefaultTimeZone(Language language) => language switch
    {
        Language.Zh => "Asia/Shanghai",
        Language.Ru => "Europe/Moscow",
        _ => "UTC",
    };
}
