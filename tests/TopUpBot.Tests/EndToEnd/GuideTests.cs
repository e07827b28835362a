using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.Enums;
using TopUpBot.Domain;
using TopUpBot.Domain.Operators;
using TopUpBot.Features.Guide;
using TopUpBot.Routing;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Texts;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>The top-up guide end to end: every operator, every channel, every language, and its entry points.</summary>
public sealed partial class GuideTests : IAsyncLifetime
{
    private static readonly OperatorCatalog Catalog = OperatorCatalog.LoadEmbedded();
    private static readonly TextCatalog Texts = TextCatalog.LoadEmbedded();

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string> Languages => ["zh", "ru", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_operator_and_every_channel_renders_in_every_language(string code)
    {
        var t = Texts.For(TextCatalog.FromTelegramCode(code));
        var user = _bot.User(2001, "Li", code);

        await user.Sends("/guide");
        var list = user.LastMessage;
        AssertRendered(t, list);
        Assert.Equal([.. Catalog.All.Select(o => o.Name(t.Language)), t["Common.BackToMenu"]], list.Buttons.Select(b => b.Text));

        foreach (var op in Catalog.All)
        {
            Assert.NotNull(await user.Taps(op.Name(t.Language), list));
            var overview = user.LastMessage;
            AssertRendered(t, overview);
            Assert.StartsWith(Plain(t.Format("Guide.Title", op.Name(t.Language))), overview.Text, StringComparison.Ordinal);
            AssertCodes(t, overview, op.Ussd.Balance, op.Ussd.PromisedPayment, op.Ussd.PromisedPaymentCheck, op.Support.ShortNumber, op.Support.FromAbroad);
            AssertOnlyConfirmedUrls(overview, op);
            Assert.Equal(op.SelfServiceWebsite is { Value: not null, Unverified: false }, overview.Buttons.Any(b => b.Url is not null));

            // A button for every channel the catalog lists, and one for agents and platforms.
            var channelButtons = overview.Buttons.Where(b => b.CallbackData is { } data && data != CallbackData.Pack(new OpenGuide(null, null)))
                .Select(b => b.CallbackData).ToList();
            var expected = op.TopUpChannels.Select(c => c.Value.Kind).Append(TopUpChannelKind.ThirdPartyPlatform).Distinct()
                .Select(kind => CallbackData.Pack(new OpenGuide(op.Id, kind)));
            Assert.Equal(expected, channelButtons);

            foreach (var kind in Enum.GetValues<TopUpChannelKind>().Where(k => k != TopUpChannelKind.Missing))
            {
                Assert.NotNull(await user.TapsData(CallbackData.Pack(new OpenGuide(op.Id, kind)), overview));
                var page = user.LastMessage;
                AssertRendered(t, page);
                Assert.Contains(Plain(t[$"Guide.Channel.{kind}"]), page.Text, StringComparison.Ordinal);
                AssertCodes(t, page, op.Ussd.Balance);
                AssertOnlyConfirmedUrls(page, op);
            }

            Assert.NotNull(await user.Taps(t["Common.Back"]));
            Assert.Same(overview, user.LastMessage);
            Assert.NotNull(await user.Taps(t["Common.Back"]));
            Assert.StartsWith(Plain(t["Guide.List"]).Split('\n')[0], user.LastMessage.Text, StringComparison.Ordinal);
        }

        Assert.All(user.CallbackAnswers, answer => Assert.Null(answer.Text));
        Assert.DoesNotContain(_bot.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task How_do_I_top_up_MTS_from_China_is_answered_in_Chinese()
    {
        var t = Texts.For(Language.Zh);
        var mts = Catalog.Get(OperatorIds.Mts);
        var checkedOn = t.Date(Catalog.CheckedOn);
        var li = _bot.User(3001, "李", "zh-hans");
        await li.Sends("/start");
        await li.Taps("📖 如何充值");
        await li.Taps(mts.Name(Language.Zh));

        var overview = li.LastMessage.Text!;
        Assert.Contains("在国外充值", overview, StringComparison.Ordinal);
        Assert.Contains("可以远程充值：官网、运营商 App", overview, StringComparison.Ordinal);
        Assert.Contains("只能在俄罗斯境内：缴费终端", overview, StringComparison.Ordinal);
        Assert.Contains("境外银行卡（例如中国的银联卡）：没有资料确认可以使用", overview, StringComparison.Ordinal);
        Assert.Contains("支付宝、微信", overview, StringComparison.Ordinal);
        Assert.Contains($"自助网站：{mts.SelfServiceWebsite.Value!.Host}", overview, StringComparison.Ordinal);
        Assert.Contains($"App：{mts.App.Value}（未核实）", overview, StringComparison.Ordinal);
        Assert.Contains($"在国外拨打：{mts.Support.FromAbroad.Value}", overview, StringComparison.Ordinal);
        Assert.Contains("尚未确认单纯充值是否算作活跃", overview, StringComparison.Ordinal);
        Assert.Contains($"核实于{checkedOn}", overview, StringComparison.Ordinal);

        await li.Taps("🌐 官网");
        var website = li.LastMessage;
        Assert.Contains($"打开自助网站：{mts.SelfServiceWebsite.Value!.Host}", website.Text, StringComparison.Ordinal);
        Assert.Contains("用银行卡付款", website.Text, StringComparison.Ordinal);
        Assert.Contains("到账的卢布会比按俄罗斯央行汇率算的少", website.Text, StringComparison.Ordinal);
        Assert.Contains("移动数据和短信会被封锁 24 小时", website.Text, StringComparison.Ordinal);
        Assert.Contains($"核实于{checkedOn}", website.Text, StringComparison.Ordinal);
        Assert.Equal(mts.SelfServiceWebsite.Value!.AbsoluteUri, Assert.Single(website.Buttons, b => b.Url is not null).Url);

        await li.Taps("⬅️ 返回");
        await li.Taps("📱 运营商 App");
        Assert.Contains($"安装运营商 App：{mts.App.Value}（未核实）", li.LastMessage.Text, StringComparison.Ordinal);

        await li.Taps("⬅️ 返回");
        await li.Taps("🤝 代理或平台");
        var agents = li.LastMessage.Text!;
        Assert.Contains("这不是运营商自己的渠道", agents, StringComparison.Ordinal);
        Assert.Contains("能到账多少卢布、按什么汇率", agents, StringComparison.Ordinal);
        Assert.Contains("/rate", agents, StringComparison.Ordinal);
        Assert.Contains($"核实于{checkedOn}", agents, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sim_cards_button_opens_that_sims_operator()
    {
        var ann = _bot.User();
        await AddSim(ann, "Beeline", "89031234567");
        await ann.Taps("📖 How to top up");
        Assert.StartsWith("📖 Beeline: how to top up", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Balance: *102#", ann.LastMessage.Text, StringComparison.Ordinal);

        await AddSim(ann, "T2", "89521234567");
        await ann.Taps("📖 How to top up");
        Assert.StartsWith("📖 T2 (formerly Tele2): how to top up", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("A top-up alone counts as activity (unverified)", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_operator_gets_the_outdated_answer_and_the_operator_list()
    {
        var ann = _bot.User();
        await ann.Sends("/guide mts");
        var overview = ann.LastMessage;
        Assert.StartsWith("📖 MTS: how to top up", overview.Text, StringComparison.Ordinal);

        var answer = await ann.TapsData(CallbackData.Pack(new OpenGuide("tele2", null)), overview);

        Assert.Equal("This menu is outdated. Here is a fresh one.", answer?.Text);
        Assert.Same(overview, ann.LastMessage);
        Assert.StartsWith("📖 How to top up", overview.Text, StringComparison.Ordinal);
        Assert.Contains(overview.Buttons, b => b.Text == "Yota");
        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Message.Contains("unknown operator tele2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_channel_without_a_kind_gets_the_outdated_answer_and_the_operator()
    {
        var ann = _bot.User();
        await ann.Sends("/guide");

        var answer = await ann.TapsData("gd.1:megafon:0", ann.LastMessage);

        Assert.Equal("This menu is outdated. Here is a fresh one.", answer?.Text);
        Assert.StartsWith("📖 MegaFon: how to top up", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guide МегаФон", "📖 MegaFon: how to top up")]
    [InlineData("/guide YOTA", "📖 Yota: how to top up")]
    [InlineData("/guide tele3", "📖 How to top up")]
    [InlineData("/guide", "📖 How to top up")]
    public async Task The_guide_command_opens_the_list_or_the_named_operator(string command, string start)
    {
        var ann = _bot.User();

        await ann.Sends(command);

        Assert.StartsWith(start, ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guide_command_is_published_in_every_language()
    {
        Assert.Contains(_bot.Api.CommandsFor(languageCode: "zh"), c => c.Command == "guide" && c.Description == "各运营商充值指南");
        Assert.Contains(_bot.Api.CommandsFor(languageCode: "ru"), c => c.Command == "guide" && c.Description == "Как пополнить счёт: по операторам");
        Assert.Contains(_bot.Api.CommandsFor(), c => c.Command == "guide" && c.Description == "How to top up, per operator");
    }

    [Fact]
    public async Task The_guide_ends_a_half_finished_dialog()
    {
        var ann = _bot.User();
        await ann.Sends("/add");
        await ann.Taps("MTS");

        await ann.Sends("/guide");
        await ann.Sends("89161234567");

        Assert.Contains("didn't understand", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    /// <summary>A page is whole: no apology, no unfilled placeholder, within Telegram's limit, with its "checked on" date.</summary>
    private static void AssertRendered(TopUpBot.Texts.Texts t, ChatMessage message)
    {
        var text = message.Text ?? string.Empty;
        Assert.DoesNotContain(Plain(t["Common.Error"]), text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 1, 4096);

        // Every page ends with the words the operator list uses before its date ("Facts checked on "), then the date.
        var before = Plain(t["Guide.List"]).Split('\n')[^1].Split("{0}")[0];
        var at = text.LastIndexOf(before, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no 'checked on' date in: {text}");
        var rest = text[(at + before.Length)..];
        var shown = Enumerable.Range(1, Math.Min(rest.Length, 20))
            .Select(length => DateOnly.TryParseExact(rest[..length], t["Format.Date"], t.Culture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
            .LastOrDefault(date => date is not null);
        Assert.True(shown >= Catalog.CheckedOn, $"'{rest}' does not start with a date on or after {Catalog.CheckedOn}");
    }

    /// <summary>Known codes and numbers sit in &lt;code&gt;, followed by "unverified" exactly when their source is weak.</summary>
    private static void AssertCodes(TopUpBot.Texts.Texts t, ChatMessage message, params Fact<string?>[] facts)
    {
        var text = message.Text!;
        var codes = (message.Current.Entities ?? []).Where(e => e.Type == MessageEntityType.Code).Select(e => text.Substring(e.Offset, e.Length)).ToList();
        var unverified = Plain(t["Guide.Unverified"]);
        foreach (var fact in facts.Where(f => f.IsKnown))
        {
            Assert.Contains(fact.Value, codes);
            Assert.Equal(fact.Unverified, text.Contains(fact.Value + unverified, StringComparison.Ordinal));
        }
    }

    private static void AssertOnlyConfirmedUrls(ChatMessage message, OperatorInfo op)
    {
        var confirmed = op.TopUpChannels.Where(c => !c.Unverified && c.Value.Url is not null).Select(c => c.Value.Url!.AbsoluteUri)
            .Concat(op.SelfServiceWebsite is { Value: { } site, Unverified: false } ? [site.AbsoluteUri] : [])
            .ToHashSet();
        Assert.All(message.Buttons.Where(b => b.Url is not null), b => Assert.Contains(b.Url!, confirmed));
        Assert.All(
            (message.Current.Entities ?? []).Where(e => e.Type == MessageEntityType.TextLink),
            link => Assert.Contains(link.Url!, confirmed));
    }

    /// <summary>Text as Telegram shows it: the tags of our HTML removed.</summary>
    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

    private static async Task AddSim(FakeUser user, string operatorName, string number)
    {
        await user.Sends("/add");
        await user.Taps(operatorName);
        await user.Sends(number);
        await user.Taps("Skip");
        await user.Sends("100");
        await user.Taps("No fee");
        await user.Taps("Today");
        await user.Taps("✅ Save");
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
