using Telegram.Bot.Types.ReplyMarkups;

namespace TopUpBot.Outbox;

/// <summary>
/// A push message waiting to be sent. <see cref="Key"/> names what it is about (for a reminder: SIM, deadline and
/// stage), so the same message is never queued twice.
/// </summary>
internal sealed record OutboxMessage(
    string Key,
    long UserId,
    long ChatId,
    string Text,
    InlineKeyboardMarkup? Keyboard,
    DateTimeOffset CreatedAt);
