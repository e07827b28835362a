using System.Globalization;
using System.Text.Json;
using Telegram.Bot.Types;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>The chats the fake knows: those of created users and groups, and any chat seen in an enqueued update.</summary>
internal sealed class ChatDirectory(CallbackQueries callbackQueries)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, FakeChat> _chats = [];

    /// <summary>The chat with this id, added on first sight.</summary>
    public FakeChat Register(Chat info)
    {
        lock (_gate)
        {
            if (!_chats.TryGetValue(info.Id, out var chat))
            {
                chat = new FakeChat(TelegramJson.Clone(info), callbackQueries);
                _chats[info.Id] = chat;
            }

            return chat;
        }
    }

    public FakeChat? Find(long chatId)
    {
        lock (_gate)
        {
            return _chats.GetValueOrDefault(chatId);
        }
    }

    /// <summary>The chat a chat_id parameter names, by id or "@username"; Telegram's "chat not found" otherwise.</summary>
    public FakeChat Resolve(JsonElement chatId)
    {
        var text = chatId.ValueKind switch
        {
            JsonValueKind.Number => chatId.GetRawText(),
            JsonValueKind.String => chatId.GetString()!,
            _ => "",
        };
        FakeChat? chat;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            chat = Find(id);
        }
        else
        {
            lock (_gate)
            {
                chat = _chats.Values.FirstOrDefault(known => known.Info.Username is { } username && "@" + username == text);
            }
        }

        return chat ?? throw BotApiError.BadRequest("chat not found");
    }
}
