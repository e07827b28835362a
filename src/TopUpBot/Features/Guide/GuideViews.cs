using System.Net;
using TopUpBot.Domain;
using TopUpBot.Domain.Operators;
using TopUpBot.Texts;

namespace TopUpBot.Features.Guide;

/// <summary>
/// The guide's screens, written from the operator catalog: the prose is ours (guide.texts.*.json), every number,
/// code, address and date comes from a fact, and a fact on a weak source is marked as unverified.
/// </summary>
internal sealed class GuideViews(OperatorCatalog catalog)
{
    public string List(Texts.Texts t) => t.Format("Guide.List", catalog.CheckedOn);

    public string Overview(Texts.Texts t, OperatorInfo op)
    {
        var page = new Page(t);
        page.Add(t.Format("Guide.Title", op.Name(t.Language)));
        if (op.Id == OperatorIds.Other)
        {
            page.Gap();
            page.Add(t["Guide.Other.NoData"]);
            CashTip(page);
            CoolingTip(page);
            ForeignersTip(page);
            return page.Finish(t["Guide.ChooseChannel"]);
        }

        page.Gap();
        page.Add(t["Guide.Section.FromAbroad"]);
        FromAbroad(page, op);
        page.Gap();
        page.Add(t["Guide.Section.Codes"]);
        Codes(page, op);
        page.Gap();
        page.Add(t["Guide.Section.Keeping"]);
        Keeping(page, op);
        page.Add(t["Guide.Packages"]);
        return page.Finish(t["Guide.ChooseChannel"]);
    }

    public string Channel(Texts.Texts t, OperatorInfo op, TopUpChannelKind kind)
    {
        var page = new Page(t);
        page.Add(t.Format("Guide.Channel.Title", op.Name(t.Language), new Html(t[$"Guide.Channel.{kind}"])));
        var listed = Listed(op, kind);
        if (listed is null)
        {
            page.Gap();
            page.Add(kind == TopUpChannelKind.ThirdPartyPlatform ? t["Guide.Channel.NotOperators"] : t["Guide.Channel.NotListed"]);
        }
        else if (page.Mark(listed).Length > 0)
        {
            page.Gap();
            page.Add(t["Guide.Channel.Weak"]);
        }

        page.Gap();
        page.Add(t["Guide.Section.Steps"]);
        Steps(page, op, kind);
        page.Gap();
        page.Add(t["Guide.Section.Tips"]);
        if (PaysAcrossCurrencies(kind))
        {
            page.Add(t["Guide.Tip.Rate"]);
        }

        Keeping(page, op);
        CoolingTip(page);
        ForeignersTip(page);
        return page.Finish();
    }

    /// <summary>Channel buttons: those the catalog lists, then agents and platforms, which work for any operator.</summary>
    public static IReadOnlyList<TopUpChannelKind> Channels(OperatorInfo op)
    {
        var kinds = op.TopUpChannels.Select(c => c.Value.Kind).ToList();
        if (!kinds.Contains(TopUpChannelKind.ThirdPartyPlatform))
        {
            kinds.Add(TopUpChannelKind.ThirdPartyPlatform);
        }

        return kinds;
    }

    /// <summary>The self-service site, when its source is not a weak one.</summary>
    public static Uri? ConfirmedSite(OperatorInfo op) =>
        op.SelfServiceWebsite is { Value: { } url, Unverified: false } ? url : null;

    /// <summary>The address a channel page links to: the channel's own confirmed URL, or the confirmed site for the website.</summary>
    public static Uri? ConfirmedUrl(OperatorInfo op, TopUpChannelKind kind) =>
        Listed(op, kind) is { Value.Url: { } url, Unverified: false } ? url
        : kind == TopUpChannelKind.OfficialWebsite ? ConfirmedSite(op)
        : null;

    /// <summary>An address as people write it: host and path, without the scheme.</summary>
    public static string Display(Uri url) => (url.Host + url.AbsolutePath).TrimEnd('/');

    private static Fact<TopUpChannel>? Listed(OperatorInfo op, TopUpChannelKind kind) =>
        op.TopUpChannels.FirstOrDefault(c => c.Value.Kind == kind);

    private static bool IsRemote(TopUpChannelKind kind) => kind is TopUpChannelKind.OfficialWebsite
        or TopUpChannelKind.OperatorApp or TopUpChannelKind.BankApp or TopUpChannelKind.ThirdPartyPlatform;

