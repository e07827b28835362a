using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Domain;
using TopUpBot.Domain.Reminders;
using TopUpBot.Routing;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Bot;

/// <summary>
/// Everything a handler needs about one update, and the only way it answers: the same handler then works
/// with Telegram, in the console chat and in tests.
/// </summary>
internal sealed partial class BotContext
{
    private readonly ITelegramBotClient _bot;
    private readonly TextCatalog _catalog;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public BotContext(
        Update update,
        UserProfile profile,
        ConversationStep? step,
        BotCommandText? command,
        ITelegramBotClient bot,
        TextCatalog catalog,
        TimeProvider clock,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        Update = update;
        Profile = profile;
        Step = step;
        Command = command;
        _bot = bot;
        _catalog = catalog;
        _clock = clock;
        _logger = logger;
        Cancellation = cancellationToken;
        T = catalog.For(profile.Language);
        ChatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.MyChatMember?.Chat.Id ?? profile.Id;
    }

    public Update Update { get; }

    public UserProfile Profile { get; private set; }

    public long UserId => Profile.Id;

    public long ChatId { get; }

    public Texts.Texts T { get; private set; }

    public ConversationStep? Step { get; private set; }

    public bool StepChanged { get; private set; }

    /// <summary>The user's data was erased (/deleteme): the pipeline then saves neither the profile nor the step.</summary>
    public bool UserForgotten { get; private set; }

    public BotCommandText? Command { get; }

    public Message? Message => Update.Message;

    public CallbackQuery? Callback => Update.CallbackQuery;

    public string? Text => Update.Message?.Text;

    public bool CallbackAnswered { get; private set; }

    public CancellationToken Cancellation { get; }

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>The same zone the reminders use, so "today" in a chat and in a reminder never disagree.</summary>
    public TimeZoneInfo TimeZone => ReminderTimeZones.FindOrUtc(Profile.TimeZone);

    /// <summary>Today's date where the user lives: deadlines are calendar dates in the user's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZone).DateTime);

    public void Go(ConversationStep step)
    {
        Step = step;
        StepChanged = true;
    }

    public void EndConversation()
    {
        StepChanged |= Step is not null;
        Step = null;
    }

    public void UseLanguage(Language language)
    {
        Profile.Language = language;
        Profile.LanguageChosen = true;
        T = _catalog.For(language);
    }

    /// <summary>After the user's data is erased: nothing of this update is saved, so the next message starts a new user.</summary>
    public void ForgetUser()
    {
        UserForgotten = true;
        Step = null;
    }

    /// <summary>
    /// The stored profile was rewritten during this update (an import): the pipeline saves <paramref name="stored"/>, not
    /// the copy it loaded before, and answers in its language from now on.
    /// </summary>
    public void ReplaceProfile(UserProfile stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        stored.FirstName = Profile.FirstName;
        stored.LastSeen = Profile.LastSeen;
        Profile = stored;
        T = _catalog.For(stored.Language);
    }

    /// <summary>A new message in the chat.</summary>
    public Task<Message> Send(string text, InlineKeyboardMarkup? keyboard = null) =>
        _bot.SendMessage(ChatId, text, ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview, cancellationToken: Cancellation);

    /// <summary>A file as a new message; the caption is Telegram HTML of at most 1024 characters.</summary>
    public async Task<Message> SendDocument(string fileName, byte[] content, string? caption = null, InlineKeyboardMarkup? keyboard = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        return await _bot.SendDocument(ChatId, InputFile.FromStream(stream, fileName), caption, ParseMode.Html, replyMarkup: keyboard, cancellationToken: Cancellation);
    }

    /// <summary>
    /// The bytes of a file the user sent, or null when it is larger than <paramref name="maxBytes"/>: checked against
    /// the size Telegram reports before downloading, and again while downloading.
    /// </summary>
    public async Task<byte[]?> DownloadFile(string fileId, int maxBytes)
    {
        var file = await _bot.GetFile(fileId, Cancellation);
        if (file.FileSize > maxBytes)
        {
            return null;
        }

        using var content = new CappedStream(maxBytes);
        try
        {
            await _bot.DownloadFile(file, content, Cancellation);
        }
        catch (Exception) when (content.Overflowed)
        {
            // The client may wrap what the stream threw; either way the file was too large.
            return null;
        }

        return content.ToArray();
    }

    /// <summary>A PNG picture as a new message; the caption is Telegram HTML of at most 1024 characters.</summary>
    public Task<Message> SendPhoto(Stream png, string? caption = null, InlineKeyboardMarkup? keyboard = null) =>
        _bot.SendPhoto(ChatId, InputFile.FromStream(png, "picture.png"), caption, ParseMode.Html, replyMarkup: keyboard, cancellationToken: Cancellation);

    /// <summary>
    /// Shows a screen: after a button press the pressed message is edited in place, otherwise a new message is sent.
    /// </summary>
    public async Task Show(string text, InlineKeyboardMarkup? keyboard = null)
    {
        if (Callback?.Message is not { } pressed)
        {
            await Send(text, keyboard);
            return;
        }

        try
        {
            await _bot.EditMessageText(pressed.Chat.Id, pressed.MessageId, text, ParseMode.Html, keyboard, NoPreview, cancellationToken: Cancellation);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The screen already shows this; pressing a button twice is not an error.
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            // Too old or deleted to edit: show the screen as a new message instead.
            await Send(text, keyboard);
        }
    }

    /// <summary>Answers the pressed button once (Telegram shows a spinner until it is answered).</summary>
    public async Task Answer(string? toast = null, bool alert = false)
    {
        if (Callback is null || CallbackAnswered)
        {
            return;
        }

        CallbackAnswered = true;
        try
        {
            await _bot.AnswerCallbackQuery(Callback.Id, toast, alert, cancellationToken: Cancellation);
        }
        catch (ApiRequestException e) when (IsExpiredQuery(e))
        {
            // After downtime, a backlog or a long 429 pause the query has expired. The answer only stops the spinner,
            // so the handler goes on: the screen update and the saved state are what matter.
            LogQueryExpired(_logger, UserId, e.Message);
        }
        catch (RequestException e) when (!Cancellation.IsCancellationRequested)
        {
            // A 5xx or a network error: the spinner stops by itself after a while, and failing the whole update over a
            // cosmetic answer would skip the screen update and the saved state.
            LogAnswerFailed(_logger, UserId, e);
        }
    }

    private static bool IsExpiredQuery(ApiRequestException e) =>
        e.ErrorCode == 400
        && (e.Message.Contains("query is too old", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("query ID is invalid", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Could not answer the button tap of user {UserId}: {Description}")]
    private static partial void LogQueryExpired(ILogger logger, long userId, string description);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Could not answer the button tap of user {UserId}")]
    private static partial void LogAnswerFailed(ILogger logger, long userId, Exception exception);

    private static LinkPreviewOptions NoPreview { get; } = new() { IsDisabled = true };
}
