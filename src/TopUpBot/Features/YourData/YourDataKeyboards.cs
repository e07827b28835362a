using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Features.Menu;
using TopUpBot.Features.Sims;
using static TopUpBot.Features.Menu.MenuKeyboards;

namespace TopUpBot.Features.YourData;

internal static class YourDataKeyboards
{
    public static InlineKeyboardMarkup CancelImport(Texts.Texts t) => new([[Button(t["Common.Cancel"], new ImportChoice(false))]]);

    public static InlineKeyboardMarkup ConfirmImport(Texts.Texts t) => new(
    [
        [Button(t["Data.Button.Replace"], new ImportChoice(true)), Button(t["Common.Cancel"], new ImportChoice(false))],
    ]);

    public static InlineKeyboardMarkup AfterImport(Texts.Texts t) => new(
    [
        [Button(t["Menu.Button.MySims"], new ListSims()), Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))],
    ]);

    public static InlineKeyboardMarkup ConfirmErase(Texts.Texts t) => new(
    [
        [Button(t["Data.Button.Erase"], new EraseChoice(true)), Button(t["Common.Cancel"], new EraseChoice(false))],
    ]);
}