    private static bool NeedsPresence(TopUpChannelKind kind) => kind is TopUpChannelKind.Terminal or TopUpChannelKind.OperatorStore;

    /// <summary>Ways where a card or an agent may convert another currency into rubles.</summary>
    private static bool PaysAcrossCurrencies(TopUpChannelKind kind) => kind is TopUpChannelKind.OfficialWebsite
        or TopUpChannelKind.OperatorApp or TopUpChannelKind.ThirdPartyPlatform or TopUpChannelKind.Other;

    private static string OperatorPhrase(Texts.Texts t, OperatorInfo op) =>
        op.Id == OperatorIds.Other ? t["Guide.YourOperator"] : op.Name(t.Language);

    private static void FromAbroad(Page page, OperatorInfo op)
    {
        var t = page.T;
        var remote = op.TopUpChannels.Where(c => IsRemote(c.Value.Kind)).ToList();
        var inPerson = op.TopUpChannels.Where(c => NeedsPresence(c.Value.Kind)).ToList();
        if (op.TopUpChannels.Count == 0)
        {
            page.Add(t.Format("Guide.FromAbroad.NoChannels", op.Name(t.Language)));
        }
        else if (remote.Count == 0)
        {
            page.Add(t.Format("Guide.FromAbroad.NoRemote", op.Name(t.Language)));
        }
        else
        {
            page.Add(t.Format("Guide.FromAbroad.Remote", new Html(ChannelNames(page, remote)), new Html(page.MarkAll(remote))));
        }

        if (inPerson.Count > 0)
        {
            page.Add(t.Format("Guide.FromAbroad.InPerson", new Html(ChannelNames(page, inPerson)), new Html(page.MarkAll(inPerson))));
        }

        page.Add(ForeignCards(page, op));
        page.Add(t["Guide.FromAbroad.Agents"]);
    }

    private static string ChannelNames(Page page, IEnumerable<Fact<TopUpChannel>> channels) =>
        string.Join(page.T["Guide.ListSeparator"], channels.Select(c => page.T[$"Guide.ChannelName.{c.Value.Kind}"]));

    private static string ForeignCards(Page page, OperatorInfo op) => op.ForeignCardsAccepted.Value switch
    {
        true => page.T.Format("Guide.ForeignCards.Yes", new Html(page.Mark(op.ForeignCardsAccepted))),
        false => page.T.Format("Guide.ForeignCards.No", new Html(page.Mark(op.ForeignCardsAccepted))),
        null => page.Seen(op.ForeignCardsAccepted, page.T["Guide.ForeignCards.Unknown"]),
    };

    private static void Codes(Page page, OperatorInfo op)
    {
        var t = page.T;
        page.Add(t.Format("Guide.Balance", new Html(page.CodeOrNotFound(op.Ussd.Balance))));
        page.Add(t.Format("Guide.Promised", new Html(PromisedPayment(page, op))));
        page.Add(t.Format("Guide.Support", new Html(page.CodeOrNotFound(op.Support.ShortNumber)), new Html(page.CodeOrNotFound(op.Support.FromAbroad))));
        page.Add(t.Format("Guide.Site", new Html(Site(page, op) ?? t["Guide.NotFound"])));
        page.Add(t.Format("Guide.App", new Html(App(page, op) ?? t["Guide.NotFound"])));
    }

    private static string PromisedPayment(Page page, OperatorInfo op)
    {
        var t = page.T;
        var text = page.CodeOrNotFound(op.Ussd.PromisedPayment);
        if (op.Ussd.PromisedPayment.IsKnown && op.PromisedPaymentDays.Value is { } days)
        {
            text += t.Format("Guide.Promised.For", Count(t, "Days", days), new Html(page.Mark(op.PromisedPaymentDays)));
        }

        if (op.Ussd.PromisedPaymentCheck.IsKnown)
        {
            text += t.Format("Guide.Promised.Check", new Html(page.CodeOrNotFound(op.Ussd.PromisedPaymentCheck)));
        }

        return text;
    }

    /// <summary>The site as a link when its source is sound, as plain text marked unverified otherwise; null when unknown.</summary>
    private static string? Site(Page page, OperatorInfo op)
    {
        var fact = op.SelfServiceWebsite;
        var mark = page.Mark(fact);
        if (fact.Value is not { } url)
        {
            return null;
        }

        var shown = WebUtility.HtmlEncode(Display(url));
        return ConfirmedSite(op) is null ? shown + mark : $"<a href=\"{WebUtility.HtmlEncode(url.AbsoluteUri)}\">{shown}</a>";
    }

