using System.Net;
using System.Text.RegularExpressions;
using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace TopUpBot.ConsoleChat;

/// <summary>
/// Stands in for Telegram in the console chat: every API call the handlers make arrives here through
/// <see cref="SendRequest{TResponse}"/> and is printed, with inline buttons numbered so "#2" can press them.
/// </summary>
internal sealed partial class ConsoleBotClient(TextWriter output, TimeProvider clock) : ITelegramBotClient
{
    private const string Indent = "      ";
    private readonly Lock _gate = new();
    private readonly Dictionary<int, (string Text, InlineKeyboardMarkup? Keyboard)> _messages = [];
    private int _nextMessageId = 1;

    public ConsoleBotClient(TimeProvider clock)
        : this(Console.Out, clock)
    {
    }

    public bool LocalBotServer => true;

    public long BotId => 1;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public IExceptionParser ExceptionsParser { get; set; } = new DefaultExceptionParser();

    /// <summary>The latest message that has buttons: "#N" presses its N-th button.</summary>
    public (Message Message, IReadOnlyList<InlineKeyboardButton> Buttons)? LastKeyboard { get; private set; }

    public event AsyncEventHandler<ApiRequestEventArgs>? OnMakingApiRequest { add { } remove { } }

    public event AsyncEventHandler<ApiResponseEventArgs>? OnApiResponseReceived { add { } remove { } }

    public Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        object result = request switch
        {
            SendMessageRequest send => Post(send.Text, send.ReplyMarkup as InlineKeyboardMarkup),
            EditMessageTextRequest edit => Edit(edit.MessageId, edit.Text, edit.ReplyMarkup),
            EditMessageReplyMarkupRequest edit => Edit(edit.MessageId, null, edit.ReplyMarkup),
            AnswerCallbackQueryRequest answer => Toast(answer.Text),
            SendPhotoRequest photo => SaveFile(photo.Photo, photo.Caption, photo.ReplyMarkup as InlineKeyboardMarkup),
            SendDocumentRequest document => SaveFile(document.Document, document.Caption, document.ReplyMarkup as InlineKeyboardMarkup),
            GetFileRequest get => LocalFile(get.FileId),
            GetMeRequest => new User { Id = BotId, IsBot = true, FirstName = "TopUpBot", Username = "TopUpBot" },
            SetMyCommandsRequest or DeleteWebhookRequest => true,
            _ => throw new NotSupportedException($"The console chat does not support {request.MethodName}."),
        };
        return Task.FromResult((TResponse)result);
    }

    public Task<bool> TestApi(CancellationToken cancellationToken = default) => Task.FromResult(true);

    /// <summary>A file "sent" in the console is a local file: its id and path are its full path.</summary>
    public async Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var source = File.OpenRead(filePath);
        await source.CopyToAsync(destination, cancellationToken);
    }

    public Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default) =>
        DownloadFile(file.FilePath ?? file.FileId, destination, cancellationToken);

    private static TGFile LocalFile(string path) => File.Exists(path)
        ? new TGFile { FileId = path, FileUniqueId = path, FilePath = path, FileSize = new FileInfo(path).Length }
        : throw new ApiRequestException("Bad Request: invalid file_id", 400);

    private Message Post(string text, InlineKeyboardMarkup? keyboard)
    {
        lock (_gate)
        {
            var message = NewMessage(_nextMessageId++, text, keyboard);
            _messages[message.MessageId] = (text, keyboard);
            Print("bot> ", text, keyboard, message);
            return message;
        }
    }

    private Message Edit(int messageId, string? text, InlineKeyboardMarkup? keyboard)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(messageId, out var current))
            {
                throw new ApiRequestException("Bad Request: message to edit not found", 400);
            }

            var updated = (text ?? current.Text, keyboard);
            if (updated == current)
            {
                throw new ApiRequestException("Bad Request: message is not modified", 400);
            }

            _messages[messageId] = updated;
            var message = NewMessage(messageId, updated.Item1, keyboard);
            Print("bot (edited)> ", updated.Item1, keyboard, message);
            return message;
        }
    }

    private bool Toast(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            lock (_gate)
            {
                output.WriteLine($"bot (notice)> {text}");
            }
        }

        return true;
    }

    private Message SaveFile(InputFile file, string? caption, InlineKeyboardMarkup? keyboard)
    {
        var description = file switch
        {
            InputFileStream stream => Save(stream),
            _ => file.FileType.ToString(),
        };
        return Post($"[{description}]{(caption is null ? string.Empty : "\n" + caption)}", keyboard);
    }

    private static string Save(InputFileStream file)
    {
        Directory.CreateDirectory(ConsoleChatOptions.FilesFolder);
        var path = Path.GetFullPath(Path.Combine(ConsoleChatOptions.FilesFolder, Path.GetFileName(file.FileName ?? "file.bin")));
        using (var target = System.IO.File.Create(path))
        {
            file.Content.CopyTo(target);
        }

        return $"file saved to {path}";
    }

    private Message NewMessage(int id, string text, InlineKeyboardMarkup? keyboard) => new()
    {
        Id = id,
        Date = clock.GetUtcNow().UtcDateTime,
        Chat = new Chat { Id = ConsoleChatOptions.UserId, Type = ChatType.Private },
        Text = text,
        ReplyMarkup = keyboard,
    };

    private void Print(string prefix, string text, InlineKeyboardMarkup? keyboard, Message message)
    {
        var lines = PlainText(text).Split('\n');
        output.WriteLine(prefix + lines[0]);
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine(line.Length == 0 ? string.Empty : Indent + line);
        }

        if (keyboard is null)
        {
            return;
        }

        var buttons = keyboard.InlineKeyboard.SelectMany(row => row).ToList();
        var number = 0;
        foreach (var row in keyboard.InlineKeyboard)
        {
            output.WriteLine(Indent + string.Join("  ", row.Select(button => $"[#{++number} {button.Text}{(button.Url is null ? string.Empty : " → " + button.Url)}]")));
        }

        LastKeyboard = (message, buttons);
    }

    /// <summary>Telegram HTML shown as plain terminal text.</summary>
    private static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, string.Empty));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
