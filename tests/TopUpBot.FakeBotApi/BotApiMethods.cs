using System.Text.Json;
using System.Text.RegularExpressions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>The Bot API methods the fake serves, each validated the way Telegram validates it.</summary>
internal sealed partial class BotApiMethods
{
    /// <summary>
    /// The longest poll the fake holds. Telegram.Bot's polling loop asks for a poll as long as its HTTP timeout (100 s by
    /// default), so a poll held that long would race the client giving up.
    /// </summary>
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(50);

    private static readonly string[] ChatActions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    private readonly User _bot;
    private readonly ChatDirectory _chats;
    private readonly FileStore _files;
    private readonly CallbackQueries _callbackQueries;
    private readonly UpdateQueue _updates;
    private readonly CommandStore _commands;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Func<RecordedRequest, CancellationToken, Task<object>>> _methods;

    public BotApiMethods(User bot, ChatDirectory chats, FileStore files, CallbackQueries callbackQueries, UpdateQueue updates, CommandStore commands, TimeProvider time)
    {
        _bot = bot;
        _chats = chats;
        _files = files;
        _callbackQueries = callbackQueries;
        _updates = updates;
        _commands = commands;
        _time = time;
        _methods = new(StringComparer.Ordinal)
        {
            ["getMe"] = (_, _) => Task.FromResult<object>(_bot),
            ["getUpdates"] = GetUpdates,
            ["deleteWebhook"] = Sync(DeleteWebhook),
            ["getFile"] = Sync(GetFile),
            ["sendMessage"] = Sync(SendMessage),
            ["sendPhoto"] = Sync(SendPhoto),
            ["sendDocument"] = Sync(SendDocument),
            ["sendChatAction"] = Sync(SendChatAction),
            ["editMessageText"] = Sync(EditMessageText),
            ["editMessageReplyMarkup"] = Sync(EditMessageReplyMarkup),
            ["answerCallbackQuery"] = Sync(AnswerCallbackQuery),
            ["setMyCommands"] = Sync(SetMyCommands),
            ["getMyCommands"] = Sync(GetMyCommands),
        };
        if (!_methods.Keys.Order().SequenceEqual(BotApiSpec.Methods.Values.Select(method => method.Name).Order()))
        {
            throw new InvalidOperationException("bot-api-methods.json must list exactly the methods the fake serves: regenerate it.");
        }
    }

    /// <summary>Serves a call whose required fields (per the spec) are all given; the result is what goes in "result".</summary>
    public Task<object> Invoke(MethodSpec method, RecordedRequest request, CancellationToken cancellationToken)
    {
        if (method.Fields.FirstOrDefault(field => field.Required && !request.Has(field.Name)) is { } missing)
        {
            throw BotApiError.BadRequest(missing switch
            {
                { Name: "text" } => "message text is empty",
                { IsFile: true } => $"there is no {missing.Name} in the request",
                _ => $"{missing.Name} is empty",
            });
        }

        return _methods[method.Name](request, cancellationToken);
    }

    private static Func<RecordedRequest, CancellationToken, Task<object>> Sync(Func<RecordedRequest, object> method) =>
        (request, _) => Task.FromResult(method(request));

