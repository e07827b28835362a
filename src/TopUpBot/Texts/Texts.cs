using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using TopUpBot.Domain;

namespace TopUpBot.Texts;

/// <summary>The texts of one language. Templates are trusted Telegram HTML; arguments are escaped unless wrapped in <see cref="Html"/>.</summary>
internal sealed class Texts
{
    private readonly FrozenDictionary<string, string> _entries;

    public Texts(Language language, FrozenDictionary<string, string> entries)
    {
        Language = language;
        _entries = entries;
        Culture = CultureInfo.GetCultureInfo(language switch
        {
            Language.Zh => "zh-CN",
            Language.Ru => "ru-RU",
            _ => "en-GB",
        });
    }

    public Language Language { get; }

    public CultureInfo Culture { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    public string this[string key] =>
        _entries.TryGetValue(key, out var value) ? value : throw new MissingTextException(key, Language);

    public string Format(string key, params object?[] args)
    {
        var escaped = args.Select(Escape).ToArray();
        return string.Format(Culture, this[key], escaped);
    }

    public string Date(DateOnly date) => date.ToString(this["Format.Date"], Culture);

    public string Rubles(decimal amount) => string.Format(Culture, this["Format.Rubles"], amount);

    private object? Escape(object? arg) => arg switch
    {
        Html html => html.Value,
        string text => WebUtility.HtmlEncode(text),
        DateOnly date => Date(date),
        _ => arg,
    };
}

/// <summary>A fragment that is already valid Telegram HTML and must not be escaped again.</summary>
internal readonly record struct Html(string Value)
{
    public override string ToString() => Value;
}

internal sealed class MissingTextException(string key, Language language)
    : Exception($"Text '{key}' is missing for language {language}.");
