using System.Text.Json;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>One parameter of a Bot API method, as the machine-readable spec describes it.</summary>
internal sealed record FieldSpec(string Name, IReadOnlyList<string> Types, bool Required)
{
    public bool IsFile => Types.Contains("InputFile");
}

/// <summary>A Bot API method: its name as Telegram spells it and its parameters.</summary>
internal sealed record MethodSpec(string Name, IReadOnlyList<FieldSpec> Fields);

/// <summary>
/// The parameters of the methods the fake serves, read from FakeBotApi/bot-api-methods.json next to the assembly
/// that runs (the project copies it to the output of every project that references it).
/// That file is a trimmed copy of /work/shared/telegram/bot-api-spec.json (MIT, see bot-api-methods.LICENSE), made with:
/// <code>
/// jq --indent 2 '{derived_from: "bot-api-spec.json (\(.version), \(.release_date)) by Paul Larsen, MIT licence: see bot-api-methods.LICENSE. Only the methods the fake serves; each field keeps name, types and required.",
///   methods: (.methods | with_entries(select(.key | IN("getMe", "getUpdates", "deleteWebhook", "getFile", "sendMessage", "sendPhoto", "sendDocument",
///     "sendChatAction", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "setMyCommands", "getMyCommands")))
///     | map_values([.fields[]? | {name, types, required}]))}' bot-api-spec.json > bot-api-methods.json
/// </code>
/// Regenerate it the same way when the fake starts serving another method.
/// </summary>
internal static class BotApiSpec
{
    private static readonly Lazy<IReadOnlyDictionary<string, MethodSpec>> Spec = new(Load);

    /// <summary>The served methods, looked up by name in any case, as Telegram does.</summary>
    public static IReadOnlyDictionary<string, MethodSpec> Methods => Spec.Value;

    private static Dictionary<string, MethodSpec> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "FakeBotApi", "bot-api-methods.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var methods = new Dictionary<string, MethodSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var method in document.RootElement.GetProperty("methods").EnumerateObject())
        {
            var fields = method.Value.EnumerateArray()
                .Select(field => new FieldSpec(
                    field.GetProperty("name").GetString()!,
                    field.GetProperty("types").EnumerateArray().Select(type => type.GetString()!).ToArray(),
                    field.GetProperty("required").GetBoolean()))
                .ToArray();
            methods[method.Name] = new MethodSpec(method.Name, fields);
        }

        return methods;
    }
}
