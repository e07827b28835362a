using Microsoft.Extensions.Hosting;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TopUpBot.Bot;
using TopUpBot.Texts;

namespace TopUpBot.ConsoleChat;

/// <summary>
/// A chat with the bot in the terminal: each input line is a message from the simulated user, "#N" presses
/// button N of the latest keyboard. Works with a pipe too, and stops the host at the end of input.
/// </summary>
internal sealed class ConsoleChatService(
    UpdatePipeline pipeline,
    ConsoleBotClient bot,
    ConsoleChatOptions options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private const string FilePrefix = "@file ";

    private int _nextUpdateId = 1;
    private int _nextMessageId = 100_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var user = new User { Id = ConsoleChatOptions.UserId, FirstName = "You", LanguageCode = TextCatalog.Code(options.Language) };
        var piped = Console.IsInputRedirected;
        if (!piped)
        {
            await Console.Out.WriteLineAsync("TopUpBot console chat. Type a message (try /start), #N presses button N, @file <path> sends a file, Ctrl+D quits.");
        }

        while (await ReadLine(stoppingToken) is { } line)
        {
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (piped)
            {
                // Echo piped input so the transcript reads as a conversation.
                await Console.Out.WriteLineAsync($"you> {line}");
            }

            if (ToUpdate(line, user) is { } update)
            {
                await pipeline.Handle(update, stoppingToken);
            }
        }

        lifetime.StopApplication();
    }

    private static async Task<string?> ReadLine(CancellationToken stoppingToken)
    {
        try
        {
            // Console reads can't be cancelled; waiting on them lets Ctrl+C stop the chat at once.
            return await Task.Run(Console.In.ReadLine, stoppingToken).WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private Update? ToUpdate(string line, User user)
    {
        if (line[0] == '#' && int.TryParse(line.AsSpan(1), out var number))
        {
            return Press(number, user);
        }

        var chat = new Chat { Id = user.Id, Type = ChatType.Private, FirstName = user.FirstName };
        var message = new Message { Id = _nextMessageId++, Date = clock.GetUtcNow().UtcDateTime, Chat = chat, From = user };
        if (line.StartsWith(FilePrefix, StringComparison.Ordinal))
        {
            if (Document(line[FilePrefix.Length..].Trim()) is not { } document)
            {
                return null;
            }

            message.Document = document;
        }
        else
        {
            message.Text = line;
        }

        return new Update { Id = _nextUpdateId++, Message = message };
    }

    /// <summary>A local file sent as a document (e.g. a file made by /export, for /import).</summary>
    private static Document? Document(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Console.Out.WriteLine($"(there is no file {full})");
            return null;
        }

        return new Document { FileId = full, FileUniqueId = full, FileName = Path.GetFileName(full), FileSize = new FileInfo(full).Length };
    }

    private Update? Press(int number, User user)
    {
        if (bot.LastKeyboard is not { } keyboard || number < 1 || number > keyboard.Buttons.Count)
        {
            Console.Out.WriteLine("(there is no such button: #N counts the buttons of the latest message that has them)");
            return null;
        }

        var button = keyboard.Buttons[number - 1];
        if (button.CallbackData is null)
        {
            Console.Out.WriteLine($"(this button opens {button.Url} in a browser)");
            return null;
        }

        return new Update
        {
            Id = _nextUpdateId++,
            CallbackQuery = new CallbackQuery
            {
                Id = Guid.NewGuid().ToString("N"),
                From = user,
                Message = keyboard.Message,
                ChatInstance = "console",
                Data = button.CallbackData,
            },
        };
    }
}