    private async Task<object> GetUpdates(RecordedRequest request, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(request.Get<int?>("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(request.Get<int?>("timeout") ?? 0, 0));
        var deadline = request.ReceivedAt + (timeout < LongestPoll ? timeout : LongestPoll);
        var superseded = _updates.BeginPoll(request.Get<int?>("offset"), request.Get<UpdateType[]>("allowed_updates"));
        while (true)
        {
            var (updates, arrived) = _updates.Take(limit);
            var remaining = deadline - _time.GetUtcNow();
            if (updates.Length > 0 || remaining <= TimeSpan.Zero)
            {
                return updates;
            }

            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var timedOut = Task.Delay(remaining, _time, waiting.Token);

            // A fake clock may have been advanced past the deadline before the timer was set, which would never fire then.
            if (_time.GetUtcNow() >= deadline)
            {
                await waiting.CancelAsync();
                return updates;
            }

            var woken = await Task.WhenAny(arrived, superseded, timedOut);
            await waiting.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            if (woken == superseded)
            {
                throw new BotApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            }
        }
    }

    private object DeleteWebhook(RecordedRequest request)
    {
        if (request.Get<bool>("drop_pending_updates"))
        {
            _updates.DropAll("dropped: the bot called deleteWebhook with drop_pending_updates");
        }

        return true;
    }

    private object GetFile(RecordedRequest request)
    {
        var file = _files.Find(request.Get<string>("file_id")!) ?? throw BotApiError.BadRequest("invalid file_id");
        return new TGFile { FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileSize = file.Content.Length, FilePath = file.FilePath };
    }

    private object SendMessage(RecordedRequest request)
    {
        var chat = WritableChat(request);
        var (text, entities) = MessageContent.Text(request);
        var message = NewMessage(chat, request);
        message.Text = text;
        message.Entities = entities;
        return chat.Add(message, attachment: null).Current;
    }

    private object SendPhoto(RecordedRequest request)
    {
        var chat = WritableChat(request);
        var file = InputFile(request, "photo", "photos");
        var message = NewMessageWithCaption(chat, request);
        message.Photo = [new PhotoSize { FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileSize = file.Content.Length }];
        return chat.Add(message, file).Current;
    }

    private object SendDocument(RecordedRequest request)
    {
        var chat = WritableChat(request);
        var file = InputFile(request, "document", "documents");
        var message = NewMessageWithCaption(chat, request);
        message.Document = new Document
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            FileName = file.FileName,
            MimeType = file.MimeType,
            FileSize = file.Content.Length,
        };
        return chat.Add(message, file).Current;
    }

    private object SendChatAction(RecordedRequest request)
    {
        WritableChat(request);
        return ChatActions.Contains(request.Get<string>("action"))
            ? true
            : throw BotApiError.BadRequest("wrong parameter action in request");
    }

    private object EditMessageText(RecordedRequest request)
    {
        var message = EditableMessage(request);
        if (message.Text is null)
        {
            throw BotApiError.BadRequest("there is no text in the message to edit");
        }

        var (text, entities) = MessageContent.Text(request);
        var keyboard = MessageContent.InlineKeyboard(request);
        return Edit(message, edited =>
        {
            edited.Text = text;
            edited.Entities = entities;
            edited.ReplyMarkup = keyboard;
        });
    }

    private object EditMessageReplyMarkup(RecordedRequest request)
    {
        var message = EditableMessage(request);
        var keyboard = MessageContent.InlineKeyboard(request);
        return Edit(message, edited => edited.ReplyMarkup = keyboard);
    }

    private object AnswerCallbackQuery(RecordedRequest request)
    {
        _callbackQueries.Answer(
            request.Get<string>("callback_query_id")!,
            request.Get<string>("text"),
            request.Get<bool>("show_alert"),
            request.Get<string>("url"),
            request.Get<int?>("cache_time"),
            _time.GetUtcNow());
        return true;
    }

    private object SetMyCommands(RecordedRequest request)
    {
        var commands = request.Get<BotCommand[]>("commands")!;
        if (commands.Any(command => !CommandName().IsMatch(command.Command ?? "")))
        {
            throw BotApiError.BadRequest("BOT_COMMAND_INVALID");
        }

        _commands.Set(Scope(request), request.Get<string>("language_code"), commands);
        return true;
    }

    private object GetMyCommands(RecordedRequest request) =>
        _commands.Get(Scope(request), request.Get<string>("language_code"));

    private static JsonElement? Scope(RecordedRequest request) =>
        request.Parameters.TryGetValue("scope", out var scope) ? scope : null;

    /// <summary>The chat chat_id names, if the bot may write there.</summary>
    private FakeChat WritableChat(RecordedRequest request)
    {
        var chat = _chats.Resolve(request.Parameters["chat_id"]);
        chat.EnsureBotMayWrite();
        return chat;
    }

    /// <summary>The bot's message that chat_id and message_id name; the fake keeps no inline messages.</summary>
    private ChatMessage EditableMessage(RecordedRequest request)
    {
        if (request.Has("inline_message_id"))
        {
            throw BotApiError.BadRequest("message to edit not found");
        }

        if (!request.Has("chat_id"))
        {
            throw BotApiError.BadRequest("chat_id is empty");
        }

        if (!request.Has("message_id"))
        {
            throw BotApiError.BadRequest("message identifier is not specified");
        }

        var message = WritableChat(request).Find(request.Get<int>("message_id"))
            ?? throw BotApiError.BadRequest("message to edit not found");
        return message.IsFromBot ? message : throw BotApiError.BadRequest("message can't be edited");
    }

    private Message NewMessage(FakeChat chat, RecordedRequest request) => new()
    {
        From = _bot,
        Chat = chat.Info,
        Date = _time.MessageDate(),
        ReplyMarkup = MessageContent.InlineKeyboard(request),
    };

    private Message NewMessageWithCaption(FakeChat chat, RecordedRequest request)
    {
        var (caption, entities) = MessageContent.Caption(request);
        var message = NewMessage(chat, request);
        message.Caption = caption;
        message.CaptionEntities = entities;
        return message;
    }

    /// <summary>A file field: an uploaded part ("attach://name"), the file_id of a file the fake has, or an HTTP URL.</summary>
    private FakeFile InputFile(RecordedRequest request, string field, string folder)
    {
        var value = request.Get<string>(field)!;
        if (value.StartsWith("attach://", StringComparison.Ordinal))
        {
            var upload = request.Uploads.FirstOrDefault(upload => upload.PartName == value["attach://".Length..])
                ?? throw BotApiError.BadRequest($"there is no {field} in the request");
            return _files.Add(folder, upload.FileName, upload.Content);
        }

        if (_files.Find(value) is { } known)
        {
            return known;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? _files.Add(folder, Path.GetFileName(url.AbsolutePath), [])
            : throw BotApiError.BadRequest("wrong file identifier/HTTP URL specified");
    }

    /// <summary>Applies an edit, which Telegram refuses when nothing would change.</summary>
    private Message Edit(ChatMessage message, Action<Message> change)
    {
        var edited = TelegramJson.Clone(message.Current);
        change(edited);
        if (TelegramJson.SameJson(edited, message.Current))
        {
            throw BotApiError.BadRequest(
                "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        }

        edited.EditDate = _time.MessageDate();
        message.Edit(edited);
        return edited;
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
