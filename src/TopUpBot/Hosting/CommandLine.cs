using TopUpBot.Domain;
using TopUpBot.Texts;

namespace TopUpBot.Hosting;

/// <summary>The program's own switches; everything else goes to the configuration system (e.g. --Storage:DatabasePath=...).</summary>
internal sealed record CommandLine(bool Console, Language ConsoleLanguage, string[] ConfigurationArgs)
{
    public static CommandLine Parse(string[] args)
    {
        var console = false;
        var language = Language.Zh;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--console":
                    console = true;
                    break;
                case "--lang" when i + 1 < args.Length:
                    language = TextCatalog.FromTelegramCode(args[++i]);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new CommandLine(console, language, [.. rest]);
    }
}
