using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>The fake's model of one chat: every message in it, the bot's answers to taps there, and whether the bot may write.</summary>
public sealed class FakeChat
{
    private readonly Lock _gate = new();
    private readonly List<ChatMessage> _messages = [];
    private readonly CallbackQueries _callbackQueries;
    private int _lastMessageId;
    private volatile bool _isBotBlocked;

    internal FakeChat(Chat info, CallbackQueries callbackQueries)
    {
        Info = info;
        _callbackQueries = callbackQueries;
    }

    public long Id => Info.Id;

    /// <summary>The chat as Telegram describes it in updates.</summary>
    public Chat Info { get; }

    /// <summary>Whether the user blocked the bot (or the group removed it): the bot's calls for this chat get 403.</summary>
    public bool IsBotBlocked
    {
        get => _isBotBlocked;
        internal set => _isBotBlocked = value;
    }

    /// <summary>Every message in the chat, the users' and the bot's, oldest first, each as it is now.</summary>
    public IReadOnlyList<ChatMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>The messages the bot sent here, oldest first.</summary>
    public IReadOnlyList<ChatMessage> BotMessages => Messages.Where(message => message.IsFromBot).ToArray();

    /// <summary>The last message the bot sent here.</summary>
    public ChatMessage LastBotMessage =>
        BotMessages is [.., var last] ? last : throw new InvalidOperationException($"The bot has sent nothing to {this} yet.");

    /// <summary>The bot's answers to taps on buttons of this chat's messages, in the order given.</summary>
    public IReadOnlyList<CallbackAnswer> CallbackAnswers =>
        _callbackQueries.Answers.Where(answer => answer.ChatId == Id).ToArray();

    public override string ToString() =>
        Info.Type == ChatType.Private ? $"{Info.FirstName} (chat {Id})" : $"\"{Info.Title}\" (chat {Id})";

    /// <summary>Adds a message, numbering it next in this chat unless it has an id already.</summary>
    internal ChatMessage Add(Message message, FakeFile? attachment)
    {
        lock (_gate)
        {
            if (message.Id == 0)
            {
                message.Id = ++_lastMessageId;
            }
            else
            {
                _lastMessageId = Math.Max(_lastMessageId, message.Id);
            }

            var added = new ChatMessage(TelegramJson.Clone(message), attachment);
            _messages.Add(added);
            return added;
        }
    }

    internal ChatMessage? Find(int messageId)
    {
        lock (_gate)
        {
            return _messages.Find(message => message.Id == messageId);
        }
    }

    /// <summary>Throws Telegram's 403 when the bot may not write here.</summary>
    internal void EnsureBotMayWrite()
    {
        if (IsBotBlocked)
        {
            throw new BotApiError(403, Info.Type == ChatType.Private
                ? "Forbidden: bot was blocked by the user"
                : "Forbidden: bot was kicked from the group chat");
        }
    }
}
