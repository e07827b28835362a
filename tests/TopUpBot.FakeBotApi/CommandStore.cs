using System.Text.Json;
using Telegram.Bot.Types;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>The bot's command lists, one per scope and language_code, as setMyCommands leaves them.</summary>
internal sealed class CommandStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BotCommand[]> _lists = new(StringComparer.Ordinal);

    public void Set(JsonElement? scope, string? languageCode, BotCommand[] commands)
    {
        lock (_gate)
        {
            _lists[Key(scope, languageCode)] = commands;
        }
    }

    /// <summary>The list for exactly this scope and language, with no fallback, as getMyCommands answers.</summary>
    public BotCommand[] Get(JsonElement? scope, string? languageCode)
    {
        lock (_gate)
        {
            return _lists.GetValueOrDefault(Key(scope, languageCode)) ?? [];
        }
    }

    private static string Key(JsonElement? scope, string? languageCode)
    {
        var scopeKey = scope is { ValueKind: JsonValueKind.Object } given
            ? string.Join("/", new[] { "type", "chat_id", "user_id" }.Select(name => given.TryGetProperty(name, out var value) ? Text(value) : ""))
            : "default//";
        return $"{scopeKey}|{languageCode}";
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
