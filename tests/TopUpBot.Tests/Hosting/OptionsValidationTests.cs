using TopUpBot.Hosting;

namespace TopUpBot.Tests.Hosting;

public class OptionsValidationTests
{
    private const string WellFormedToken = "123456:not-a-real-token";

    [Fact]
    public void A_missing_token_names_BotFather_and_the_variable()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions());

        Assert.True(result.Failed);
        Assert.Contains("@BotFather", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram__Token", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_token_is_rejected_without_repeating_it()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = "secret-value" });

        Assert.True(result.Failed);
        Assert.DoesNotContain("secret-value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("http://127.0.0.1:8081", true)]
    [InlineData("ftp://example", false)]
    [InlineData("not a url", false)]
    public void The_api_base_url_must_be_http(string? url, bool valid)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { Token = WellFormedToken, ApiBaseUrl = url });

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData(0, 1, false)]
    [InlineData(8, 24, true)]
    [InlineData(8, 0, false)]
    public void Bot_options_are_bounded(int users, int idleHours, bool valid) =>
        Assert.Equal(valid, new BotOptionsValidator().Validate(null, new BotOptions { MaxConcurrentUsers = users, ConversationIdleTimeout = TimeSpan.FromHours(idleHours) }).Succeeded);

    [Theory]
    [InlineData("0 30 3 * * ?", 7, true)]
    [InlineData("every night", 7, false)]
    [InlineData("0 30 3 * * ?", 0, false)]
    public void Backup_options_need_a_cron_and_a_count(string cron, int keep, bool valid) =>
        Assert.Equal(valid, new BackupOptionsValidator().Validate(null, new BackupOptions { Cron = cron, Keep = keep }).Succeeded);

    [Theory]
    [InlineData(60, 25, true)]
    [InlineData(60, 30, true)]
    [InlineData(60, 31, false)]
    [InlineData(60, 0, false)]
    [InlineData(1, 25, false)]
    [InlineData(7200, 25, false)]
    public void Reminder_options_stay_within_telegram_limits(int scanSeconds, int perSecond, bool valid) =>
        Assert.Equal(valid, new RemindersOptionsValidator().Validate(null, new RemindersOptions { ScanInterval = TimeSpan.FromSeconds(scanSeconds), MessagesPerSecond = perSecond }).Succeeded);

    [Theory]
    [InlineData("https://www.cbr.ru/scripts/XML_daily.asp", "0 15 */6 * * ?", true)]
    [InlineData("ftp://example.org/rates.xml", "0 15 */6 * * ?", false)]
    [InlineData("not a url", "0 15 */6 * * ?", false)]
    [InlineData("https://www.cbr.ru/scripts/XML_daily.asp", "hourly", false)]
    public void Exchange_rate_options_need_an_http_source_and_a_cron(string url, string cron, bool valid) =>
        Assert.Equal(valid, new ExchangeRatesOptionsValidator().Validate(null, new ExchangeRatesOptions { SourceUrl = url, RefreshCron = cron }).Succeeded);

    [Fact]
    public void Command_line_switches_are_separated_from_configuration()
    {
        var line = CommandLine.Parse(["--console", "--lang", "ru", "--Storage:DatabasePath=x.db"]);

        Assert.True(line.Console);
        Assert.Equal(Domain.Language.Ru, line.ConsoleLanguage);
        Assert.Equal(["--Storage:DatabasePath=x.db"], line.ConfigurationArgs);
    }
}
