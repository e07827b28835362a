using System.Text.Json;
using Telegram.Bot;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>A file part of a multipart/form-data call, as uploaded.</summary>
public sealed record UploadedFile(string PartName, string FileName, byte[] Content);

/// <summary>How the fake answered a call: 200, the error code and Telegram's description, or 0 when it never answered.</summary>
public sealed record BotApiOutcome(int StatusCode, string? Description);

/// <summary>One call the bot made, in arrival order, with its parameters whatever way they were sent (JSON, form or query string).</summary>
public sealed class RecordedRequest
{
    private BotApiOutcome? _outcome;

    internal RecordedRequest(
        long order,
        string method,
        IReadOnlyDictionary<string, JsonElement> parameters,
        IReadOnlyList<UploadedFile> uploads,
        DateTimeOffset receivedAt,
        long timestamp)
    {
        Order = order;
        Method = method;
        Parameters = parameters;
        Uploads = uploads;
        ReceivedAt = receivedAt;
        Timestamp = timestamp;
    }

    /// <summary>1 for the first call the server received, then 2, 3, ...</summary>
    public long Order { get; }

    /// <summary>The method as Telegram spells it (e.g. "sendMessage"), or as sent when the fake does not serve it.</summary>
    public string Method { get; }

    /// <summary>Parameter name to value; form and query-string values are converted to the JSON types the Bot API spec gives.</summary>
    public IReadOnlyDictionary<string, JsonElement> Parameters { get; }

    public IReadOnlyList<UploadedFile> Uploads { get; }

    /// <summary>When the call arrived, on the server's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>When the call arrived, as a real monotonic <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> value.</summary>
    public long Timestamp { get; }

    /// <summary>How the fake answered; null while the call is still being served (a long poll, a hang).</summary>
    public BotApiOutcome? Outcome => Volatile.Read(ref _outcome);

    /// <summary>Whether the parameter was given with a value: not null and not an empty string.</summary>
    public bool Has(string name) =>
        Parameters.TryGetValue(name, out var value)
        && value.ValueKind != JsonValueKind.Null
        && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);

    /// <summary>The parameter read as <typeparamref name="T"/> with Telegram.Bot's JSON options, or default when absent.</summary>
    public T? Get<T>(string name) =>
        Parameters.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.Deserialize<T>(JsonBotAPI.Options)
            : default;

    public override string ToString() =>
        $"#{Order} {Method} {JsonSerializer.Serialize(Parameters)} -> {Outcome?.ToString() ?? "pending"}";

    internal void Complete(BotApiOutcome outcome) => Volatile.Write(ref _outcome, outcome);
}
