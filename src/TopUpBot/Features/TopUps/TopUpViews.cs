using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Sims;
using TopUpBot.Texts;

namespace TopUpBot.Features.TopUps;

/// <summary>Turns drafts, conversions and saved top-ups into the texts of the wizard and its confirmation.</summary>
internal sealed class TopUpViews(SimViews simViews, OperatorCatalog catalog)
{
    public static string Money(Texts.Texts t, decimal amount, Currency currency) =>
        currency == Currency.Rub ? t.Rubles(amount) : string.Format(t.Culture, t["TopUps.Format.Money"], amount, currency.Code);

    public static string Money(Texts.Texts t, Money money) => Money(t, money.Amount, money.Currency);

    public static string Rate(Texts.Texts t, ExchangeRate rate) =>
        string.Format(t.Culture, t["TopUps.Format.Rate"], rate.RubPerUnit, rate.Currency.Code);

    public static string Channel(Texts.Texts t, TopUpChannelKind kind) =>
        t[$"TopUps.Channel.{(TopUpKeyboards.Channels.Contains(kind) ? kind : TopUpChannelKind.Other)}"];

    public string SimLine(Texts.Texts t, Sim sim) =>
        t.Format("TopUps.Line.Sim", simViews.Title(t, sim), SimViews.Masked(sim.Number));

    /// <summary>The summary card: what was paid, what it is worth and at which rates, and what it will do to the SIM.</summary>
    public string Summary(Texts.Texts t, Sim sim, TopUpDraft draft, TopUpConversion conversion)
    {
        var paid = Drafts.Paid(draft);
        var lines = new List<string> { SimLine(t, sim) };
        lines.AddRange(Amounts(t, paid, Drafts.Official(draft), draft.Official?.Stale == true, conversion));
        lines.Add(t.Format("TopUps.Line.Channel", new Html(Channel(t, draft.Channel ?? TopUpChannelKind.Other))));
        lines.Add(t.Format("TopUps.Line.Date", draft.On ?? default));
        if (draft.Note is { } note)
        {
            lines.Add(t.Format("TopUps.Line.Note", note));
        }

        var effect = SimTopUp.Apply(sim, conversion.Rub, draft.On ?? default, sim.RulesFrom(catalog).TopUpCountsAsActivity);
        lines.Add(BalancePreview(t, sim, effect));
        lines.Add(Clock(t, sim, effect));
        return t.Format("TopUps.Summary", new Html(string.Join("\n", lines)));
    }

    /// <summary>After saving: what was recorded, the new balance, whether the inactivity clock restarted, and what is next.</summary>
    public string Saved(Texts.Texts t, TopUp topUp, TopUpEffect effect, Sim saved, DateOnly today)
    {
        var outlook = simViews.Outlook(saved, today);
        var balance = effect.Balance switch
        {
            BalanceEffect.Added => t.Format("TopUps.Saved.Balance", new Html(SimViews.Balance(t, saved.Balance, saved.BalanceKnownOn))),
            BalanceEffect.AlreadyIncluded => t.Format("TopUps.Saved.BalanceIncluded", saved.BalanceKnownOn!.Value, new Html(t.Rubles(saved.Balance!.Value))),
            _ => t["TopUps.Saved.BalanceUnknown"],
        };
        return t.Format(
            "TopUps.Saved",
            new Html(topUp.Paid.Currency == Currency.Rub ? t.Rubles(topUp.Rub) : $"{Money(t, topUp.Paid)} → {t.Rubles(topUp.Rub)}"),
            new Html(balance),
            new Html(Clock(t, saved, effect)),
            new Html(t[$"Sims.Mark.{outlook.Status}"]),
            new Html(SimViews.NextAction(t, saved, outlook)));
    }

    /// <summary>What a foreign amount is worth at the official rate, for the question about what the user really got.</summary>
    public static string OfficialWorth(Texts.Texts t, TopUpDraft draft) => Drafts.Official(draft) is { } official
        ? t.Format(
            draft.Official!.Stale ? "TopUps.OfficialWorthStale" : "TopUps.OfficialWorth",
            new Html(Rate(t, official)),
            official.Date,
            new Html(Money(t, Drafts.Paid(draft))),
            new Html(t.Rubles(Drafts.Paid(draft).ToRub(official).Amount)))
        : t.Format("TopUps.NoOfficialRate", draft.Currency);

