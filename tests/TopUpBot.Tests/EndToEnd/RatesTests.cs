using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using TopUpBot.Domain.Finance;
using TopUpBot.Features.Rates;
using TopUpBot.Tests.FakeCbr;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>
/// The Bank of Russia's rates from the stub on 127.0.0.1: refreshes, failures, the cache and /rate. Each harness start has
/// already fetched the recorded 4 Oct 2024 document (CNY 13,4808, USD 95,0262) at 1 Mar 2026 09:00 UTC.
/// Quartz runs on the fake clock too, so a test that moves the clock across a refresh time (00:15, 06:15, 12:15,
/// 18:15 UTC) first pauses the refresh job, unless the job is what it tests.
/// </summary>
public sealed class RatesTests : IAsyncLifetime
{
    private static readonly DateOnly RecordedDate = new(2024, 10, 4);
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private CbrExchangeRates Rates => _bot.Get<CbrExchangeRates>();

    private async Task PauseTheRefreshJob() => await (await _bot.Get<ISchedulerFactory>().GetScheduler()).PauseJob(RatesRefreshJob.Key);

    public static TheoryData<string> Failures => ["500", "empty", "malformed"];

    private static CbrAnswer Failure(string name) => name switch
    {
        "500" => CbrAnswer.Status(500),
        "empty" => CbrAnswer.Empty,
        _ => CbrAnswer.Malformed,
    };

    private static string FailureInLog(string name) => name switch
    {
        "500" => "HTTP 500",
        "empty" => "document rejected (Empty)",
        _ => "document rejected (Malformed)",
    };

    [Fact]
    public async Task The_start_up_refresh_read_the_recorded_day()
    {
        var latest = await Rates.Latest(CancellationToken.None);

        Assert.NotNull(latest);
        Assert.Equal(RecordedDate, latest.Rates.Date);
        Assert.Equal(13.4808m, latest.Rates.RateFor(Currency.Cny)!.RubPerUnit);
        Assert.Equal(95.0262m, latest.Rates.RateFor(Currency.Usd)!.RubPerUnit);
        Assert.Equal(BotHarness.DefaultNow, latest.FetchedAt);
        Assert.False(latest.Stale);
        Assert.Equal(1, _bot.Cbr.Requests);
    }

