using System.Buffers.Binary;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Sims;
using TopUpBot.Features.TopUps;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Tests.FakeCbr;
using TopUpBot.Users;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>History, totals and the chart end to end; "today" is 1 Mar 2026; rates are CNY 13.4808 and USD 95.0262.</summary>
public sealed class HistoryTests : IAsyncLifetime
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Ten_entries_a_page_with_newer_and_older_buttons_and_recorded_calls_among_them()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        for (var day = 1; day <= 11; day++)
        {
            Seed(ann, sim.Id, new DateOnly(2026, 2, day), "100 RUB", 100m);
        }

        await ann.Taps("✅ I made a paid call/SMS");
        await ann.Taps("📞 Call");
        await ann.Taps("Today");

        await ann.Sends("/history");
        var first = ann.LastMessage.Text!;
        Assert.Contains("page 1 of 2", first, StringComparison.Ordinal);
        Assert.Equal(10, Entries(first));
        Assert.Contains("1 Mar 2026 · Main · 📞 Call", first, StringComparison.Ordinal);
        Assert.DoesNotContain(ann.ButtonsOf(), b => b.Text == "◀️ Newer");

        await ann.Taps("Older ▶️");
        var second = ann.LastMessage.Text!;
        Assert.Contains("page 2 of 2", second, StringComparison.Ordinal);
        Assert.Equal(2, Entries(second));
        Assert.Contains("1 Feb 2026 · Main · 💳 +100 RUB", second, StringComparison.Ordinal);
        Assert.DoesNotContain(ann.ButtonsOf(), b => b.Text == "Older ▶️");

        await ann.Taps("◀️ Newer");
        Assert.Contains("page 1 of 2", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totals_by_month_and_the_monthly_average_in_rubles_and_the_chosen_home_currency()
    {
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        Seed(ann, sim.Id, new DateOnly(2026, 1, 10), "100 CNY", 1250m);
        Seed(ann, sim.Id, new DateOnly(2026, 2, 5), "500 RUB", 500m);
        Seed(ann, sim.Id, new DateOnly(2026, 3, 1), "50 CNY", 700m);
        Seed(ann, sim.Id, new DateOnly(2025, 1, 1), "900 RUB", 900m);

        await ann.Sends("/history");
        var inDollars = ann.LastMessage.Text!;
        Assert.Contains("Top-ups by month (RUB and USD)", inDollars, StringComparison.Ordinal);
        Assert.Contains("Mar 2026: 700 RUB · 7.37 USD", inDollars, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan 2025:", inDollars, StringComparison.Ordinal);

        await ann.Taps("💱 Totals in USD");
        await ann.Taps("CNY");

        Assert.Equal("Totals are now also in CNY.", ann.LastCallbackAnswer.Text);
        var inYuan = ann.LastMessage.Text!;
        Assert.Contains("Mar 2026: 700 RUB · 50 CNY", inYuan, StringComparison.Ordinal);
        Assert.Contains("Feb 2026: 500 RUB · 37.09 CNY", inYuan, StringComparison.Ordinal);
        Assert.Contains("Jan 2026: 1,250 RUB · 100 CNY", inYuan, StringComparison.Ordinal);
        // (1,250 + 500 + 700) RUB over January to March; 100 + 37.09 + 50 CNY likewise.
        Assert.Contains("Main: 816.67 RUB · 62.36 CNY a month (months counted: 3)", inYuan, StringComparison.Ordinal);
        Assert.Equal("CNY", (await _bot.Get<IUserStore>().Find(ann.Id, CancellationToken.None))!.HomeCurrency);
    }

    [Fact]
    public async Task Without_a_rate_for_the_home_currency_totals_stay_in_rubles_and_say_why()
    {
        await _bot.DisposeAsync();
        _bot = await BotHarness.Start(cbr: CbrAnswer.Status(503));
        var ann = _bot.User();
        var sim = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        Seed(ann, sim.Id, new DateOnly(2026, 3, 1), "700 RUB", 700m);
        Seed(ann, sim.Id, new DateOnly(2026, 2, 1), "10 USD", 900m);

        await ann.Sends("/history");

        var text = ann.LastMessage.Text!;
        Assert.Contains("no Bank of Russia rate for USD yet", text, StringComparison.Ordinal);
        Assert.Contains("Mar 2026: 700 RUB\n", text, StringComparison.Ordinal);
        Assert.Contains("Feb 2026: 900 RUB · 10 USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_users_see_totals_in_yuan_by_default()
    {
        var li = _bot.User(1003, "Li", "zh");
        await li.Sends("/history");

        Assert.Contains(li.ButtonsOf(), b => b.Text == "💱 汇总货币：CNY");
    }

    [Fact]
    public async Task A_sims_history_shows_only_its_entries_and_deleted_sims_stay_in_the_totals()
    {
        var ann = _bot.User();
        var main = await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        var travel = await _bot.AddSim(ann, "Beeline", "89031234567", "Travel");
        Seed(ann, main.Id, new DateOnly(2026, 2, 1), "300 RUB", 300m);
        Seed(ann, travel.Id, new DateOnly(2026, 2, 2), "200 RUB", 200m);

        await ann.Taps("🧾 History");
        var travelOnly = ann.LastMessage.Text!;
        Assert.Contains("History · Travel", travelOnly, StringComparison.Ordinal);
        Assert.Equal(1, Entries(travelOnly));
        Assert.Contains(ann.ButtonsOf(), b => b.Text == "📱 SIM card");

        await _bot.Get<ISimStore>().Delete(ann.Id, travel.Id, CancellationToken.None);
        await ann.Sends("/history");
        var all = ann.LastMessage.Text!;
        Assert.Contains("2 Feb 2026 · deleted SIM · 💳 +200 RUB", all, StringComparison.Ordinal);
        Assert.Contains("Feb 2026: 500 RUB", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_arrives_as_a_png_photo_with_a_caption()
    {
        var ann = _bot.User();
        await _bot.AddSim(ann, "MTS", "89161234567", "Main");
        await ann.Sends("/topup");
        await ann.Taps("RUB");
        await ann.EntersTopUp("500");
        await ann.Taps("✅ Save");
        await ann.Taps("🧾 History");

        await ann.Taps("📈 Chart");

        var photo = ann.LastMessage;
        var png = photo.Attachment!.Content;
        Assert.NotNull(photo.Current.Photo);
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal((800, 450), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.InRange(png.Length, 5_000, 1_000_000);
        Assert.Contains("Main, the last 12 months", photo.Caption, StringComparison.Ordinal);
        Assert.Contains(photo.Buttons, b => b.Text == "🧾 History");
        Assert.Contains(_bot.Api.Requests, r => r.Method == "sendPhoto");
    }

    [Fact]
    public async Task Nothing_to_draw_gets_a_notice_instead_of_an_empty_chart()
    {
        var ann = _bot.User();
        await ann.Sends("/history");
        Assert.Contains("Nothing recorded yet", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.Taps("📈 Chart");

        Assert.Contains("Nothing to draw yet", ann.LastCallbackAnswer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Api.Requests, r => r.Method == "sendPhoto");
    }

    [Theory]
    [InlineData("zh", "充值已保存", "每月充值")]
    [InlineData("ru", "Пополнение сохранено", "Пополнения по месяцам")]
    [InlineData("en", "Top-up saved", "Top-ups by month")]
    public async Task Every_language_records_a_yuan_top_up_and_shows_its_history_and_chart(string language, string saved, string months)
    {
        var user = _bot.User(2000, "Li", language);
        var now = _bot.Clock.GetUtcNow();
        await _bot.Get<ISimStore>().Add(
            new Domain.Sims.Sim { Id = 0, OwnerId = user.Id, OperatorId = OperatorIds.Mts, Number = "+79161234567", Balance = 100m, BalanceKnownOn = new DateOnly(2026, 2, 1), CreatedAt = now, UpdatedAt = now },
            CancellationToken.None);

        await user.Sends("/topup");
        await user.Sends("100 cny");
        foreach (var step in new[] { "channel", "day", "note" })
        {
            await user.TapsData(user.ButtonsOf()[0].CallbackData!, user.LastMessage);
        }

        await user.Sends("1250");
        Assert.Contains("7.85%", user.LastMessage.Text!.Replace(',', '.'), StringComparison.Ordinal);
        await user.TapsData(user.ButtonsOf()[0].CallbackData!, user.LastMessage);
        Assert.Contains(saved, user.LastMessage.Text, StringComparison.Ordinal);

        await user.Sends("/history");
        Assert.Contains(months, user.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("100 CNY", user.LastMessage.Text, StringComparison.Ordinal);
        await user.TapsData(user.ButtonsOf()[0].CallbackData!, user.LastMessage);
        Assert.Equal(PngSignature, user.LastMessage.Attachment!.Content[..8]);
        Assert.DoesNotContain(_bot.Logs.GetSnapshot(), r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    private static int Entries(string text) => text.Split('\n').Count(line => line.Contains(" · 💳 ", StringComparison.Ordinal) || line.Contains(" · 📞 ", StringComparison.Ordinal));

    private void Seed(FakeUser user, long simId, DateOnly on, string paid, decimal rub)
    {
        var parts = paid.Split(' ');
        _bot.Get<IHistoryStore>().AddTopUp(
            new TopUp
            {
                Id = 0,
                OwnerId = user.Id,
                SimId = simId,
                On = on,
                Paid = new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Currency.FromCode(parts[1])),
                Rub = rub,
                Channel = TopUpChannelKind.ThirdPartyPlatform,
                CreatedAt = _bot.Clock.GetUtcNow(),
            });
    }
}
