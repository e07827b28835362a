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
