using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using TopUpBot.Domain;

namespace TopUpBot.Texts;

/// <summary>
/// All user-facing text, loaded from the embedded <c>*.texts.{zh,ru,en}.json</c> files that each feature folder owns.
/// </summary>
internal sealed class TextCatalog
{
    private const string Suffix = ".json";
    private readonly FrozenDictionary<Language, Texts> _byLanguage;

    private TextCatalog(FrozenDictionary<Language, Texts> byLanguage) => _byLanguage = byLanguage;

    public static IReadOnlyList<Language> Languages { get; } = [Language.Zh, Language.Ru, Language.En];

    public Texts For(Language language) => _byLanguage[language];

    public static TextCatalog LoadEmbedded() => Load(typeof(TextCatalog).Assembly);

    public static TextCatalog Load(Assembly assembly)
    {
        var byLanguage = new Dictionary<Language, Texts>();
        foreach (var language in Languages)
        {
            var marker = $".texts.{Code(language)}{Suffix}";
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(marker, StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                var map = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                    ?? throw new InvalidDataException($"{name}: empty text resource");
                foreach (var (key, value) in map)
                {
                    if (!entries.TryAdd(key, value))
                    {
                        throw new InvalidDataException($"{name}: text key '{key}' is defined twice");
                    }
                }
            }

            byLanguage[language] = new Texts(language, entries.ToFrozenDictionary(StringComparer.Ordinal));
        }

        return new TextCatalog(byLanguage.ToFrozenDictionary());
    }

    public static string Code(Language language) => language switch
    {
        Language.Zh => "zh",
        Language.Ru => "ru",
        _ => "en",
    };

    /// <summary>Telegram's language_code to ours: zh* is Chinese, ru* Russian, anything else English.</summary>
    public static Language FromTelegramCode(string? languageCode)
    {
        if (languageCode is null)
        {
            return Language.En;
        }

        return languageCode.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Zh
            : languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Language.Ru
            : Language.En;
    }
}
