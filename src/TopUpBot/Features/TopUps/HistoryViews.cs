using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Sims;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Features.TopUps;

/// <summary>A line of the history: a top-up or a recorded paid activity.</summary>
internal sealed record HistoryEntry(DateOnly On, DateTimeOffset CreatedAt, long SimId, TopUp? TopUp, RecordedActivity? Activity);

/// <summary>
/// Everything one history screen shows: the SIM it is about (null for all), the user's SIMs (to name entries and to
/// average per number), the top-ups in scope, the page of entries, the home currency and its rate (RUB per unit,
/// when known; not needed for RUB), and today.
/// </summary>
internal sealed record HistoryScreen(
    Sim? Sim,
    IReadOnlyList<Sim> Owned,
    IReadOnlyList<TopUp> TopUps,
    HistoryPage<HistoryEntry> Page,
    Currency Home,
    ExchangeRate? HomeRate,
    DateOnly Today);

/// <summary>Turns a user's history into the paged text with monthly totals and averages.</summary>
internal sealed class HistoryViews(SimViews simViews)
{
    /// <summary>Offered as home currencies: where the users live and what they earn in.</summary>
    public static readonly Currency[] HomeCurrencies =
        [Currency.Cny, Currency.Rub, Currency.Usd, Currency.FromCode("EUR"), Currency.FromCode("HKD"), Currency.FromCode("KZT")];

    public static Currency HomeCurrencyOf(UserProfile profile) =>
        Currency.TryFromCode(profile.HomeCurrency, out var chosen) ? chosen : HomeCurrency.DefaultFor(profile.Language);

    /// <summary>Top-ups and activities together, newest first.</summary>
    public static IReadOnlyList<HistoryEntry> Merge(IEnumerable<TopUp> topUps, IEnumerable<RecordedActivity> activities) =>
        [.. topUps.Select(t => new HistoryEntry(t.On, t.CreatedAt, t.SimId, t, null))
            .Concat(activities.Select(a => new HistoryEntry(a.On, a.CreatedAt, a.SimId, null, a)))
            .OrderByDescending(e => e.On).ThenByDescending(e => e.CreatedAt)];

    public string Text(Texts.Texts t, HistoryScreen screen)
    {
        var title = screen.Sim is { } sim ? t.Format("History.Title.Sim", simViews.Title(t, sim)) : t["History.Title.All"];
        if (screen.Page.Items.Count == 0)
        {
            return title + "\n\n" + t["History.Empty"];
        }

        var parts = new List<string> { title + " · " + t.Format("History.Page", screen.Page.Number + 1, screen.Page.Count) };
        parts.Add(string.Join("\n", screen.Page.Items.Select(e => Line(t, screen, e))));
        parts.Add(Months(t, screen));
        parts.Add(Averages(t, screen));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private string Line(Texts.Texts t, HistoryScreen screen, HistoryEntry entry)
    {
        var simName = screen.Owned.FirstOrDefault(s => s.Id == entry.SimId) is { } sim ? simViews.Title(t, sim) : t["History.DeletedSim"];
        if (entry.Activity is { } activity)
        {
            return t.Format("History.ActivityLine", activity.On, simName, new Html(t[$"Sims.Kind.{activity.Kind}"]));
        }

        var topUp = entry.TopUp!;
        var paid = topUp.Paid.Currency == Currency.Rub ? string.Empty
            : topUp.Markup is { Percent: > 0 } markup ? t.Format("History.PaidWithMarkup", new Html(TopUpViews.Money(t, topUp.Paid)), markup.Percent)
            : t.Format("History.Paid", new Html(TopUpViews.Money(t, topUp.Paid)));
        return t.Format("History.TopUpLine", topUp.On, simName, new Html(t.Rubles(topUp.Rub)), new Html(paid));
    }

    private static string Months(Texts.Texts t, HistoryScreen screen)
    {
        var since = new DateOnly(screen.Today.Year, screen.Today.Month, 1).AddMonths(1 - CostSummary.WindowMonths);
        var months = CostSummary.ByMonth(screen.TopUps.Where(x => x.On >= since), screen.Home, screen.HomeRate);
        if (months.Count == 0)
        {
            return string.Empty;
        }

        var lines = months.Select(m => t.Format(
            "History.MonthLine",
            new DateOnly(m.Year, m.Month, 1).ToString(t["History.Format.Month"], t.Culture),
            new Html(Amount(t, m.Rub, m.Home, screen.Home))));
        var note = months.Any(m => m.Home is null) ? " " + t.Format("History.NoHomeRate", screen.Home.Code) : string.Empty;
        return t.Format("History.Months", screen.Home.Code) + note + "\n" + string.Join("\n", lines);
    }

    private string Averages(Texts.Texts t, HistoryScreen screen)
    {
        var sims = screen.Sim is { } one ? [one] : screen.Owned;
        var lines = sims.Select(sim => CostSummary.Average(screen.TopUps.Where(x => x.SimId == sim.Id), screen.Today, screen.Home, screen.HomeRate) is { } average
            ? t.Format("History.AverageLine", simViews.Title(t, sim), new Html(Amount(t, average.Rub, average.Home, screen.Home)), average.Months)
            : t.Format("History.NoAverage", simViews.Title(t, sim)));
        return t["History.Averages"] + "\n" + string.Join("\n", lines);
    }

    /// <summary>"1,250 RUB · 100 CNY", or RUB alone when the home currency is RUB or cannot be worked out.</summary>
    private static string Amount(Texts.Texts t, decimal rub, decimal? home, Currency currency) =>
        currency == Currency.Rub || home is null
            ? t.Rubles(rub)
            : t.Format("History.Amount", new Html(t.Rubles(rub)), new Html(TopUpViews.Money(t, home.Value, currency)));
}
