using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopUpBot.Hosting;
using HostCommandLine = TopUpBot.Hosting.CommandLine;

namespace TopUpBot.Bench;

/// <summary>The real host (<see cref="TopUpBotApp.Build"/>) on a given database file and clock; nothing it calls leaves 127.0.0.1.</summary>
internal static class BenchHost
{
    /// <summary>The token the fake Bot API accepts by default.</summary>
    public const string Token = "123456:TEST-token";

    /// <summary>A closed loopback port: for runs that never start the host, so nothing could be reached anyway.</summary>
    public const string Nowhere = "http://127.0.0.1:9";

    /// <param name="databasePath">The LiteDB file; backups would go to a folder beside it.</param>
    /// <param name="clock">Replaces the system clock for the whole host.</param>
    /// <param name="apiBaseUrl">The fake Bot API; the exchange-rates refresh is pointed at it too and gets a 404, never the Bank of Russia.</param>
    /// <param name="logLevel">The product logs at Information; the benchmarks keep the console quiet with Warning.</param>
    /// <param name="messagesPerSecond">Reminders:MessagesPerSecond; null keeps the default (25).</param>
    public static IHost Build(string databasePath, TimeProvider clock, string apiBaseUrl = Nowhere, string logLevel = "Warning", int? messagesPerSecond = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        var commandLine = HostCommandLine.Parse(
        [
            $"--Telegram:Token={Token}",
            $"--Telegram:ApiBaseUrl={apiBaseUrl}",
            $"--Storage:DatabasePath={databasePath}",
            $"--Backup:Folder={Path.Combine(folder, "backups")}",
            $"--ExchangeRates:SourceUrl={apiBaseUrl}/no-rates-here",
            $"--Logging:LogLevel:Default={logLevel}",
            .. messagesPerSecond is { } rate ? [$"--Reminders:MessagesPerSecond={rate}"] : Array.Empty<string>(),
        ]);
        var host = TopUpBotApp.Build(commandLine, services => services.AddSingleton(clock));
        if (TopUpBotApp.CheckStartup(host, commandLine) is { } failure)
        {
            host.Dispose();
            throw new InvalidOperationException(failure.Message);
        }

        return host;
    }
}
