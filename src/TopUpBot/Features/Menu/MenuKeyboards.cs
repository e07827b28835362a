using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Domain;
using TopUpBot.Features.Rates;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Features.TopUps;
using TopUpBot.Routing;

namespace TopUpBot.Features.Menu;

internal static class MenuKeyboards
{
    public static InlineKeyboardMarkup MainMenu(Texts.Texts t) => new(
    [
        [Button(t["Menu.Button.AddSim"], new StartAddSim()), Button(t["Menu.Button.MySims"], new ListSims())],
        [Button(t["Menu.Button.TopUp"], new StartTopUp(null)), Button(t["Menu.Button.Guide"], new Guide.OpenGuide(null, null))],
        [Button(t["Menu.Button.Reminders"], new OpenReminderSettings()), Button(t["Menu.Button.Rates"], new ShowRates())],
        [Button(t["Menu.Button.Language"], new OpenMenuPage(MenuPage.Language)), Button(t["Menu.Button.Help"], new OpenMenuPage(MenuPage.Help))],
    ]);

    public static InlineKeyboardMarkup BackToMenu(Texts.Texts t) => new([[Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))]]);

    public static InlineKeyboardMarkup Languages(Texts.Texts t) => new(
    [
        [Button("中文", new ChooseLanguage(Language.Zh)), Button("Русский", new ChooseLanguage(Language.Ru)), Button("English", new ChooseLanguage(Language.En))],
        [Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))],
    ]);

    public static InlineKeyboardButton Button(string label, ICallback callback) =>
        InlineKeyboardButton.WithCallbackData(label, CallbackData.Pack(callback));
}