    private static string? App(Page page, OperatorInfo op)
    {
        var mark = page.Mark(op.App);
        return op.App.Value is { } name ? WebUtility.HtmlEncode(name) + mark : null;
    }

    private static void Keeping(Page page, OperatorInfo op)
    {
        var t = page.T;
        var counts = op.TopUpCountsAsActivity;
        page.Add(counts.Value switch
        {
            TopUpCounts.Yes => t.Format("Guide.Counts.Yes", new Html(page.Mark(counts))) + (counts.Unverified ? t["Guide.Counts.Safe"] : string.Empty),
            TopUpCounts.No => t.Format("Guide.Counts.No", new Html(page.Mark(counts))),
            _ => page.Seen(counts, t["Guide.Counts.Unknown"]),
        });

        var (days, fee) = (op.InactivityDays, op.InactivityFeePerDay);
        page.Add((days.Value, fee.Value) switch
        {
            ({ } d, { } f) => t.Format("Guide.Inactivity", Count(t, "Days", d), new Html(t.Rubles(f)), new Html(page.Mark(days, fee))),
            ({ } d, null) => t.Format("Guide.Inactivity.NoFee", Count(t, "Days", d), new Html(page.Mark(days, fee))),
            _ => page.Seen(days, t["Guide.Inactivity.Unknown"]),
        });

        var zero = op.DaysAtZeroBeforeTermination;
        page.Add(zero.Value switch
        {
            0 => t.Format("Guide.Zero.Now", new Html(page.Mark(zero))),
            { } d => t.Format("Guide.Zero.Days", Count(t, "Days", d), new Html(page.Mark(zero))),
            null => page.Seen(zero, t["Guide.Zero.Unknown"]),
        });
    }

    private void Steps(Page page, OperatorInfo op, TopUpChannelKind kind)
    {
        var t = page.T;
        var name = OperatorPhrase(t, op);
        var balance = new Html(BalanceBy(page, op));
        switch (kind)
        {
            case TopUpChannelKind.OfficialWebsite:
                page.Add(t.Format("Guide.Steps.OfficialWebsite", new Html(Site(page, op) ?? t["Guide.SiteUnknown"]), balance));
                page.Add(ForeignCards(page, op));
                break;
            case TopUpChannelKind.OperatorApp:
                page.Add(t.Format("Guide.Steps.OperatorApp", new Html(App(page, op) ?? t["Guide.AppUnknown"]), balance));
                page.Add(ForeignCards(page, op));
                break;
            case TopUpChannelKind.BankApp:
                page.Add(t.Format("Guide.Steps.BankApp", name, balance));
                break;
            case TopUpChannelKind.Terminal:
                page.Add(t.Format("Guide.Steps.Terminal", name, new Html(CashId(page)), balance));
                break;
            case TopUpChannelKind.OperatorStore:
                page.Add(t.Format("Guide.Steps.OperatorStore", name, new Html(CashId(page)), balance));
                break;
            case TopUpChannelKind.ThirdPartyPlatform:
                page.Add(t.Format("Guide.Steps.ThirdPartyPlatform", name, balance));
                break;
            default:
                page.Add(t.Format("Guide.Steps.Other", balance));
                page.Add(t.Format("Guide.Support", new Html(page.CodeOrNotFound(op.Support.ShortNumber)), new Html(page.CodeOrNotFound(op.Support.FromAbroad))));
                break;
        }
    }

    private static string BalanceBy(Page page, OperatorInfo op) =>
        op.Ussd.Balance.IsKnown
            ? page.T.Format("Guide.BalanceBy.Code", new Html(page.CodeOrNotFound(op.Ussd.Balance)))
            : page.Seen(op.Ussd.Balance, page.T["Guide.BalanceBy.App"]);

    private string CashId(Page page)
    {
        var since = catalog.General.CashTopUpNeedsIdSince;
        return since.Value is { } date
            ? page.T.Format("Guide.CashId", date, new Html(page.Mark(since)))
            : page.Seen(since, string.Empty);
    }

    private void CashTip(Page page)
    {
        if (CashId(page) is { Length: > 0 } cash)
        {
            page.Add(page.T.Format("Guide.Tip.Cash", new Html(cash)));
        }
    }

