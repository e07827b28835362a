using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>
/// A Telegram user who drives the bot: each action enqueues the update a real client would cause and returns once the bot
/// has confirmed it (see <see cref="FakeBotApiServer.WaitUntilConsumed"/>), so the bot's answers are in the chat model by then.
/// </summary>
public sealed class FakeUser
{
    private readonly FakeBotApiServer _server;

    internal FakeUser(FakeBotApiServer server, User user, FakeChat chat)
    {
        _server = server;
        User = user;
        Chat = chat;
    }

    public User User { get; }

    public long Id => User.Id;

    /// <summary>The user's private chat with the bot.</summary>
    public FakeChat Chat { get; }

    /// <summary>Every message in the private chat, the user's and the bot's, each as it is now.</summary>
    public IReadOnlyList<ChatMessage> Messages => Chat.Messages;

    /// <summary>The last message the bot sent to the user, as it is now.</summary>
    public ChatMessage LastMessage => Chat.LastBotMessage;

    /// <summary>The bot's answers to this user's taps, in any chat.</summary>
    public IReadOnlyList<CallbackAnswer> CallbackAnswers =>
        _server.CallbackAnswers.Where(answer => answer.UserId == Id).ToArray();

    public CallbackAnswer LastCallbackAnswer =>
        CallbackAnswers is [.., var last] ? last : throw new InvalidOperationException($"The bot has answered none of {User.FirstName}'s taps.");

    /// <summary>The buttons on <paramref name="message"/>, or on the bot's latest message here that has an inline keyboard.</summary>
    public IReadOnlyList<InlineKeyboardButton> ButtonsOf(ChatMessage? message = null) =>
        (message ?? LatestKeyboard())?.Buttons ?? [];

    /// <summary>Sends a text message in the private chat; a leading /command gets its bot_command entity.</summary>
    public Task<ChatMessage> Sends(string text) => Deliver(Chat, NewMessage(Chat, text), $"\"{text}\"");

