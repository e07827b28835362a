using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>A message in a chat as the chat shows it now, with every earlier version kept.</summary>
public sealed class ChatMessage
{
    private readonly Lock _gate = new();
    private IReadOnlyList<Message> _versions;

    internal ChatMessage(Message sent, FakeFile? attachment)
    {
        _versions = [sent];
        Attachment = attachment;
    }

    public int Id => Current.Id;

    public long ChatId => Current.Chat.Id;

    public bool IsFromBot => Current.From?.IsBot == true;

    /// <summary>The message as it is now, in Telegram.Bot's type.</summary>
    public Message Current => Versions[^1];

    /// <summary>The message as sent first, then once more after each edit; the last one is <see cref="Current"/>.</summary>
    public IReadOnlyList<Message> Versions => Volatile.Read(ref _versions);

    public string? Text => Current.Text;

    public string? Caption => Current.Caption;

    public InlineKeyboardMarkup? ReplyMarkup => Current.ReplyMarkup;

    /// <summary>The inline keyboard's buttons, row after row.</summary>
    public IReadOnlyList<InlineKeyboardButton> Buttons =>
        ReplyMarkup?.InlineKeyboard.SelectMany(row => row).ToArray() ?? [];

    /// <summary>The photo, document or sticker file, with its bytes.</summary>
    public FakeFile? Attachment { get; }

    public override string ToString()
    {
        var content = Text ?? Caption ?? Attachment?.FileName ?? "(no text)";
        var buttons = Buttons.Count == 0 ? "" : " " + string.Join(" ", Buttons.Select(button => $"[{button.Text}]"));
        return $"#{Id} {(IsFromBot ? "bot" : Current.From?.FirstName)}: \"{content}\"{buttons}";
    }

    internal void Edit(Message edited)
    {
        lock (_gate)
        {
            Volatile.Write(ref _versions, [.. _versions, edited]);
        }
    }
}
