using System.Text;
using System.Text.Json.Nodes;
using TopUpBot.Domain;
using TopUpBot.Domain.Operators;
using TopUpBot.Features.Guide;
using TopUpBot.Texts;

namespace TopUpBot.Tests.Guide;

/// <summary>The guide follows the catalog: edited copies of operators.json change what the pages say and link to.</summary>
public class GuideViewsTests
{
    private static readonly TopUpBot.Texts.Texts English = TextCatalog.LoadEmbedded().For(Language.En);

    [Fact]
    public void A_page_shows_the_oldest_check_among_the_facts_it_uses()
    {
        // operators[0] is MTS; its balance code is on its overview and on every channel page, not on Beeline's.
        var catalog = Edited(root => root["operators"]![0]!["ussd"]!["balance"]!["checkedOn"] = "2026-01-05");
        var views = new GuideViews(catalog);

        Assert.Contains("Facts checked on 5 Jan 2026.", views.Overview(English, catalog.Get("mts")), StringComparison.Ordinal);
        Assert.Contains("Facts checked on 5 Jan 2026.", views.Channel(English, catalog.Get("mts"), TopUpChannelKind.Terminal), StringComparison.Ordinal);
        Assert.Contains("Facts checked on 25 Nov 2026.", views.Overview(English, catalog.Get("beeline")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_on_a_weak_source_is_shown_as_unverified_text_without_a_link_or_button()
    {
        var catalog = Edited(root => root["operators"]![0]!["selfServiceWebsite"]!["grade"] = "C");
        var mts = catalog.Get("mts");

        var overview = new GuideViews(catalog).Overview(English, mts);

        Assert.Contains("Self-service site: lk.mts.ru <i>(unverified)</i>", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href", overview, StringComparison.Ordinal);
        Assert.DoesNotContain(GuideKeyboards.Overview(English, mts).InlineKeyboard.SelectMany(row => row), b => b.Url is not null);
        Assert.DoesNotContain(GuideKeyboards.Channel(English, mts, TopUpChannelKind.OfficialWebsite).InlineKeyboard.SelectMany(row => row), b => b.Url is not null);
    }

    [Fact]
    public void A_channel_with_its_own_confirmed_address_links_to_it()
    {
        // operators[1] is Beeline; its bank-app channel (index 2) gets a made-up but well-sourced address.
        var catalog = Edited(root =>
        {
            var channel = root["operators"]![1]!["topUpChannels"]![2]!;
            channel["value"]!["url"] = "https://pay.example.org/beeline";
            channel["grade"] = "A";
        });

        var buttons = GuideKeyboards.Channel(English, catalog.Get("beeline"), TopUpChannelKind.BankApp).InlineKeyboard.SelectMany(row => row);

        var link = Assert.Single(buttons, b => b.Url is not null);
        Assert.Equal(("🌐 Open pay.example.org/beeline", "https://pay.example.org/beeline"), (link.Text, link.Url));
    }

    [Fact]
    public void What_the_catalog_learns_about_foreign_cards_reaches_the_text()
    {
        var catalog = Edited(root =>
        {
            var fact = root["operators"]![0]!["foreignCardsAccepted"]!;
            fact["value"] = false;
            fact["grade"] = "B";
        });

        var overview = new GuideViews(catalog).Overview(English, catalog.Get("mts"));

        Assert.Contains("💳 Bank cards issued abroad are not accepted.", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("no source confirms", overview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 день")]
    [InlineData(3, "3 дня")]
    [InlineData(5, "5 дней")]
    [InlineData(11, "11 дней")]
    [InlineData(12, "12 дней")]
    [InlineData(21, "21 день")]
    [InlineData(22, "22 дня")]
    [InlineData(25, "25 дней")]
    public void Russian_counts_take_the_right_plural(int days, string expected)
    {
        var russian = TextCatalog.LoadEmbedded().For(Language.Ru);
        var catalog = Edited(root => root["operators"]![1]!["promisedPaymentDays"]!["value"] = days);

        var overview = new GuideViews(catalog).Overview(russian, catalog.Get("beeline"));

        Assert.Contains($"<code>*141#</code> на {expected};", overview, StringComparison.Ordinal);
    }

    private static OperatorCatalog Edited(Action<JsonNode> edit)
    {
        using var stream = typeof(OperatorCatalog).Assembly.GetManifestResourceStream("TopUpBot.Domain.Operators.operators.json")!;
        var root = JsonNode.Parse(stream)!;
        edit(root);
        return OperatorCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(root.ToJsonString())));
    }
}
