using System.Text.Json;
using Telegram.Bot;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>Telegram.Bot's own JSON options applied to the fake's needs.</summary>
internal static class TelegramJson
{
    /// <summary>A deep copy, so that what the fake stores never shares objects with what a test or the bot holds.</summary>
    public static T Clone<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value, JsonBotAPI.Options), JsonBotAPI.Options)!;

    /// <summary>Whether two values serialize the same, which is how Telegram compares content.</summary>
    public static bool SameJson<T>(T left, T right) =>
        JsonSerializer.Serialize(left, JsonBotAPI.Options) == JsonSerializer.Serialize(right, JsonBotAPI.Options);
}
