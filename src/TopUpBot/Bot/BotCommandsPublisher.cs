using Telegram.Bot;
using Telegram.Bot.Types;
using TopUpBot.Routing;
using TopUpBot.Texts;

namespace TopUpBot.Bot;

/// <summary>Fills Telegram's command menu for Chinese, Russian and English users, and a default list for everyone else.</summary>
internal sealed class BotCommandsPublisher(ITelegramBotClient bot, Router router, TextCatalog texts)
{
    public async Task Publish(CancellationToken cancellationToken)
    {
        foreach (var language in TextCatalog.Languages)
        {
            await bot.SetMyCommands(CommandsIn(texts.For(language)), languageCode: TextCatalog.Code(language), cancellationToken: cancellationToken);
        }

        await bot.SetMyCommands(CommandsIn(texts.For(Domain.Language.En)), cancellationToken: cancellationToken);
    }

    private List<BotCommand> CommandsIn(Texts.Texts t) =>
        [.. router.Commands
            .Where(c => c.DescriptionKey is not null)
            .Select(c => new BotCommand(c.Name, t[c.DescriptionKey!]))];
}
