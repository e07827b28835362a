using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Domain;
using TopUpBot.Domain.Operators;
using TopUpBot.Hosting;
using TopUpBot.Routing;

namespace TopUpBot.Tests.Routing;

public class CallbackDataTests
{
    [Callback("t", 2)]
    internal sealed record Sample(long Id, bool Confirm, Language Language, DateOnly On, int? Maybe) : ICallback;

    [Callback("t", 1)]
    internal sealed record SampleV1(long Id) : ICallback;

    [Fact]
    public void Packs_prefix_version_and_fields_in_order()
    {
        var data = CallbackData.Pack(new Sample(42, true, Language.Ru, new DateOnly(2026, 3, 1), null));

        Assert.Equal("t.2:42:1:1:20260301:", data);
    }

    [Fact]
    public void Round_trips_through_its_shape()
    {
        var original = new Sample(long.MaxValue, false, Language.En, new DateOnly(2028, 2, 29), 7);
        Assert.True(CallbackData.TrySplit(CallbackData.Pack(original), out var prefix, out var version, out var fields));

        var shape = CallbackData.ShapeOf(typeof(Sample));
        Assert.Equal(("t", 2), (prefix, version));
        Assert.Equal(original, shape.TryCreate(fields));
    }

    [Callback("txt", 1)]
    internal sealed record Texts(string? Maybe, string Always) : ICallback;

    [Fact]
    public void Empty_text_reads_back_as_null_only_where_the_record_allows_null()
    {
        var shape = CallbackData.ShapeOf(typeof(Texts));
        Assert.True(CallbackData.TrySplit(CallbackData.Pack(new Texts(null, string.Empty)), out _, out _, out var fields));

        Assert.Equal(new Texts(null, string.Empty), shape.TryCreate(fields));
    }

    [Theory]
    [InlineData("t.2:abc:1:1:20260301:")]
    [InlineData("t.2:1:2:1:20260301:")]
    [InlineData("t.2:1:1:9:20260301:")]
    [InlineData("t.2:1:1:1:20260231:")]
    [InlineData("t.2:1:1:1")]
    public void Rejects_fields_that_do_not_parse(string data)
    {
        Assert.True(CallbackData.TrySplit(data, out _, out _, out var fields));

        Assert.Null(CallbackData.ShapeOf(typeof(Sample)).TryCreate(fields));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("t.x:1")]
    public void Does_not_split_data_without_prefix_and_version(string? data) =>
        Assert.False(CallbackData.TrySplit(data, out _, out _, out _));

    [Fact]
    public void Refuses_to_pack_more_than_64_bytes()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CallbackData.Pack(new Long(new string('x', 70))));
        Assert.Contains("64 bytes", error.Message, StringComparison.Ordinal);
    }

    [Callback("long", 1)]
    internal sealed record Long(string Text) : ICallback;

    /// <summary>
    /// Every callback the bot maps, filled with its largest values, still fits Telegram's 64 bytes. String fields
    /// are operator ids and three-letter currency codes, so a string gets the longest operator id in the catalog.
    /// </summary>
    [Fact]
    public void Every_mapped_callback_fits_in_64_bytes_at_its_largest()
    {
        using var host = TopUpBotApp.Build(CommandLine.Parse(["--console"]));
        var router = host.Services.GetRequiredService<Router>();

        Assert.NotEmpty(router.CallbackShapes);
        foreach (var shape in router.CallbackShapes)
        {
            var largest = shape.Parameters.Select(p => Largest(p.ParameterType)).ToArray();
            var callback = (ICallback)Activator.CreateInstance(shape.Type, largest)!;
            var data = CallbackData.Pack(callback);
            Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, CallbackData.MaxBytes);
        }
    }

    private static object Largest(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(long) => long.MinValue,
            _ when target == typeof(int) => int.MinValue,
            _ when target == typeof(decimal) => -9_999_999.99m,
            _ when target == typeof(bool) => true,
            _ when target == typeof(string) => OperatorCatalog.LoadEmbedded().All.Select(o => o.Id).MaxBy(id => id.Length)!,
            _ when target == typeof(DateOnly) => DateOnly.MaxValue,
            _ when target.IsEnum => Enum.GetValues(target).Cast<object>().Last(),
            _ => throw new InvalidOperationException($"No largest value known for {type}"),
        };
    }
}