    [Fact]
    public async Task A_yuan_quoted_per_ten_is_shown_per_one_yuan()
    {
        _bot.Cbr.Serve(CbrAnswer.CnyPerTen);

        var refreshed = await Rates.Refresh(CancellationToken.None);

        Assert.NotNull(refreshed);
        Assert.Equal(new DateOnly(2019, 8, 3), refreshed.Rates.Date);
        Assert.Equal(9.31351m, refreshed.Rates.RateFor(Currency.Cny)!.RubPerUnit);
        var ann = _bot.User();
        await ann.Sends("/rate");
        Assert.Contains("for 3 Aug 2019", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("1 CNY (yuan) = 9.3135 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("1 USD (US dollar) = 64.6423 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failed_refresh_keeps_the_last_rates_marked_stale_with_their_date(string failure)
    {
        await PauseTheRefreshJob();
        _bot.Clock.Advance(TimeSpan.FromDays(2));
        _bot.Cbr.Serve(Failure(failure));

        var refreshed = await Rates.Refresh(CancellationToken.None);

        Assert.NotNull(refreshed);
        Assert.True(refreshed.Stale);
        Assert.Equal(RecordedDate, refreshed.Rates.Date);
        Assert.Equal(13.4808m, refreshed.Rates.RateFor(Currency.Cny)!.RubPerUnit);
        Assert.Equal(BotHarness.DefaultNow, refreshed.FetchedAt);
        Assert.Equal(refreshed, await Rates.Latest(CancellationToken.None));
        var warning = Assert.Single(_bot.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Id.Id == 601);
        Assert.Contains(FailureInLog(failure), warning.Message, StringComparison.Ordinal);
        Assert.Contains(_bot.Cbr.Url, warning.Message, StringComparison.Ordinal);

        var ann = _bot.User();
        await ann.Sends("/rate");
        Assert.Contains("1 CNY (yuan) = 13.4808 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("could not update the rates just now, so these are the last known ones: for 4 Oct 2024, last updated 1 Mar 2026", ann.LastMessage.Text, StringComparison.Ordinal);

        // The next good answer clears the mark.
        _bot.Cbr.Serve(CbrAnswer.Rates(new DateOnly(2026, 3, 3), ("CNY", 1, 10.9876m), ("USD", 1, 78.5m)));
        await Rates.Refresh(CancellationToken.None);
        await ann.Sends("/rate");
        Assert.Contains("for 3 Mar 2026", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("1 CNY (yuan) = 10.9876 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("1 USD (US dollar) = 78.50 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("could not update", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Without_any_rates_ever_fetched_a_failure_leaves_none_and_rate_says_to_try_later(string failure)
    {
        await using var bot = await BotHarness.Start(cbr: Failure(failure));

        Assert.Null(await bot.Get<CbrExchangeRates>().Latest(CancellationToken.None));
        var warning = Assert.Single(bot.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Id.Id == 602);
        Assert.Contains(FailureInLog(failure), warning.Message, StringComparison.Ordinal);

        var ann = bot.User();
        await ann.Sends("/rate");
        Assert.Contains("not available yet", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("try again later", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("Main menu");
        Assert.Contains("Main menu", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_never_answers_times_out_on_the_injected_clock()
    {
        _bot.Cbr.Serve(CbrAnswer.Hang);

        var refresh = Rates.Refresh(CancellationToken.None);
        await _bot.Cbr.RequestHeld.WaitAsync(TimeSpan.FromSeconds(30));
        _bot.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.False(refresh.IsCompleted);
        _bot.Clock.Advance(TimeSpan.FromSeconds(2));
        var refreshed = await refresh.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(refreshed);
        Assert.True(refreshed.Stale);
        Assert.Equal(RecordedDate, refreshed.Rates.Date);
        var warning = Assert.Single(_bot.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Id.Id == 601);
        Assert.Contains("no answer within 00:00:20", warning.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(warning.Exception);
    }

    [Fact]
    public async Task The_rates_are_served_from_the_cache_which_survives_restarts()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(await Rates.Latest(CancellationToken.None));
        }

        Assert.Equal(1, _bot.Cbr.Requests);

        // Fresh rates (under a day old) are not fetched again at start.
        _bot.Cbr.Serve(CbrAnswer.Status(503));
        await PauseTheRefreshJob();
        _bot.Clock.Advance(TimeSpan.FromHours(23));
        await _bot.Restart();
        var afterRestart = await Rates.Latest(CancellationToken.None);
        Assert.NotNull(afterRestart);
        Assert.Equal((RecordedDate, 13.4808m, BotHarness.DefaultNow, false), (afterRestart.Rates.Date, afterRestart.Rates.RateFor(Currency.Cny)!.RubPerUnit, afterRestart.FetchedAt, afterRestart.Stale));
        Assert.Equal(1, _bot.Cbr.Requests);

        // Older than a day: the start refreshes; the source fails, so the cached rates stay, marked stale.
        await PauseTheRefreshJob();
        _bot.Clock.Advance(TimeSpan.FromHours(2));
        await _bot.Restart();
        Assert.Equal(2, _bot.Cbr.Requests);
        var stale = await Rates.Latest(CancellationToken.None);
        Assert.NotNull(stale);
        Assert.True(stale.Stale);
        Assert.Equal(RecordedDate, stale.Rates.Date);

        // Stale rates are retried at the next start, and the stale mark was kept until then.
        _bot.Cbr.Serve(CbrAnswer.Rates(new DateOnly(2026, 3, 2), ("CNY", 1, 11.2m), ("USD", 1, 80m)));
        await _bot.Restart();
        Assert.Equal(3, _bot.Cbr.Requests);
        var fresh = await Rates.Latest(CancellationToken.None);
        Assert.NotNull(fresh);
        Assert.False(fresh.Stale);
        Assert.Equal(new DateOnly(2026, 3, 2), fresh.Rates.Date);
    }

    [Theory]
    [InlineData("en", "Bank of Russia official rates for 4 Oct 2024", "1 CNY (yuan) = 13.4808 RUB", "1 USD (US dollar) = 95.0262 RUB", "⬅️ Main menu")]
    [InlineData("ru", "Официальные курсы Банка России на 04.10.2024", "1 CNY (юань) = 13,4808 ₽", "1 USD (доллар США) = 95,0262 ₽", "⬅️ Главное меню")]
    [InlineData("zh-hans", "俄罗斯央行官方汇率（2024年10月4日）", "1 人民币 (CNY) = 13.4808 卢布", "1 美元 (USD) = 95.0262 卢布", "⬅️ 主菜单")]
    public async Task Rate_shows_the_yuan_and_dollar_with_their_date_in_each_language(string language, string title, string cny, string usd, string back)
    {
        var ann = _bot.User(language: language);

        await ann.Sends("/rate");

        var text = ann.LastMessage.Text!;
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(cny, text, StringComparison.Ordinal);
        Assert.Contains(usd, text, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠️", text, StringComparison.Ordinal);
        Assert.Equal([back], ann.ButtonsOf().Select(b => b.Text));
    }

    [Fact]
    public async Task The_menu_button_shows_the_rates_in_place_and_back_returns_to_the_menu()
    {
        var ann = _bot.User();
        await ann.Sends("/menu");
        var shown = ann.LastMessage;

        var answer = await ann.Taps("💱 Exchange rates");

        Assert.NotNull(answer);
        Assert.Same(shown, ann.LastMessage);
        Assert.Contains("1 CNY (yuan) = 13.4808 RUB", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("⬅️ Main menu");
        Assert.Same(shown, ann.LastMessage);
        Assert.Contains("Main menu", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_is_in_the_published_command_menu()
    {
        await _bot.Api.WaitForRequest(r => r.Method == "setMyCommands");

        Assert.Contains(_bot.Api.CommandsFor(languageCode: "zh"), c => c.Command == "rate" && c.Description == "今天的人民币和美元汇率");
        Assert.Contains(_bot.Api.CommandsFor(), c => c.Command == "rate");
    }

    [Fact]
    public async Task The_quartz_job_is_scheduled_on_the_configured_cron_and_refreshes_the_rates()
    {
        var scheduler = await _bot.Get<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(RatesRefreshJob.Key)));
        Assert.Equal("0 15 */6 * * ?", trigger.CronExpressionString);
        Assert.Equal(TimeZoneInfo.Utc, trigger.TimeZone);
        Assert.Contains(RatesRefreshJob.Key, await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup()));

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 15, 0, TimeSpan.Zero), trigger.NextFireTimeUtc);

        // Quartz runs on the fake clock: step up to the fire time and past it, noting when the source was asked.
        _bot.Cbr.Serve(CbrAnswer.Rates(new DateOnly(2026, 3, 2), ("CNY", 10, 112.5m), ("USD", 1, 80m)));
        _bot.Clock.Advance(TimeSpan.FromMinutes(194));
        DateTimeOffset? askedAt = null;
        for (var step = 0; step < 400 && (await Rates.Latest(CancellationToken.None))?.Rates.Date != new DateOnly(2026, 3, 2); step++)
        {
            askedAt ??= _bot.Cbr.Requests > 1 ? _bot.Clock.GetUtcNow() : null;
            _bot.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        Assert.InRange(askedAt ?? _bot.Clock.GetUtcNow(), trigger.NextFireTimeUtc!.Value, trigger.NextFireTimeUtc.Value.AddMinutes(5));
        Assert.Equal(11.25m, (await Rates.Latest(CancellationToken.None))!.Rates.RateFor(Currency.Cny)!.RubPerUnit);
        Assert.Equal(2, _bot.Cbr.Requests);
    }

    [Fact]
    public async Task The_start_up_refresh_does_not_hold_up_the_start_and_survives_a_hanging_source()
    {
        await PauseTheRefreshJob();
        _bot.Clock.Advance(TimeSpan.FromDays(2));
        _bot.Cbr.Serve(CbrAnswer.Hang);
        using var startup = new RatesStartupRefresh(Rates, _bot.Clock, NullLogger<RatesStartupRefresh>.Instance);

        await startup.StartAsync(CancellationToken.None);
        await _bot.Cbr.RequestHeld.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(startup.ExecuteTask!.IsCompleted);
        _bot.Clock.Advance(TimeSpan.FromSeconds(21));
        await startup.ExecuteTask.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(startup.ExecuteTask.IsCompletedSuccessfully);
        Assert.True((await Rates.Latest(CancellationToken.None))!.Stale);
        await startup.StopAsync(CancellationToken.None);
    }
}
