using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TopUpBot.Hosting;
using TopUpBot.Routing;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Bot;

/// <summary>
/// Handles one update end to end: private-chat policy, profile and step loading, routing, saving, and an error
/// boundary so a failing handler costs the user one apology, never the bot.
/// </summary>
internal sealed partial class UpdatePipeline(
    Router router,
    IUserStore users,
    IConversationStore conversations,
    TextCatalog texts,
    ITelegramBotClient bot,
    BotIdentity identity,
    TimeProvider clock,
    IOptions<BotOptions> options,
    ILogger<UpdatePipeline> logger)
{
    public static long? UserIdOf(Update update) =>
        update.Message?.From?.Id ?? update.CallbackQuery?.From.Id ?? update.MyChatMember?.From.Id;

    public async Task Handle(Update update, CancellationToken cancellationToken)
    {
        var from = update.Message?.From ?? update.CallbackQuery?.From ?? update.MyChatMember?.From;
        if (from is null || from.IsBot)
        {
            return;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["UpdateId"] = update.Id, ["UserId"] = from.Id });
        BotContext? context = null;
        try
        {
            var command = BotCommandText.TryParse(update.Message?.Text);
            if (command is not null && !command.IsFor(identity.Username))
            {
                return;
            }

            var chat = update.Message?.Chat ?? update.CallbackQuery?.Message?.Chat ?? update.MyChatMember?.Chat;
            if (chat is not null && chat.Type != ChatType.Private)
            {
                await AnswerInGroup(update, command, from, cancellationToken);
                return;
            }

            var profile = await LoadProfile(from, cancellationToken);
            var step = await LoadStep(from.Id, cancellationToken);
            context = new BotContext(update, profile, step, command, bot, texts, clock, logger, cancellationToken);
            await router.Route(context);

            // Saved before the spinner is stopped: a failing answer must never lose what the handler did.
            await Save(context);
            await context.Answer();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The boundary exists to catch whatever a handler throws.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogHandlerFailed(logger, update.Id, exception);
            await Apologise(update, context, from, cancellationToken);
        }
    }

    private async Task<UserProfile> LoadProfile(User from, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var profile = await users.Find(from.Id, cancellationToken);
        if (profile is null)
        {
            var language = TextCatalog.FromTelegramCode(from.LanguageCode);
            profile = new UserProfile
            {
                Id = from.Id,
                Language = language,
                TimeZone = UserProfile.DefaultTimeZone(language),
                FirstSeen = now,
            };
        }
        else if (!profile.LanguageChosen)
        {
            profile.Language = TextCatalog.FromTelegramCode(from.LanguageCode);
        }

        profile.FirstName = from.FirstName;
        profile.LastSeen = now;
        return profile;
    }

    private async Task<ConversationStep?> LoadStep(long userId, CancellationToken cancellationToken)
    {
        var stored = await conversations.Load(userId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (clock.GetUtcNow() - stored.Touched > options.Value.ConversationIdleTimeout)
        {
            await conversations.Clear(userId, cancellationToken);
            return null;
        }

        var step = router.Steps.Deserialize(stored.StepJson);
        if (step is null)
        {
            LogUnknownStep(logger, userId);
            await conversations.Clear(userId, cancellationToken);
        }

        return step;
    }

    private async Task Save(BotContext context)
    {
        if (context.UserForgotten)
        {
            return;
        }

        await users.Save(context.Profile, context.Cancellation);
        if (context.Step is { } step)
        {
            // Touch the step on every update so an active dialog never expires mid-way.
            await conversations.Save(context.UserId, new StoredConversation(router.Steps.Serialize(step), clock.GetUtcNow()), context.Cancellation);
        }
        else if (context.StepChanged)
        {
            await conversations.Clear(context.UserId, context.Cancellation);
        }
    }

    private async Task AnswerInGroup(Update update, BotCommandText? command, User from, CancellationToken cancellationToken)
    {
        if (command?.Name != "start" || update.Message is not { } message)
        {
            return;
        }

        var t = texts.For(TextCatalog.FromTelegramCode(from.LanguageCode));
        await bot.SendMessage(message.Chat.Id, t.Format("Group.WritePrivately", identity.Username), ParseMode.Html, cancellationToken: cancellationToken);
    }

    private async Task Apologise(Update update, BotContext? context, User from, CancellationToken cancellationToken)
    {
        try
        {
            var t = context?.T ?? texts.For(TextCatalog.FromTelegramCode(from.LanguageCode));
            if (update.CallbackQuery is { } callback && context?.CallbackAnswered != true)
            {
                await bot.AnswerCallbackQuery(callback.Id, t["Common.Error"], showAlert: true, cancellationToken: cancellationToken);
            }
            else if (update.Message is { } message)
            {
                await bot.SendMessage(message.Chat.Id, t["Common.Error"], ParseMode.Html, cancellationToken: cancellationToken);
            }
        }
#pragma warning disable CA1031 // An apology that cannot be delivered is logged, not rethrown.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogApologyFailed(logger, update.Id, exception);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Handling update {UpdateId} failed; the user got an apology")]
    private static partial void LogHandlerFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Could not apologise for update {UpdateId}")]
    private static partial void LogApologyFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Dropped a stored conversation step of user {UserId} that this version does not know")]
    private static partial void LogUnknownStep(ILogger logger, long userId);
}
