using TopUpBot.Domain;

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

    public static string DefaultTimeZone(Language language) => language switch
    {
        Language.Zh => "Asia/Shanghai",
        Language.Ru => "Europe/Moscow",
        _ => "UTC",
    };
}
