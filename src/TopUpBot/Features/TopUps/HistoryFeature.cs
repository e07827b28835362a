using TopUpBot.Bot;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Sims;
using TopUpBot.Routing;

namespace TopUpBot.Features.TopUps;

/// <summary>/history: top-ups and paid activities per SIM or for all, paged, with monthly totals, averages and a chart.</summary>
internal sealed class HistoryFeature(ISimStore sims, SimsFeature simsFeature, IHistoryStore history, HistoryViews views, RateLookup rates) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("history", context => Show(context, null, 0), "Commands.History")
        .Callback<OpenHistory>(Open)
        .Callback<ChooseHomeCurrency>(ChooseCurrency)
        .Callback<SendHistoryChart>(SendChart);

    private async Task Open(BotContext context, OpenHistory open)
    {
        if (await Scope(context, open.SimId) is var (found, sim) && found)
        {
            await Show(context, sim, open.Page);
        }
    }

    private async Task Show(BotContext context, Sim? sim, int page)
    {
        context.EndConversation();
        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        var topUps = await history.TopUps(context.UserId, sim?.Id, context.Cancellation);
        var activities = await history.Activities(context.UserId, sim?.Id, context.Cancellation);
        var home = HistoryViews.HomeCurrencyOf(context.Profile);
        var homeRate = home == Currency.Rub ? null : (await rates.For(home, context.Cancellation))?.Rate;
        var entries = HistoryPage.Of(HistoryViews.Merge(topUps, activities), page);
        var screen = new HistoryScreen(sim, owned, topUps, entries, home, homeRate, context.Today);
        await context.Show(views.Text(context.T, screen), HistoryKeyboards.Page(context.T, sim, entries, home));
    }

    private async Task ChooseCurrency(BotContext context, ChooseHomeCurrency choose)
    {
        if (await Scope(context, choose.SimId) is not (true, var sim))
        {
            return;
        }

        var current = HistoryViews.HomeCurrencyOf(context.Profile);
        if (choose.Code.Length == 0)
        {
            await context.Show(context.T["History.ChooseCurrency"], HistoryKeyboards.Currencies(context.T, choose.SimId, current));
            return;
        }

        if (!HistoryViews.HomeCurrencies.Any(c => c.Code == choose.Code))
        {
            await context.Answer(context.T["Common.Outdated"]);
        }
        else
        {
            context.Profile.HomeCurrency = choose.Code;
            await context.Answer(context.T.Format("History.CurrencyChanged", choose.Code));
        }

        await Show(context, sim, 0);
    }

    private async Task SendChart(BotContext context, SendHistoryChart chart)
    {
        if (await Scope(context, chart.SimId) is not (true, var sim))
        {
            return;
        }

        var owned = sim is null ? await sims.ListOwnedBy(context.UserId, context.Cancellation) : [sim];
        var topUps = await history.TopUps(context.UserId, sim?.Id, context.Cancellation);
        if (!HistoryChart.HasData(owned, topUps, context.Today))
        {
            await context.Answer(context.T["History.ChartEmpty"], alert: true);
            return;
        }

        await context.Answer();
        using var png = new MemoryStream(HistoryChart.Render(owned, topUps, context.Today));
        var caption = sim is null ? context.T["History.ChartCaption.All"] : context.T.Format("History.ChartCaption.Sim", sim.Label ?? SimViews.Masked(sim.Number));
        await context.SendPhoto(png, caption, HistoryKeyboards.BackToHistory(context.T, chart.SimId));
    }

    /// <summary>All SIMs (no id), or the user's own SIM; a missing one answers "not found" and shows the list.</summary>
    private async Task<(bool Found, Sim? Sim)> Scope(BotContext context, long? simId)
    {
        if (simId is not { } id)
        {
            return (true, null);
        }

        var sim = await simsFeature.FindOwned(context, id);
        return (sim is not null, sim);
    }
}
