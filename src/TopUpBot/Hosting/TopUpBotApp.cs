using System.Reflection;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TopUpBot.Domain.Operators;
using TopUpBot.Storage;

namespace TopUpBot.Hosting;

/// <summary>Builds and runs the host; start-up problems end in one clear line and an exit code, never a stack trace.</summary>
internal static class TopUpBotApp
{
    public static async Task<int> Run(string[] args, Action<IServiceCollection>? overrideServices = null, CancellationToken cancellationToken = default)
    {
        var commandLine = CommandLine.Parse(args);
        using var host = Build(commandLine, overrideServices);
        if (CheckStartup(host, commandLine) is { } failure)
        {
            await Console.Error.WriteLineAsync(failure.Message);
            return failure.ExitCode;
        }

        await host.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }

    public static IHost Build(CommandLine commandLine, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = commandLine.ConfigurationArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSystemd();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = commandLine.Console ? LogLevel.Trace : LogLevel.Error);
        if (commandLine.Console)
        {
            // The chat owns standard output; only real problems are logged, to standard error. A filter, not a minimum
            // level: appsettings.json's "Default": "Information" would override a minimum level.
            builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        }

        builder.Services.AddTopUpBot(builder.Configuration, commandLine);
        overrideServices?.Invoke(builder.Services);
        return builder.Build();
    }

    internal sealed record StartupFailure(int ExitCode, string Message);

    /// <summary>Validates every option and opens the database before anything starts.</summary>
    internal static StartupFailure? CheckStartup(IHost host, CommandLine commandLine)
    {
        var services = host.Services;
        try
        {
            if (!commandLine.Console)
            {
                _ = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            }

            _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            _ = services.GetRequiredService<IOptions<BotOptions>>().Value;
            _ = services.GetRequiredService<IOptions<BackupOptions>>().Value;
            _ = services.GetRequiredService<IOptions<RemindersOptions>>().Value;
            _ = services.GetRequiredService<IOptions<ExchangeRatesOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            return new StartupFailure(ExitCodes.Configuration, exception.Failures.First());
        }

        try
        {
            _ = services.GetRequiredService<OperatorCatalog>();
        }
        catch (OperatorCatalogException exception)
        {
            return new StartupFailure(ExitCodes.Configuration, exception.Message);
        }

        try
        {
            _ = services.GetRequiredService<LiteDbContext>();
        }
        catch (Exception exception) when (Unwrap(exception) is IOException or LiteException or UnauthorizedAccessException)
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var path = Path.GetFullPath(commandLine.Console ? storage.ConsoleDatabasePath : storage.DatabasePath);
            return new StartupFailure(
                ExitCodes.Storage,
                $"Cannot open the database file {path}: {Unwrap(exception).Message.Trim()} Is another copy of the bot running, or is the file damaged?");
        }

        return null;
    }

    private static Exception Unwrap(Exception exception) =>
        exception is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : exception;
}
