using Microsoft.Extensions.Logging;
using TopUpBot.Bot;
using TopUpBot.Routing;

namespace TopUpBot.Features.Menu;

/// <summary>/start, /menu, /help, /cancel, /language, the main menu, outdated buttons and the global fallback.</summary>
internal sealed partial class MenuFeature(ILogger<MenuFeature> logger) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("start", Start, "Commands.Start")
        .Command("menu", ShowMenu, "Commands.Menu")
        .Command("help", ShowHelp, "Commands.Help")
        .Command("language", ShowLanguages, "Commands.Language")
        .Command("cancel", Cancel, "Commands.Cancel")
        .Callback<OpenMenuPage>(OpenPage)
        .Callback<ChooseLanguage>(ChooseLanguage)
        .Outdated(Outdated)
        .Fallback(Fallback);

    private static async Task Start(BotContext context)
    {
        var payload = context.Command?.Payload;
        if (!string.IsNullOrEmpty(payload) && context.Profile.StartSource is null)
        {
            // Remember where a user first came from (a deep link such as t.me/bot?start=wechat-group).
            context.Profile.StartSource = payload.Length > 64 ? payload[..64] : payload;
        }

        context.EndConversation();
        if (payload == "help")
        {
            await ShowHelp(context);
            return;
        }

        await context.Send(context.T.Format("Menu.Welcome", context.Profile.FirstName ?? string.Empty), MenuKeyboards.MainMenu(context.T));
    }

    private static Task ShowMenu(BotContext context)
    {
        context.EndConversation();
        return ShowMainMenu(context);
    }

    public static Task ShowMainMenu(BotContext context) => context.Show(context.T["Menu.Title"], MenuKeyboards.MainMenu(context.T));

    private static Task ShowHelp(BotContext context) => context.Show(context.T["Menu.Help"], MenuKeyboards.BackToMenu(context.T));

    private static Task ShowLanguages(BotContext context) => context.Show(context.T["Language.Choose"], MenuKeyboards.Languages(context.T));

    private static async Task Cancel(BotContext context)
    {
        var hadStep = context.Step is not null;
        context.EndConversation();
        await context.Send(context.T[hadStep ? "Menu.Cancelled" : "Menu.NothingToCancel"], MenuKeyboards.MainMenu(context.T));
    }

    private static Task OpenPage(BotContext context, OpenMenuPage page) => page.Page switch
    {
        MenuPage.Help => ShowHelp(context),
        MenuPage.Language => ShowLanguages(context),
        _ => ShowMenu(context),
    };

    private static async Task ChooseLanguage(BotContext context, ChooseLanguage choice)
    {
        context.UseLanguage(choice.Language);
        await context.Answer(context.T["Language.Changed"]);
        await ShowMainMenu(context);
    }

    private async Task Outdated(BotContext context)
    {
        LogOutdated(logger, context.Callback?.Data);
        await context.Answer(context.T["Common.Outdated"]);
        await ShowMainMenu(context);
    }

    private static Task Fallback(BotContext context)
    {
        if (context.Command is { } command)
        {
            return context.Send(context.T.Format("Menu.UnknownCommand", command.Name));
        }

        return context.Text is null
            ? context.Send(context.T["Menu.NotText"], MenuKeyboards.MainMenu(context.T))
            : context.Send(context.T["Menu.NotUnderstood"], MenuKeyboards.MainMenu(context.T));
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Outdated or unknown button data {Data}")]
    private static partial void LogOutdated(ILogger logger, string? data);
}
