using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Domain.Operators;
using TopUpBot.Features.Menu;
using static TopUpBot.Features.Menu.MenuKeyboards;

namespace TopUpBot.Features.Guide;

internal static class GuideKeyboards
{
    public static InlineKeyboardMarkup Operators(Texts.Texts t, IEnumerable<OperatorInfo> operators) => new(
        operators.Select(o => Button(o.Name(t.Language), new OpenGuide(o.Id, null)))
            .Chunk(2)
            .Append([Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))]));

    public static InlineKeyboardMarkup Overview(Texts.Texts t, OperatorInfo op) => new(
        GuideViews.Channels(op)
            .Select(kind => Button(t[$"Guide.Channel.{kind}"], new OpenGuide(op.Id, kind)))
            .Chunk(2)
            .Concat(UrlRow(t, GuideViews.ConfirmedSite(op)))
            .Append([Button(t["Common.Back"], new OpenGuide(null, null))]));

    public static InlineKeyboardMarkup Channel(Texts.Texts t, OperatorInfo op, TopUpChannelKind kind) => new(
        UrlRow(t, GuideViews.ConfirmedUrl(op, kind))
            .Append([Button(t["Common.Back"], new OpenGuide(op.Id, null)), Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))]));

    /// <summary>A link button, only for an address whose source is sound.</summary>
    private static IEnumerable<InlineKeyboardButton[]> UrlRow(Texts.Texts t, Uri? url) =>
        url is null ? [] : [[InlineKeyboardButton.WithUrl(string.Format(t.Culture, t["Guide.Button.Open"], GuideViews.Display(url)), url.AbsoluteUri)]];
}
