using TopUpBot.Domain;

namespace TopUpBot.ConsoleChat;

/// <summary>The simulated user of the console chat.</summary>
internal sealed record ConsoleChatOptions(Language Language)
{
    public const long UserId = 1;
    public const string FilesFolder = "data/console-files";
}
