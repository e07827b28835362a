using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace TopUpBot.Routing;

/// <summary>Marker for typed callback data records. Each record carries a <see cref="CallbackAttribute"/>.</summary>
internal interface ICallback;

/// <summary>
/// Names a callback record on the wire: <c>{prefix}.{version}:{field}:{field}…</c>.
/// Bump the version when the fields change so buttons in old messages are recognised as outdated.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class CallbackAttribute(string prefix, int version) : Attribute
{
    public string Prefix { get; } = prefix;

    public int Version { get; } = version;
}

/// <summary>Packs and parses typed callback data. Telegram allows 1-64 bytes.</summary>
internal static class CallbackData
{
    public const int MaxBytes = 64;
    private const char Separator = ':';
    private static readonly ConcurrentDictionary<Type, CallbackShape> Shapes = new();

    public static string Pack(ICallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var shape = ShapeOf(callback.GetType());
        var builder = new StringBuilder().Append(shape.Prefix).Append('.').Append(shape.Version.ToString(CultureInfo.InvariantCulture));
        foreach (var parameter in shape.Parameters)
        {
            builder.Append(Separator).Append(FormatField(shape.Read(callback, parameter)));
        }

        var data = builder.ToString();
        if (Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            throw new InvalidOperationException($"Callback data '{data}' is longer than {MaxBytes} bytes.");
        }

        return data;
    }

    public static CallbackShape ShapeOf(Type type) => Shapes.GetOrAdd(type, static t => CallbackShape.Create(t));

    /// <summary>Splits raw data into prefix, version and fields without knowing the type.</summary>
    public static bool TrySplit(string? data, out string prefix, out int version, out string[] fields)
    {
        prefix = string.Empty;
        version = 0;
        fields = [];
        if (string.IsNullOrEmpty(data))
        {
            return false;
        }

        var parts = data.Split(Separator);
        var head = parts[0];
        var dot = head.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(head.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            return false;
        }

        prefix = head[..dot];
        fields = parts[1..];
        return true;
    }

    private static string FormatField(object? value) => value switch
    {
        null => string.Empty,
        string text when text.Contains(Separator, StringComparison.Ordinal) =>
            throw new InvalidOperationException($"Callback field '{text}' contains '{Separator}'."),
        string text => text,
        bool flag => flag ? "1" : "0",
        DateOnly date => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        Enum member => Convert.ToInt32(member, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Callback field type {value.GetType()} is not supported."),
    };

    internal static bool TryParseField(string text, Type type, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        value = null;
        if (text.Length == 0)
        {
            // An empty field is a null of a Nullable<T> or an empty string; any other type needs a value.
            value = target == typeof(string) ? string.Empty : null;
            return target == typeof(string) || target != type;
        }

        var invariant = CultureInfo.InvariantCulture;
        if (target == typeof(string))
        {
            value = text;
        }
        else if (target == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i))
        {
            value = i;
        }
        else if (target == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l))
        {
            value = l;
        }
        else if (target == typeof(decimal) && decimal.TryParse(text, NumberStyles.Number, invariant, out var d))
        {
            value = d;
        }
        else if (target == typeof(bool) && text is "0" or "1")
        {
            value = text == "1";
        }
        else if (target == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyyMMdd", invariant, DateTimeStyles.None, out var date))
        {
            value = date;
        }
        else if (target.IsEnum && int.TryParse(text, NumberStyles.None, invariant, out var raw) && Enum.IsDefined(target, raw))
        {
            value = Enum.ToObject(target, raw);
        }

        return value is not null;
    }
}

/// <summary>The wire shape of one callback record type: prefix, version and the primary constructor's parameters in order.</summary>
internal sealed class CallbackShape
{
    private readonly ConstructorInfo _constructor;
    private readonly Dictionary<string, PropertyInfo> _properties;
    private readonly bool[] _nullableText;

    private CallbackShape(Type type, CallbackAttribute attribute, ConstructorInfo constructor)
    {
        Type = type;
        Prefix = attribute.Prefix;
        Version = attribute.Version;
        _constructor = constructor;
        Parameters = constructor.GetParameters();

        // The wire cannot tell null from "", so an empty field reads as null wherever the record allows null text.
        var nullability = new NullabilityInfoContext();
        _nullableText = [.. Parameters.Select(p => p.ParameterType == typeof(string) && nullability.Create(p).WriteState == NullabilityState.Nullable)];
        _properties = type.GetProperties().ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    }

    public Type Type { get; }

    public string Prefix { get; }

    public int Version { get; }

    public IReadOnlyList<ParameterInfo> Parameters { get; }

    public static CallbackShape Create(Type type)
    {
        var attribute = type.GetCustomAttribute<CallbackAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} has no [Callback] attribute.");
        if (attribute.Prefix.Contains('.', StringComparison.Ordinal) || attribute.Prefix.Contains(':', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Callback prefix '{attribute.Prefix}' may not contain '.' or ':'.");
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return new CallbackShape(type, attribute, constructor);
    }

    public object? Read(ICallback callback, ParameterInfo parameter) => _properties[parameter.Name!].GetValue(callback);

    public ICallback? TryCreate(string[] fields)
    {
        if (fields.Length != Parameters.Count)
        {
            return null;
        }

        var values = new object?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!CallbackData.TryParseField(fields[i], Parameters[i].ParameterType, out values[i]))
            {
                return null;
            }

            if (_nullableText[i] && values[i] is "")
            {
                values[i] = null;
            }
        }

        return (ICallback)_constructor.Invoke(values);
    }
}
