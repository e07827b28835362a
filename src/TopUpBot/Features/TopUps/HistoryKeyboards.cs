using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Menu;
using TopUpBot.Features.Sims;
using static TopUpBot.Features.Menu.MenuKeyboards;

namespace TopUpBot.Features.TopUps;

internal static class HistoryKeyboards
{
    public static InlineKeyboardMarkup Page<T>(Texts.Texts t, Sim? sim, HistoryPage<T> page, Currency home)
    {
        var rows = new List<InlineKeyboardButton[]>();
        var paging = new List<InlineKeyboardButton>();
        if (page.HasPrevious)
        {
            paging.Add(Button(t["History.Button.Newer"], new OpenHistory(sim?.Id, page.Number - 1)));
        }

        if (page.HasNext)
        {
            paging.Add(Button(t["History.Button.Older"], new OpenHistory(sim?.Id, page.Number + 1)));
        }

        if (paging.Count > 0)
        {
            rows.Add([.. paging]);
        }

        rows.Add([Button(t["History.Button.Chart"], new SendHistoryChart(sim?.Id)), Button(t.Format("History.Button.Currency", home.Code), new ChooseHomeCurrency(string.Empty, sim?.Id))]);
        rows.Add([Button(t["History.Button.TopUp"], new StartTopUp(sim?.Id))]);
        rows.Add([sim is null ? Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main)) : Button(t["TopUps.Button.OpenSim"], new OpenSim(sim.Id))]);
        return new InlineKeyboardMarkup(rows);
    }

    public static InlineKeyboardMarkup Currencies(Texts.Texts t, long? simId, Currency current) => new(
        HistoryViews.HomeCurrencies
            .Select(c => Button(c == current ? "✓ " + c.Code : c.Code, new ChooseHomeCurrency(c.Code, simId)))
            .Chunk(3)
            .Append([Button(t["Common.Back"], new OpenHistory(simId, 0))]));

    public static InlineKeyboardMarkup BackToHistory(Texts.Texts t, long? simId) =>
        new([[Button(t["TopUps.Button.History"], new OpenHistory(simId, 0))]]);
}
