using System.Globalization;
using System.Text.Json;

namespace TopUpBot.Features.YourData;

/// <summary>
/// Reads the fields of one JSON object of an imported file. Each missing, mistyped or unknown field becomes a problem
/// that names it, so a hand-edited file gets told exactly what to fix. Null counts as missing.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _object;
    private readonly string _where;
    private readonly string _prefix;
    private readonly ImportReading _import;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<JsonFields> _nested = [];
    private bool _failed;

    private JsonFields(JsonElement json, string where, string prefix, ImportReading import)
    {
        _object = json;
        _where = where;
        _prefix = prefix;
        _import = import;
    }

    /// <summary>False once any field of this object or of an object inside it was a problem.</summary>
    public bool Ok => !_failed && _nested.All(n => n.Ok);

    /// <summary>The fields of <paramref name="json"/>, or null (and a problem) when it is not an object.</summary>
    public static JsonFields? Of(JsonElement json, string where, ImportReading import)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            return new JsonFields(json, where, string.Empty, import);
        }

        import.Problem(where, import.T["Data.Field.NotObject"]);
        return null;
    }

    public string? String(string name, bool required = false) =>
        Read(name, required, "Data.Type.Text", e => e.ValueKind == JsonValueKind.String ? e.GetString() : null);

    public long? Long(string name, bool required = false) =>
        Read<long>(name, required, "Data.Type.WholeNumber", e => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var v) ? v : null);

    public int? Int(string name, bool required = false) =>
        Read<int>(name, required, "Data.Type.WholeNumber", e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) ? v : null);

    public decimal? Decimal(string name, bool required = false) =>
        Read<decimal>(name, required, "Data.Type.Number", e => e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var v) ? v : null);

    public bool? Bool(string name, bool required = false) =>
        Read<bool>(name, required, "Data.Type.Bool", e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : null);

    /// <summary>A calendar date, written yyyy-MM-dd.</summary>
    public DateOnly? Date(string name, bool required = false) =>
        Read<DateOnly>(name, required, "Data.Type.Date", e =>
            e.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(e.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null);

    /// <summary>An instant in ISO 8601 with its offset.</summary>
    public DateTimeOffset? Time(string name, bool required = false) =>
        Read<DateTimeOffset>(name, required, "Data.Type.Time", e => e.ValueKind == JsonValueKind.String && e.TryGetDateTimeOffset(out var v) ? v : null);

    /// <summary>A list of whole numbers, e.g. [7, 3, 1].</summary>
    public IReadOnlyList<int>? IntList(string name, bool required = false)
    {
        if (Element(name, required) is not { } element)
        {
            return null;
        }

        var values = element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) ? v : (int?)null).ToList()
            : null;
        if (values is null || values.Any(v => v is null))
        {
            WrongType(name, _import.T["Data.Type.WholeNumbers"]);
            return null;
        }

        return [.. values.Select(v => v!.Value)];
    }

    /// <summary>One of <paramref name="values"/>, as written.</summary>
    public string? OneOf(string name, IReadOnlyCollection<string> values, bool required = false)
    {
        var value = String(name, required);
        if (value is null || values.Contains(value))
        {
            return value;
        }

        WrongType(name, _import.T.Format("Data.Type.OneOf", string.Join(", ", values)));
        return null;
    }

    /// <summary>
    /// An enum member written by its camelCase name (e.g. "topUp"), one of <paramref name="allowed"/> (default all);
    /// numbers are not accepted.
    /// </summary>
    public TEnum? Enum<TEnum>(string name, bool required = false, IEnumerable<TEnum>? allowed = null)
        where TEnum : struct, Enum
    {
        var byName = (allowed ?? System.Enum.GetValues<TEnum>()).ToDictionary(EnumName, StringComparer.Ordinal);
        return OneOf(name, byName.Keys, required) is { } value ? byName[value] : null;
    }

    /// <summary>The fields of an object inside this one; its problems name it as "outer.inner".</summary>
    public JsonFields? Object(string name, bool required = false)
    {
        var element = Read<JsonElement>(name, required, "Data.Type.Object", e => e.ValueKind == JsonValueKind.Object ? e : null);
        if (element is not { } inner)
        {
            return null;
        }

        var fields = new JsonFields(inner, _where, Path(name) + ".", _import);
        _nested.Add(fields);
        return fields;
    }

    /// <summary>Reports every field that no read asked for (a typo, or data of a version this bot does not know).</summary>
    public void RejectUnknown()
    {
        foreach (var property in _object.EnumerateObject().Where(p => !_known.Contains(p.Name)))
        {
            Fail("Data.Field.Unknown", Path(property.Name));
        }
    }

    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public const string DateFormat = "yyyy-MM-dd";

    private T? Read<T>(string name, bool required, string typeKey, Func<JsonElement, T?> convert)
        where T : struct
    {
        if (Element(name, required) is not { } element)
        {
            return null;
        }

        var value = convert(element);
        if (value is null)
        {
            WrongType(name, _import.T[typeKey]);
        }

        return value;
    }

    private string? Read(string name, bool required, string typeKey, Func<JsonElement, string?> convert)
    {
        if (Element(name, required) is not { } element)
        {
            return null;
        }

        var value = convert(element);
        if (value is null)
        {
            WrongType(name, _import.T[typeKey]);
        }

        return value;
    }

    private JsonElement? Element(string name, bool required)
    {
        _known.Add(name);
        if (_object.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null)
        {
            return element;
        }

        if (required)
        {
            Fail("Data.Field.Missing", Path(name));
        }

        return null;
    }

    private void WrongType(string name, string expected)
    {
        _failed = true;
        _import.Problem(_where, _import.T.Format("Data.Field.WrongType", Path(name), new Texts.Html(expected)));
    }

    private void Fail(string key, string path)
    {
        _failed = true;
        _import.Problem(_where, _import.T.Format(key, path));
    }

    private string Path(string name) => _prefix + name;
}
