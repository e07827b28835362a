using System.Text.RegularExpressions;
using TopUpBot.Domain;
using TopUpBot.Texts;

namespace TopUpBot.Tests.Texts;

public partial class TextCatalogTests
{
    private static readonly TextCatalog Catalog = TextCatalog.LoadEmbedded();

    [Fact]
    public void Every_language_has_the_same_keys()
    {
        var english = Catalog.For(Language.En).Keys.ToHashSet();
        Assert.NotEmpty(english);
        foreach (var language in TextCatalog.Languages)
        {
            var keys = Catalog.For(language).Keys.ToHashSet();
            Assert.True(english.SetEquals(keys), $"{language} differs from English: missing [{string.Join(", ", english.Except(keys))}], extra [{string.Join(", ", keys.Except(english))}]");
        }
    }

    [Fact]
    public void Every_language_uses_the_same_placeholders()
    {
        var english = Catalog.For(Language.En);
        foreach (var key in english.Keys)
        {
            foreach (var language in TextCatalog.Languages)
            {
                Assert.True(
                    Placeholders(english[key]).SetEquals(Placeholders(Catalog.For(language)[key])),
                    $"'{key}' in {language} has other placeholders than in English");
            }
        }
    }

    [Fact]
    public void Every_key_the_code_uses_exists()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "TopUpBot");
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => KeyUse().Matches(File.ReadAllText(file)).Select(m => m.Groups["key"].Value))
            .ToHashSet();

        Assert.NotEmpty(used);
        var missing = used.Where(key => !Catalog.For(Language.En).Keys.Contains(key)).ToList();
        Assert.True(missing.Count == 0, "Keys used in code but missing from the texts: " + string.Join(", ", missing));
    }

    [Fact]
    public void Arguments_are_escaped_but_html_fragments_are_not()
    {
        var t = Catalog.For(Language.En);

        var text = t.Format("Menu.UnknownCommand", "<b>x</b>");

        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", text, StringComparison.Ordinal);
        Assert.Contains("<b>", t.Format("Menu.UnknownCommand", new Html("<b>x</b>")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_fails_loudly()
    {
        var error = Assert.Throws<MissingTextException>(() => Catalog.For(Language.Zh)["No.Such.Key"]);
        Assert.Contains("No.Such.Key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-hans", Language.Zh)]
    [InlineData("zh", Language.Zh)]
    [InlineData("ru", Language.Ru)]
    [InlineData("en", Language.En)]
    [InlineData("de", Language.En)]
    [InlineData(null, Language.En)]
    public void Telegram_language_codes_map_to_our_languages(string? code, Language expected) =>
        Assert.Equal(expected, TextCatalog.FromTelegramCode(code));

    [Theory]
    [InlineData(Language.Zh, "2026年3月1日")]
    [InlineData(Language.Ru, "01.03.2026")]
    [InlineData(Language.En, "1 Mar 2026")]
    public void Dates_use_each_language_s_format(Language language, string expected) =>
        Assert.Equal(expected, Catalog.For(language).Date(new DateOnly(2026, 3, 1)));

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TopUpBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TopUpBot.sln not found above the test folder");
    }

    private static HashSet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();

    /// <summary>Texts are looked up as T["Key"], T.Format("Key", ...) or named in a route as "Commands.X".</summary>
    [GeneratedRegex(@"(?:\bT\[""|\bT\.Format\(""|\bt\[""|\bt\.Format\(""|, ""(?=Commands\.))(?<key>[A-Z][A-Za-z]+(?:\.[A-Za-z0-9]+)+)""")]
    private static partial Regex KeyUse();
}
