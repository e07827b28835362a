using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopUpBot.Domain.Operators;

/// <summary>
/// The researched facts about Russian mobile operators, read from the embedded operators.json.
/// Immutable; load it once and share it.
/// </summary>
public sealed class OperatorCatalog
{
    internal const string FileName = "operators.json";
    private const string ResourceName = "TopUpBot.Domain.Operators.operators.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A misspelt key would otherwise vanish silently and leave a fact without its source.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly Lazy<OperatorCatalog> Embedded = new(ReadEmbedded);

    private readonly Dictionary<string, OperatorInfo> byId;

    private OperatorCatalog(GeneralRules general, IReadOnlyList<OperatorInfo> all, DateOnly checkedOn)
    {
        General = general;
        All = all;
        CheckedOn = checkedOn;
        byId = all.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>Every operator in file order, <see cref="OperatorIds.Other"/> included.</summary>
    public IReadOnlyList<OperatorInfo> All { get; }

    public GeneralRules General { get; }

    /// <summary>
    /// The oldest "checked on" date of any fact, for "rules last checked on ...":
    /// the newest date would overstate how fresh the whole catalog is.
    /// </summary>
    public DateOnly CheckedOn { get; }

    /// <summary>The catalog built into this assembly; parsed once, then cached.</summary>
    public static OperatorCatalog LoadEmbedded() => Embedded.Value;

    /// <summary>Reads and validates a catalog; throws <see cref="OperatorCatalogException"/> when it is broken.</summary>
    public static OperatorCatalog Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new OperatorCatalogException(Describe(e), e);
        }

        var checkedOn = OperatorCatalogValidator.Validate(file);
        return new OperatorCatalog(file.General, [.. file.Operators], checkedOn);
    }

    /// <summary>The operator with this id; throws <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    public OperatorInfo Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"The operator catalog has no operator '{id}'.");

    /// <summary>The operator with this id, or null for an unknown id.</summary>
    public OperatorInfo? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }

    private static OperatorCatalog ReadEmbedded()
    {
        using var stream = typeof(OperatorCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new OperatorCatalogException($"{FileName}: embedded resource '{ResourceName}' not found");
        return Load(stream);
    }

    private static string Describe(JsonException e)
    {
        // System.Text.Json appends "Path: ... | LineNumber: ..." to its message; we say that more plainly.
        var reason = e.Message.Split(" Path: ")[0].ReplaceLineEndings(" ").Trim();
        var where = e.Path is null ? string.Empty : $" at {e.Path}";
        var line = e.LineNumber is { } n ? $" (line {n + 1})" : string.Empty;
        return $"{FileName}: invalid JSON{where}{line}: {reason}";
    }
}

/// <summary>The shape of operators.json.</summary>
internal sealed record CatalogFile(GeneralRules General, IReadOnlyList<OperatorInfo> Operators);