    /// <summary>Sends a text message in a group made with <see cref="FakeBotApiServer.CreateGroup"/>.</summary>
    public Task<ChatMessage> SendsInGroup(FakeChat group, string text)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Deliver(group, NewMessage(group, text), $"\"{text}\" in {group}");
    }

    public Task<ChatMessage> SendsSticker(string emoji = "👍")
    {
        var file = _server.AddFile("stickers", "sticker.webp", []);
        var message = NewMessage(Chat);
        message.Sticker = new Sticker
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            Type = StickerType.Regular,
            Width = 512,
            Height = 512,
            Emoji = emoji,
        };
        return Deliver(Chat, message, "a sticker");
    }

    /// <summary>Sends a photo; its bytes are served by getFile and the file download.</summary>
    public Task<ChatMessage> SendsPhoto(byte[]? content = null, string? caption = null)
    {
        var file = _server.AddFile("photos", "photo.jpg", content ?? "not really a JPEG"u8.ToArray());
        var message = NewMessage(Chat);
        message.Photo = [new PhotoSize { FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileSize = file.Content.Length, Width = 1280, Height = 960 }];
        message.Caption = caption;
        return Deliver(Chat, message, "a photo");
    }

    /// <summary>Sends a document; its bytes are served by getFile and the file download.</summary>
    public Task<ChatMessage> SendsDocument(string fileName, byte[] content, string? caption = null)
    {
        var file = _server.AddFile("documents", fileName, content);
        var message = NewMessage(Chat);
        message.Document = new Document
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            FileName = file.FileName,
            MimeType = file.MimeType,
            FileSize = file.Content.Length,
        };
        message.Caption = caption;
        return Deliver(Chat, message, $"document {fileName}");
    }

    /// <summary>Forwards a text message from someone whose account is hidden from forwards.</summary>
    public Task<ChatMessage> ForwardsText(string text, string originalSender = "Someone")
    {
        var message = NewMessage(Chat);
        message.Text = text;
        message.ForwardOrigin = new MessageOriginHiddenUser { SenderUserName = originalSender, Date = message.Date };
        return Deliver(Chat, message, $"forwarded \"{text}\"");
    }

    /// <summary>
    /// Taps the button labelled <paramref name="label"/> (exact match first, then the only label containing it) on
    /// <paramref name="inMessage"/>, or on the bot's latest message here that has an inline keyboard. Returns the bot's
    /// answer to the tap, or null if it did not answer.
    /// </summary>
    public Task<CallbackAnswer?> Taps(string label, ChatMessage? inMessage = null)
    {
        var message = inMessage
            ?? LatestKeyboard()
            ?? throw new InvalidOperationException(
                $"{User.FirstName} cannot tap \"{label}\": no message from the bot in {Chat} has an inline keyboard. Messages:{Listed(Chat.Messages)}");
        var button = FindButton(message, label);
        return button.CallbackData is { } data
            ? TapsData(data, message)
            : throw new InvalidOperationException($"Button \"{button.Text}\" on {message} sends no callback data (it is not a callback button).");
    }

    /// <summary>Taps with any callback data, as a forged or outdated client could.</summary>
    public async Task<CallbackAnswer?> TapsData(string data, ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var queryId = _server.IssueCallbackQuery(Id, message, data);
        var query = new CallbackQuery
        {
            Id = queryId,
            From = User,
            Message = TelegramJson.Clone(message.Current),
            ChatInstance = message.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Data = data,
        };
        await _server.Deliver(new Update { CallbackQuery = query }, $"tap with data \"{data}\" on message {message.Id}");
        return _server.CallbackAnswers.FirstOrDefault(answer => answer.QueryId == queryId);
    }

    /// <summary>Blocks the bot: the bot gets a my_chat_member update (status kicked) and 403 on writing to this chat.</summary>
    public Task BlocksBot()
    {
        _server.BlockBot(Id);
        return Deliver(new ChatMemberMember { User = _server.Bot }, new ChatMemberBanned { User = _server.Bot }, "block");
    }

    /// <summary>Restarts the bot after blocking it: a my_chat_member update (status member), and writing works again.</summary>
    public Task UnblocksBot()
    {
        _server.UnblockBot(Id);
        return Deliver(new ChatMemberBanned { User = _server.Bot }, new ChatMemberMember { User = _server.Bot }, "unblock");
    }

    public override string ToString() => $"{User.FirstName} ({Id})";

    private ChatMessage? LatestKeyboard() => Chat.BotMessages.LastOrDefault(message => message.Buttons.Count > 0);

    private static string Listed(IEnumerable<ChatMessage> messages) =>
        string.Concat(messages.Select(message => Environment.NewLine + "  " + message));

    private static InlineKeyboardButton FindButton(ChatMessage message, string label)
    {
        var buttons = message.Buttons;
        if (buttons.FirstOrDefault(button => button.Text == label) is { } exact)
        {
            return exact;
        }

        var containing = buttons.Where(button => button.Text.Contains(label, StringComparison.Ordinal)).ToList();
        return containing.Count == 1
            ? containing[0]
            : throw new InvalidOperationException(
                $"{(containing.Count == 0 ? "No" : "More than one")} button matches \"{label}\" on {message}. Buttons: "
                + string.Join(" ", buttons.Select(button => $"[{button.Text}]")));
    }

    private Message NewMessage(FakeChat chat, string? text = null)
    {
        var message = new Message { From = User, Chat = chat.Info, Date = _server.Time.MessageDate(), Text = text };
        if (text?.StartsWith('/') == true)
        {
            message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.Split(' ', '\n')[0].Length }];
        }

        return message;
    }

    private async Task<ChatMessage> Deliver(FakeChat chat, Message message, string description)
    {
        var update = new Update { Message = message };
        await _server.Deliver(update, $"{description} from {User.FirstName}");
        return chat.Find(message.Id)!;
    }

    private Task Deliver(ChatMember before, ChatMember after, string description)
    {
        var update = new Update
        {
            MyChatMember = new ChatMemberUpdated
            {
                Chat = Chat.Info,
                From = User,
                Date = _server.Time.MessageDate(),
                OldChatMember = before,
                NewChatMember = after,
            },
        };
        return _server.Deliver(update, $"{description} by {User.FirstName}");
    }
}
