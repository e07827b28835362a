using System.Text;
using System.Text.Json.Nodes;
using TopUpBot.Domain.Operators;

namespace TopUpBot.Domain.Tests.Operators;

/// <summary>The embedded operators.json as text, to feed the loader edited copies.</summary>
internal static class CatalogFiles
{
    public static string Original { get; } = ReadEmbedded();

    public static string Edit(Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(Original)!;
        edit(root);
        return root.ToJsonString();
    }

    public static OperatorCatalog Load(string json) => OperatorCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    public static string LoadError(string json) => Assert.Throws<OperatorCatalogException>(() => Load(json)).Message;

    private static string ReadEmbedded()
    {
        using var stream = typeof(OperatorCatalog).Assembly.GetManifestResourceStream("TopUpBot.Domain.Operators.operators.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
