using TopUpBot.Bot;
using TopUpBot.Domain.Finance;
using TopUpBot.Features.Menu;
using TopUpBot.Routing;

namespace TopUpBot.Features.Rates;

/// <summary>/rate and the menu's Rates button: today's official CNY and USD rates.</summary>
internal sealed class RatesFeature(IExchangeRates rates) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("rate", Show, "Commands.Rate")
        .Callback<ShowRates>((context, _) => Show(context));

    private async Task Show(BotContext context)
    {
        context.EndConversation();
        var known = await rates.Latest(context.Cancellation);
        await context.Show(known is null ? context.T["Rates.NotAvailable"] : Text(context, known), MenuKeyboards.BackToMenu(context.T));
    }

    private static string Text(BotContext context, KnownRates known)
    {
        var t = context.T;
        var lines = new List<string>
        {
            t.Format("Rates.Title", known.Rates.Date),
            "",
            known.Rates.RateFor(Currency.Cny) is { } cny ? t.Format("Rates.Cny", cny.RubPerUnit) : t.Format("Rates.NotQuoted", Currency.Cny.Code),
            known.Rates.RateFor(Currency.Usd) is { } usd ? t.Format("Rates.Usd", usd.RubPerUnit) : t.Format("Rates.NotQuoted", Currency.Usd.Code),
            "",
        };
        if (known.Stale)
        {
            var fetchedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(known.FetchedAt, context.TimeZone).DateTime);
            lines.Add(t.Format("Rates.Stale", known.Rates.Date, fetchedOn));
        }

        lines.Add(t["Rates.Note"]);
        return string.Join("\n", lines);
    }
}
