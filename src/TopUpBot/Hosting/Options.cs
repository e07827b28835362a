using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TopUpBot.Hosting;

/// <summary>Section "Telegram": environment variables Telegram__Token and Telegram__ApiBaseUrl.</summary>
internal sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public string Token { get; set; } = string.Empty;

    /// <summary>Optional local Bot API server, e.g. http://127.0.0.1:8081.</summary>
    public string? ApiBaseUrl { get; set; }
}

/// <summary>Section "Storage".</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    public string DatabasePath { get; set; } = "data/topupbot.db";

    /// <summary>The console chat keeps its own file so trying the bot never touches real users' data.</summary>
    public string ConsoleDatabasePath { get; set; } = "data/console.db";
}

/// <summary>Section "Bot": how updates are handled.</summary>
internal sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Users handled at the same time; one user's updates are always handled in order.</summary>
    public int MaxConcurrentUsers { get; set; } = 8;

    /// <summary>A half-finished dialog left alone this long is forgotten.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>Section "Backup": the nightly LiteDB checkpoint and copy.</summary>
internal sealed class BackupOptions
{
    public const string Section = "Backup";

    public string Folder { get; set; } = "data/backups";

    public int Keep { get; set; } = 7;

    /// <summary>Quartz cron expression, in the server's UTC clock.</summary>
    public string Cron { get; set; } = "0 30 3 * * ?";
}

/// <summary>Section "Reminders": how often due reminders are looked for and how fast they are pushed.</summary>
internal sealed class RemindersOptions
{
    public const string Section = "Reminders";

    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Overall push rate; Telegram allows about 30 a second per bot, so the default leaves headroom.</summary>
    public int MessagesPerSecond { get; set; } = 25;
}

/// <summary>Section "ExchangeRates": the Bank of Russia's daily rates.</summary>
internal sealed class ExchangeRatesOptions
{
    public const string Section = "ExchangeRates";

    public string SourceUrl { get; set; } = "https://www.cbr.ru/scripts/XML_daily.asp";

    /// <summary>Quartz cron expression (UTC). The Bank of Russia publishes the next day's rates in the afternoon, Moscow time.</summary>
    public string RefreshCron { get; set; } = "0 15 */6 * * ?";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public const string MissingToken =
        "No Telegram bot token. Create a bot with @BotFather in Telegram (send /newbot), then set the environment variable " +
        "Telegram__Token or \"Telegram\": { \"Token\": ... } in appsettings.json. To try the bot without a token run it with --console.";

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            return ValidateOptionsResult.Fail(MissingToken);
        }

        // The message never repeats the token: it must not reach logs or terminals.
        if (!TokenShape().IsMatch(options.Token))
        {
            return ValidateOptionsResult.Fail("Telegram__Token does not look like a bot token (digits, a colon, then letters): copy it again from @BotFather.");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            && (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            return ValidateOptionsResult.Fail("Telegram__ApiBaseUrl must be an http(s) address such as http://127.0.0.1:8081.");
        }

        return ValidateOptionsResult.Success;
    }

    [GeneratedRegex(@"^\d{3,}:[A-Za-z0-9_-]{10,}$")]
    private static partial Regex TokenShape();
}

internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options) =>
        options.MaxConcurrentUsers is < 1 or > 256 ? ValidateOptionsResult.Fail("Bot__MaxConcurrentUsers must be between 1 and 256.")
        : options.ConversationIdleTimeout <= TimeSpan.Zero ? ValidateOptionsResult.Fail("Bot__ConversationIdleTimeout must be positive, e.g. 1.00:00:00.")
        : ValidateOptionsResult.Success;
}

internal sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    public ValidateOptionsResult Validate(string? name, BackupOptions options) =>
        string.IsNullOrWhiteSpace(options.Folder) ? ValidateOptionsResult.Fail("Backup__Folder must name a folder.")
        : options.Keep is < 1 or > 365 ? ValidateOptionsResult.Fail("Backup__Keep must be between 1 and 365.")
        : !Quartz.CronExpression.TryParse(options.Cron, out _) ? ValidateOptionsResult.Fail("Backup__Cron is not a valid Quartz cron expression.")
        : ValidateOptionsResult.Success;
}

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.DatabasePath) || string.IsNullOrWhiteSpace(options.ConsoleDatabasePath)
            ? ValidateOptionsResult.Fail("Storage__DatabasePath must name a LiteDB file, e.g. data/topupbot.db.")
            : ValidateOptionsResult.Success;
}

internal sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    public ValidateOptionsResult Validate(string? name, RemindersOptions options) =>
        options.ScanInterval < TimeSpan.FromSeconds(5) || options.ScanInterval > TimeSpan.FromHours(1)
            ? ValidateOptionsResult.Fail("Reminders__ScanInterval must be between 00:00:05 and 01:00:00.")
        : options.MessagesPerSecond is < 1 or > 30 ? ValidateOptionsResult.Fail("Reminders__MessagesPerSecond must be between 1 and 30 (Telegram's limit).")
        : ValidateOptionsResult.Success;
}

internal sealed class ExchangeRatesOptionsValidator : IValidateOptions<ExchangeRatesOptions>
{
    public ValidateOptionsResult Validate(string? name, ExchangeRatesOptions options) =>
        !Uri.TryCreate(options.SourceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            ? ValidateOptionsResult.Fail("ExchangeRates__SourceUrl must be an http(s) address.")
        : !Quartz.CronExpression.TryParse(options.RefreshCron, out _) ? ValidateOptionsResult.Fail("ExchangeRates__RefreshCron is not a valid Quartz cron expression.")
        : options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5) ? ValidateOptionsResult.Fail("ExchangeRates__Timeout must be between 00:00:01 and 00:05:00.")
        : ValidateOptionsResult.Success;
}
