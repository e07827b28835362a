using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using TopUpBot.Storage;

namespace TopUpBot.Features.YourData;

/// <summary>An imported file that passed every check: its sections, ready to write.</summary>
internal sealed record ImportPlan(DateTimeOffset ExportedAt, IReadOnlyList<(IUserDataSection Section, ImportedSection Part)> Parts, SimIdMap Sims);

/// <summary>
/// The export file and the three operations on all of a user's data. The file is
/// <c>{"format":"topupbot-export","version":1,"exportedAt":…,"sections":{"profile":…,"sims":[…],…}}</c>.
/// Imports and erasures change every section in one LiteDB transaction: all of it happens, or none.
/// </summary>
internal sealed class UserDataTransfer(
    IEnumerable<IUserDataSection> sections,
    IEnumerable<IUserDataEraser> erasers,
    IEnumerable<IUserDataLock> locks,
    LiteDbContext database)
{
    public const string Format = "topupbot-export";
    public const int Version = 1;

    /// <summary>A real export is a few kilobytes; this refuses anything else before it is downloaded.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,

        // Names and notes in Chinese or Russian stay readable in the file.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 16, AllowDuplicateProperties = false };

    private readonly IReadOnlyList<IUserDataSection> _sections = [.. sections.OrderBy(s => s.Order)];
    private readonly IReadOnlyList<IUserDataEraser> _erasers = [.. erasers];
    private readonly IReadOnlyList<IUserDataLock> _locks = [.. locks];

    /// <summary>In the order they are read and written.</summary>
    public IReadOnlyList<IUserDataSection> Sections => _sections;

    public async Task<byte[]> Export(long userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var content = new JsonObject();
        foreach (var section in _sections)
        {
            content[section.Name] = await section.Export(userId, cancellationToken);
        }

        var file = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["exportedAt"] = now,
            ["sections"] = content,
        };
        return JsonSerializer.SerializeToUtf8Bytes(file, WriteOptions);
    }

    /// <summary>Checks a whole file without writing: null when anything is wrong, with every problem in <paramref name="import"/>.</summary>
    public ImportPlan? Read(ReadOnlyMemory<byte> content, ImportReading import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var t = import.T;
        if (content.Span.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        if (content.IsEmpty)
        {
            import.Problem(t["Data.File.Empty"]);
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, ReadOptions);
        }
        catch (JsonException)
        {
            import.Problem(t["Data.File.NotJson"]);
            return null;
        }

        using (document)
        {
            return Read(document.RootElement, import);
        }
    }

    /// <summary>
    /// Replaces all of the user's data with the plan's, and erases what no section holds (a pending dialog, pushes
    /// about the old SIMs), in one transaction.
    /// </summary>
    public void Apply(long userId, ImportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        InOneTransaction(() =>
        {
            foreach (var eraser in _erasers.Except(_sections))
            {
                eraser.Erase(userId);
            }

            foreach (var (_, part) in plan.Parts)
            {
                part.Write(userId, plan.Sims);
            }
        });
    }

    /// <summary>Erases everything the bot keeps about the user, in one transaction.</summary>
    public void Erase(long userId) => InOneTransaction(() =>
    {
        foreach (var eraser in _erasers)
        {
            eraser.Erase(userId);
        }
    });

    private void InOneTransaction(Action writes)
    {
        var inLocks = _locks.Aggregate<IUserDataLock, Action>(() => database.InTransaction(writes), (inner, outer) => () => outer.Around(inner));
        inLocks();
    }

    private ImportPlan? Read(JsonElement root, ImportReading import)
    {
        var t = import.T;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format)
            || format.ValueKind != JsonValueKind.String
            || format.GetString() != Format)
        {
            import.Problem(t.Format("Data.File.NotExport", Format));
            return null;
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number < 1)
        {
            import.Problem(t.Format("Data.File.BadVersion", Version));
            return null;
        }

        if (number > Version)
        {
            import.Problem(t.Format("Data.File.NewerVersion", number, Version));
            return null;
        }

        var envelope = JsonFields.Of(root, t["Data.Where.File"], import)!;
        envelope.String("format");
        envelope.Int("version");
        var exportedAt = envelope.Time("exportedAt", required: true);
        var content = envelope.Object("sections", required: true);
        envelope.RejectUnknown();
        if (!envelope.Ok || exportedAt is null || content is null)
        {
            return null;
        }

        var json = root.GetProperty("sections");
        foreach (var unknown in json.EnumerateObject().Where(p => _sections.All(s => s.Name != p.Name)))
        {
            import.Problem(t.Format("Data.File.UnknownSection", unknown.Name));
        }

        var parts = _sections
            .Select(section => (section, section.Read(json.TryGetProperty(section.Name, out var part) ? part : (JsonElement?)null, import)))
            .ToList();
        return import.Problems.Count == 0 ? new ImportPlan(exportedAt.Value, parts, import.Sims) : null;
    }
}
