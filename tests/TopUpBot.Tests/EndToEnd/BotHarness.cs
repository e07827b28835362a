using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using TopUpBot.Features.Rates;
using TopUpBot.Hosting;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Tests.FakeCbr;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>
/// The real host, with the real TelegramBotClient pointed at the fake Bot API on 127.0.0.1, a LiteDB file in a temp
/// folder and a FakeTimeProvider. <see cref="Restart"/> stops and starts the host on the same database.
/// The exchange rates come from <see cref="Cbr"/> on 127.0.0.1, never from the internet; each start waits for the
/// start-up rates refresh, so a test begins with the rates settled.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private IHost? _host;

    private BotHarness(FakeBotApiServer api, FakeCbrServer cbr, FakeTimeProvider clock, string folder)
    {
        Api = api;
        Cbr = cbr;
        Clock = clock;
        Folder = folder;
    }

    public FakeBotApiServer Api { get; }

    /// <summary>The Bank of Russia's daily rates; serves the recorded 4 Oct 2024 document unless told otherwise.</summary>
    public FakeCbrServer Cbr { get; }

    public FakeTimeProvider Clock { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "bot.db");

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The host is not running.");

    public FakeLogCollector Logs { get; } = new();

    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <param name="now">The fake clock's start; <see cref="DefaultNow"/> by default.</param>
    /// <param name="cbr">What the rates source answers from the start (not <see cref="CbrAnswer.Hang"/>: the start waits for it).</param>
    /// <param name="enforceTelegramLimits">Whether the fake answers 429 over Telegram's message limits (see <see cref="FakeBotApiOptions.EnforceTelegramLimits"/>).</param>
    public static async Task<BotHarness> Start(DateTimeOffset? now = null, CbrAnswer? cbr = null, bool enforceTelegramLimits = false)
    {
        // The fake stamps requests and times long polls on the bot's clock, so tests can assert when calls came.
        var clock = new FakeTimeProvider(now ?? DefaultNow);
        var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { TimeProvider = clock, EnforceTelegramLimits = enforceTelegramLimits });
        var rates = await FakeCbrServer.StartAsync(cbr);
        var folder = Path.Combine(Path.GetTempPath(), "topupbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var harness = new BotHarness(api, rates, clock, folder);
        await harness.StartHost();
        return harness;
    }

    public FakeUser User(long id = 1001, string name = "Ann", string language = "en") => Api.CreateUser(id, name, language);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public CommandLine CommandLine => CommandLine.Parse(
    [
        $"--Telegram:Token={new FakeBotApiOptions().Token}",
        $"--Telegram:ApiBaseUrl={Api.BaseUrl}",
        $"--Storage:DatabasePath={DatabasePath}",
        $"--Backup:Folder={Path.Combine(Folder, "backups")}",
        $"--ExchangeRates:SourceUrl={Cbr.Url}",
        "--Logging:LogLevel:TopUpBot=Debug",
    ]);

    public async Task Restart()
    {
        await StopHost();
        await StartHost();
    }

    public async ValueTask DisposeAsync()
    {
        await StopHost();
        await Api.DisposeAsync();
        await Cbr.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private async Task StartHost()
    {
        var polls = Api.Requests.Count(r => r.Method == "getUpdates");
        var host = TopUpBotApp.Build(CommandLine, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Logs);
            services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(Logs)).SetMinimumLevel(LogLevel.Debug));
        });
        Assert.Null(TopUpBotApp.CheckStartup(host, CommandLine));
        await host.StartAsync();
        _host = host;

        // Polling has started once the bot asks for updates (the long poll itself stays open).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Api.Requests.Count(r => r.Method == "getUpdates") <= polls)
        {
            Assert.True(DateTime.UtcNow < deadline, "the bot never started polling");
            await Task.Delay(5);
        }

        var ratesAtStart = host.Services.GetServices<IHostedService>().OfType<RatesStartupRefresh>().Single();
        await ratesAtStart.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task StopHost()
    {
        if (_host is null)
        {
            return;
        }

        await _host.StopAsync();
        _host.Dispose();
        _host = null;
    }
}