    private void CoolingTip(Page page)
    {
        var t = page.T;
        var cooling = catalog.General.CoolingPeriod;
        if (cooling.Value is not { } rule)
        {
            page.Seen(cooling, string.Empty);
            return;
        }

        var lift = catalog.General.CoolingPeriodLiftedBy;
        var how = lift.Value is { } ways
            ? string.Join(t["Guide.Or"], ways.Select(w => t[$"Guide.Lift.{w}"])) + page.Mark(lift)
            : page.Seen(lift, t["Guide.Lift.Unknown"]);
        page.Add(t.Format(
            "Guide.Tip.Cooling",
            rule.Since,
            Count(t, "Hours", rule.IdleHoursBeforeBlock),
            Count(t, "Hours", rule.BlockHours),
            new Html(page.Mark(cooling)),
            new Html(how)));
    }

    private void ForeignersTip(Page page)
    {
        var t = page.T;
        var general = catalog.General;
        var parts = new List<string>();
        if (general.ForeignersReverificationDeadline.Value is { } deadline)
        {
            parts.Add(t.Format("Guide.Foreigners.Deadline", deadline, new Html(page.Mark(general.ForeignersReverificationDeadline))));
        }

        if (general.ForeignersVerificationNeeds.Value is { } needs)
        {
            var list = string.Join(t["Guide.ListSeparator"], needs.Select(n => t[$"Guide.Verify.{n}"]));
            parts.Add(t.Format("Guide.Foreigners.Needs", new Html(list), new Html(page.Mark(general.ForeignersVerificationNeeds))));
        }

        if (general.ForeignersIdleMonthsBeforeCut.Value is { } months)
        {
            parts.Add(t.Format("Guide.Foreigners.Idle", Count(t, "Months", months), new Html(page.Mark(general.ForeignersIdleMonthsBeforeCut))));
        }

        if (parts.Count > 0)
        {
            page.Add(t["Guide.Foreigners.Title"] + string.Concat(parts));
        }
    }

    /// <summary>"3 days", "3 дня", "3 天": Russian needs three plural forms, Chinese and English fewer.</summary>
    private static string Count(Texts.Texts t, string unit, int n)
    {
        var form = t.Language == Language.Ru
            ? (n % 10, n % 100) switch
            {
                (1, not 11) => "One",
                (>= 2 and <= 4, < 12 or > 14) => "Few",
                _ => "Many",
            }
            : n == 1 ? "One" : "Many";
        return t.Format($"Guide.{unit}.{form}", n);
    }

    /// <summary>One screen's lines, and the oldest "checked on" date of the facts it used.</summary>
    private sealed class Page(Texts.Texts t)
    {
        private readonly List<string> lines = [];
        private DateOnly oldestCheck = DateOnly.MaxValue;

        public Texts.Texts T => t;

        public void Add(string line) => lines.Add(line);

        public void Gap() => lines.Add(string.Empty);

        /// <summary>Notes that the page relied on <paramref name="fact"/> and passes <paramref name="text"/> through.</summary>
        public string Seen<TValue>(Fact<TValue> fact, string text)
        {
            if (fact.CheckedOn < oldestCheck)
            {
                oldestCheck = fact.CheckedOn;
            }

            return text;
        }

        /// <summary>The "unverified" mark when the fact rests on a weak source, else nothing.</summary>
        public string Mark<TValue>(Fact<TValue> fact) => Seen(fact, fact.Unverified ? t["Guide.Unverified"] : string.Empty);

        /// <summary>One mark for a sentence built from two facts: unverified when either is.</summary>
        public string Mark<TA, TB>(Fact<TA> a, Fact<TB> b)
        {
            var first = Mark(a);
            var second = Mark(b);
            return first.Length > 0 ? first : second;
        }

        public string MarkAll<TValue>(IEnumerable<Fact<TValue>> facts) =>
            facts.Select(fact => Mark(fact)).Aggregate(string.Empty, (mark, next) => mark.Length > 0 ? mark : next);

        /// <summary>A code or phone number in &lt;code&gt; so it copies with a tap, or "not found".</summary>
        public string CodeOrNotFound(Fact<string?> fact) => fact.Value is { } value
            ? $"<code>{WebUtility.HtmlEncode(value)}</code>{Mark(fact)}"
            : Seen(fact, t["Guide.NotFound"]);

        public string Finish(string? last = null)
        {
            Gap();
            Add(t.Format("Guide.Checked", oldestCheck));
            if (last is not null)
            {
                Gap();
                Add(last);
            }

            return string.Join("\n", lines);
        }
    }
}
