using System.Text;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>Reads a message's text, caption and inline keyboard from a call, with Telegram's limits and errors.</summary>
internal static class MessageContent
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    public const int MaxCallbackDataBytes = 64;

    /// <summary>Button fields that are not an action: a button with nothing else is a text button, which inline keyboards refuse.</summary>
    private static readonly string[] ButtonLooks = ["text", "icon_custom_emoji_id", "style"];

    /// <summary>The text after entity parsing; its length counts UTF-16 code units.</summary>
    public static (string Text, MessageEntity[]? Entities) Text(RecordedRequest request)
    {
        var (text, entities) = Formatted(request, "text", "entities");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw BotApiError.BadRequest("message text is empty");
        }

        if (text.Length > MaxTextLength)
        {
            throw BotApiError.BadRequest("message is too long");
        }

        return (text, entities);
    }

    public static (string? Caption, MessageEntity[]? Entities) Caption(RecordedRequest request)
    {
        if (!request.Has("caption"))
        {
            return (null, null);
        }

        var (caption, entities) = Formatted(request, "caption", "caption_entities");
        if (caption.Length > MaxCaptionLength)
        {
            throw BotApiError.BadRequest("message caption is too long");
        }

        return (caption, entities);
    }

    /// <summary>
    /// The inline keyboard the message gets from reply_markup: null when there is none, or when reply_markup is a reply
    /// keyboard, which Telegram shows under the input field rather than on the message.
    /// </summary>
    public static InlineKeyboardMarkup? InlineKeyboard(RecordedRequest request)
    {
        if (!request.Parameters.TryGetValue("reply_markup", out var markup) || markup.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (markup.ValueKind != JsonValueKind.Object)
        {
            throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (!markup.TryGetProperty("inline_keyboard", out var rows))
        {
            return null;
        }

        if (rows.ValueKind != JsonValueKind.Array || rows.EnumerateArray().Any(row => row.ValueKind != JsonValueKind.Array))
        {
            throw BotApiError.BadRequest("can't parse inline keyboard markup JSON object");
        }

        var buttons = rows.EnumerateArray().SelectMany(row => row.EnumerateArray()).ToList();
        buttons.ForEach(Validate);
        return buttons.Count == 0 ? null : markup.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options);
    }

    private static void Validate(JsonElement button)
    {
        if (button.ValueKind != JsonValueKind.Object || !button.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            throw BotApiError.BadRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }

        if (button.TryGetProperty("callback_data", out var data)
            && (data.ValueKind != JsonValueKind.String || data.GetString() is not { Length: > 0 } value || Encoding.UTF8.GetByteCount(value) > MaxCallbackDataBytes))
        {
            throw BotApiError.BadRequest("BUTTON_DATA_INVALID");
        }

        if (button.TryGetProperty("url", out var url)
            && !(url.ValueKind == JsonValueKind.String
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https" or "tg"))
        {
            throw BotApiError.BadRequest("BUTTON_URL_INVALID");
        }

        if (button.EnumerateObject().All(field => ButtonLooks.Contains(field.Name)))
        {
            throw BotApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
    }

    /// <summary>
    /// The text with parse_mode applied. HTML is parsed as Telegram does; Markdown and MarkdownV2 are kept as sent,
    /// since the fake does not interpret them.
    /// </summary>
    private static (string Text, MessageEntity[]? Entities) Formatted(RecordedRequest request, string field, string entitiesField)
    {
        var text = request.Get<string>(field) ?? "";
        var parseMode = request.Get<string>("parse_mode");
        if (string.IsNullOrEmpty(parseMode))
        {
            return (text, request.Get<MessageEntity[]>(entitiesField));
        }

        if (parseMode.Equals("HTML", StringComparison.OrdinalIgnoreCase))
        {
            var (parsed, entities) = TelegramHtml.Parse(text);
            return (parsed, entities.Length == 0 ? null : entities);
        }

        return parseMode.Equals("Markdown", StringComparison.OrdinalIgnoreCase) || parseMode.Equals("MarkdownV2", StringComparison.OrdinalIgnoreCase)
            ? (text, null)
            : throw BotApiError.BadRequest("unsupported parse_mode");
    }
}