    private static IEnumerable<string> Amounts(Texts.Texts t, Money paid, ExchangeRate? official, bool stale, TopUpConversion conversion)
    {
        if (paid.Currency == Currency.Rub)
        {
            yield return t.Format("TopUps.Line.Amount", new Html(t.Rubles(paid.Amount)));
            yield break;
        }

        yield return t.Format("TopUps.Line.Paid", new Html(Money(t, paid)));
        yield return conversion.UserRate is { } userRate
            ? t.Format("TopUps.Line.CreditedAtYourRate", new Html(t.Rubles(conversion.Rub)), new Html(Rate(t, userRate)))
            : t.Format("TopUps.Line.CreditedAtOfficialRate", new Html(t.Rubles(conversion.Rub)));
        yield return official is null
            ? t["TopUps.Line.OfficialUnknown"]
            : t.Format(stale ? "TopUps.Line.OfficialStale" : "TopUps.Line.Official", new Html(Rate(t, official)), official.Date);
        if (conversion.Markup is { } markup)
        {
            yield return markup.Rub >= 0
                ? t.Format("TopUps.Line.Markup", new Html(t.Rubles(markup.Rub)), markup.Percent)
                : t.Format("TopUps.Line.BetterRate", new Html(t.Rubles(-markup.Rub)), -markup.Percent);
        }
    }

    private static string BalancePreview(Texts.Texts t, Sim sim, TopUpEffect effect) => effect.Balance switch
    {
        BalanceEffect.Added => t.Format("TopUps.Line.Balance", new Html(t.Rubles(sim.Balance!.Value)), new Html(t.Rubles(effect.Sim.Balance!.Value))),
        BalanceEffect.AlreadyIncluded => t.Format("TopUps.Line.BalanceIncluded", new Html(t.Rubles(sim.Balance!.Value)), sim.BalanceKnownOn!.Value),
        _ => t["TopUps.Line.BalanceUnknown"],
    };

    private string Clock(Texts.Texts t, Sim sim, TopUpEffect effect)
    {
        var name = simViews.OperatorName(t, sim.OperatorId);
        return effect.Clock switch
        {
            ClockEffect.Reset => t.Format("TopUps.Clock.Reset", name, effect.Sim.LastPaidActivity!.On),
            ClockEffect.AlreadyLater => t.Format("TopUps.Clock.AlreadyLater", name, effect.Sim.LastPaidActivity!.On),
            ClockEffect.NotCounted => t.Format("TopUps.Clock.NotCounted", name),
            _ => t.Format("TopUps.Clock.MayNotCount", name),
        };
    }
}

/// <summary>The domain values a draft stands for.</summary>
internal static class Drafts
{
    public static Currency Currency(TopUpDraft draft) => Domain.Finance.Currency.FromCode(draft.Currency);

    public static bool IsForeign(TopUpDraft draft) => Currency(draft) != Domain.Finance.Currency.Rub;

    /// <exception cref="InvalidOperationException">No amount entered yet.</exception>
    public static Money Paid(TopUpDraft draft) =>
        new(draft.Amount ?? throw new InvalidOperationException("The draft has no amount yet."), Currency(draft));

    public static ExchangeRate? Official(TopUpDraft draft) =>
        draft.Official is { } quote ? new ExchangeRate(Currency(draft), quote.RubPerUnit, quote.On, RateSource.Official) : null;

    /// <summary>The draft's amount in RUB as far as it is known; the user rate is dated the payment day (today until one is chosen).</summary>
    public static Domain.Parsing.ParseResult<TopUpConversion, ConversionError> Convert(TopUpDraft draft, DateOnly today) =>
        TopUpConversion.Of(Paid(draft), Official(draft), draft.Actual, draft.On ?? today);
}
