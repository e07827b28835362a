using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>
/// parse_mode HTML the way Telegram reads it: the tags it supports become entities (offsets in UTF-16 code units),
/// &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric references are decoded, and any other tag or an unbalanced one is rejected
/// with Telegram's "can't parse entities" error, which is what unescaped user input in a bot's HTML runs into.
/// </summary>
internal static partial class TelegramHtml
{
    public static (string Text, MessageEntity[] Entities) Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var entities = new List<MessageEntity>();
        var open = new Stack<OpenTag>();
        var at = 0;
        while (at < html.Length)
        {
            at = html[at] switch
            {
                '<' => ReadTag(html, at, text, open, entities),
                '&' => ReadReference(html, at, text),
                _ => Append(text, html[at], at),
            };
        }

        if (open.TryPeek(out var unclosed))
        {
            throw CantParse($"Can't find end tag corresponding to start tag \"{unclosed.Name}\"");
        }

        return (text.ToString(), entities.OrderBy(entity => entity.Offset).ThenByDescending(entity => entity.Length).ToArray());
    }

    private static int Append(StringBuilder text, char character, int at)
    {
        text.Append(character);
        return at + 1;
    }

    private static int ReadTag(string html, int start, StringBuilder text, Stack<OpenTag> open, List<MessageEntity> entities)
    {
        var end = html.IndexOf('>', start);
        if (end < 0)
        {
            throw CantParse($"Unclosed start tag at byte offset {ByteOffset(html, start)}");
        }

        var tag = html[(start + 1)..end];
        if (tag.StartsWith('/'))
        {
            var name = tag[1..].Trim().ToLowerInvariant();
            if (!open.TryPop(out var opened))
            {
                throw CantParse($"Unexpected end tag at byte offset {ByteOffset(html, start)}");
            }

            if (opened.Name != name)
            {
                throw CantParse($"Unmatched end tag at byte offset {ByteOffset(html, start)}, expected \"</{opened.Name}>\", found \"</{name}>\"");
            }

            if (opened.Entity is { } entity && text.Length > entity.Offset)
            {
                entity.Length = text.Length - entity.Offset;
                entities.Add(entity);
            }

            return end + 1;
        }

        var match = StartTag().Match(tag);
        var startName = match.Success ? match.Groups["name"].Value.ToLowerInvariant() : tag;
        var attributes = match.Success ? ReadAttributes(match.Groups["attributes"].Value) : [];
        if (!TryOpen(startName, attributes, open, text.Length, out var started))
        {
            throw CantParse($"Unsupported start tag \"{startName}\" at byte offset {ByteOffset(html, start)}");
        }

        open.Push(new OpenTag(startName, started));
        return end + 1;
    }

    /// <summary>
    /// Whether the start tag is one Telegram supports, and the entity it opens: none for a link without href,
    /// nor for the code tag that gives its pre a language.
    /// </summary>
    private static bool TryOpen(string name, Dictionary<string, string> attributes, Stack<OpenTag> open, int offset, out MessageEntity? entity)
    {
        entity = null;
        switch (name)
        {
            case "a":
                if (attributes.TryGetValue("href", out var href))
                {
                    entity = new MessageEntity { Type = MessageEntityType.TextLink, Offset = offset, Url = href };
                }

                return true;
            case "tg-emoji" when attributes.TryGetValue("emoji-id", out var emojiId):
                entity = new MessageEntity { Type = MessageEntityType.CustomEmoji, Offset = offset, CustomEmojiId = emojiId };
                return true;
            case "code" when open.TryPeek(out var parent) && parent.Name == "pre"
                && attributes.GetValueOrDefault("class") is { } language && language.StartsWith("language-", StringComparison.Ordinal):
                parent.Entity!.Language = language["language-".Length..];
                return true;
        }

        MessageEntityType? type = name switch
        {
            "b" or "strong" => MessageEntityType.Bold,
            "i" or "em" => MessageEntityType.Italic,
            "u" or "ins" => MessageEntityType.Underline,
            "s" or "strike" or "del" => MessageEntityType.Strikethrough,
            "tg-spoiler" => MessageEntityType.Spoiler,
            "span" when attributes.GetValueOrDefault("class") == "tg-spoiler" => MessageEntityType.Spoiler,
            "code" => MessageEntityType.Code,
            "pre" => MessageEntityType.Pre,
            "blockquote" => attributes.ContainsKey("expandable") ? MessageEntityType.ExpandableBlockquote : MessageEntityType.Blockquote,
            _ => null,
        };
        entity = type is { } known ? new MessageEntity { Type = known, Offset = offset } : null;
        return type is not null;
    }

    private static Dictionary<string, string> ReadAttributes(string attributes) =>
        Attribute().Matches(attributes).ToDictionary(
            match => match.Groups["name"].Value.ToLowerInvariant(),
            match => Decode(match.Groups["value"].Value),
            StringComparer.Ordinal);

    private static string Decode(string value)
    {
        var decoded = new StringBuilder(value.Length);
        var at = 0;
        while (at < value.Length)
        {
            at = value[at] == '&' ? ReadReference(value, at, decoded) : Append(decoded, value[at], at);
        }

        return decoded.ToString();
    }

    /// <summary>Decodes the character reference at <paramref name="start"/>; an unknown one stays as written.</summary>
    private static int ReadReference(string html, int start, StringBuilder text)
    {
        var end = html.IndexOf(';', start);
        var name = end > start && end - start <= 10 ? html[(start + 1)..end] : "";
        var decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            ['#', 'x' or 'X', .. var hex] => CodePoint(hex, NumberStyles.AllowHexSpecifier),
            ['#', .. var digits] => CodePoint(digits, NumberStyles.None),
            _ => null,
        };
        if (decoded is null)
        {
            return Append(text, '&', start);
        }

        text.Append(decoded);
        return end + 1;
    }

    private static string? CodePoint(string number, NumberStyles style) =>
        int.TryParse(number, style, CultureInfo.InvariantCulture, out var code) && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
            ? char.ConvertFromUtf32(code)
            : null;

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    private static BotApiError CantParse(string reason) => BotApiError.BadRequest("can't parse entities: " + reason);

    [GeneratedRegex(@"^(?<name>[a-zA-Z][\w-]*)(?<attributes>(\s[^>]*)?)$", RegexOptions.Singleline)]
    private static partial Regex StartTag();

    [GeneratedRegex(@"(?<name>[a-zA-Z][\w-]*)(\s*=\s*(""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""']+)))?")]
    private static partial Regex Attribute();

    private sealed record OpenTag(string Name, MessageEntity? Entity);
}
