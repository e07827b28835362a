using System.Collections.Concurrent;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.FakeBotApiTests;

/// <summary>
/// A small bot on Telegram.Bot's own polling loop, which confirms an update only after handling it, as TopUpBot does:
/// enough to drive the fake the way the real bot will.
/// </summary>
internal sealed class TinyBot : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;

    private TinyBot(FakeBotApiServer server)
    {
        Client = TestClients.For(server);
        _polling = Client.ReceiveAsync(Handle, (_, exception, _) => Record(exception), new ReceiverOptions(), _stop.Token);
    }

    public TelegramBotClient Client { get; }

    public ConcurrentQueue<Exception> Errors { get; } = new();

    public ConcurrentQueue<ChatMemberUpdated> MemberChanges { get; } = new();

    public static TinyBot Start(FakeBotApiServer server) => new(server);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling.WaitAsync(TestClients.Safety);
        _stop.Dispose();
    }

    private Task Record(Exception exception)
    {
        Errors.Enqueue(exception);
        return Task.CompletedTask;
    }

    private async Task Handle(ITelegramBotClient bot, Update update, CancellationToken cancellationToken)
    {
        switch (update)
        {
            case { Message: { Text: "/start" } message }:
                var menu = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Add SIM", "add"), InlineKeyboardButton.WithCallbackData("Help", "help")]]);
                await bot.SendMessage(message.Chat, "Welcome", replyMarkup: menu, cancellationToken: cancellationToken);
                break;
            case { Message: { Document: { } document } message }:
                var file = await bot.GetFile(document.FileId, cancellationToken);
                using (var content = new MemoryStream())
                {
                    await bot.DownloadFile(file, content, cancellationToken);
                    await bot.SendMessage(message.Chat, $"{document.FileName}: {content.Length} bytes", cancellationToken: cancellationToken);
                }

                break;
            case { Message: { } message }:
                await bot.SendMessage(message.Chat, Describe(message), cancellationToken: cancellationToken);
                break;
            case { CallbackQuery: { Data: "add", Message: { } message } query }:
                await bot.AnswerCallbackQuery(query.Id, "Adding", cancellationToken: cancellationToken);
                await bot.EditMessageText(message.Chat, message.Id, "Send me the SIM number", cancellationToken: cancellationToken);
                break;
            case { CallbackQuery: { } query }:
                await bot.AnswerCallbackQuery(query.Id, $"Unknown: {query.Data}", showAlert: true, cancellationToken: cancellationToken);
                break;
            case { MyChatMember: { } change }:
                MemberChanges.Enqueue(change);
                break;
        }
    }

    private static string Describe(Message message) => message switch
    {
        { ForwardOrigin: MessageOriginHiddenUser origin } => $"Forwarded from {origin.SenderUserName}: {message.Text}",
        { Sticker: { } sticker } => $"Sticker {sticker.Emoji}",
        { Photo: [.., var largest] } => $"Photo {largest.Width}x{largest.Height}: {message.Caption}",
        _ => $"You said: {message.Text}",
    };
}
