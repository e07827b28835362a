using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Domain.Reminders;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Users;

namespace TopUpBot.Bench;

/// <summary>
/// The push fan-out on real time: the fake Bot API enforcing Telegram's limits (30 messages a second for the bot, one a
/// second per chat, 429 over either), the real host pointed at it with Reminders:MessagesPerSecond (default 25), and
/// <c>count</c> reminder messages for as many different chats queued through <see cref="IOutbox"/> at once, as a scan
/// would. Measured from the times the fake received the sends.
/// </summary>
internal static class FanOutRun
{
    public static async Task<int> Run(int count, int? messagesPerSecond)
    {
        var folder = BenchPaths.NewRunFolder("fanout");
        try
        {
            await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceTelegramLimits = true });
            using var host = BenchHost.Build(Path.Combine(folder, "bot.db"), TimeProvider.System, api.BaseUrl, messagesPerSecond: messagesPerSecond);
            var messages = await Messages(host.Services, api, count);
            await host.StartAsync();
            await api.PollingStarted;

            var stopwatch = Stopwatch.StartNew();
            var outbox = host.Services.GetRequiredService<IOutbox>();
            foreach (var message in messages)
            {
                outbox.TryAdd(message);
            }

            Console.WriteLine($"{count:N0} messages queued (Reminders:MessagesPerSecond {messagesPerSecond?.ToString(CultureInfo.InvariantCulture) ?? "default"}) in {stopwatch.Elapsed.TotalSeconds:F2} s; sending ...");
            var stats = await WaitForSends(api, count, TimeSpan.FromSeconds(count / 10.0 + 60));
            await host.StopAsync();

            Console.WriteLine($"Fan-out: {stats}");
            var met = stats.Sent == count && stats.SustainedPerSecond >= 24 && stats.TooManyRequests == 0;
            Console.WriteLine($"Target (all {count:N0} sent, at least 24/s sustained, no 429): {(met ? "met" : "MISSED")}");
            return met ? 0 : 1;
        }
        finally
        {
            BenchPaths.DeleteRunFolder(folder);
        }
    }

    /// <summary>Polls the fake until <paramref name="count"/> messages went through or <paramref name="timeout"/> passed.</summary>
    public static async Task<FanOutStats> WaitForSends(FakeBotApiServer api, int count, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (api.RequestsOf("sendMessage").Count(r => r.Outcome?.StatusCode == 200) < count && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(200);
        }

        return FanOutStats.From(api.RequestsOf("sendMessage"));
    }

    /// <summary>One real reminder message (text and buttons as the scan makes them) for each of <paramref name="count"/> users, each with their chat in the fake.</summary>
    private static async Task<List<OutboxMessage>> Messages(IServiceProvider services, FakeBotApiServer api, int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var generator = new SeedGenerator(count, count, now);
        var simViews = services.GetRequiredService<SimViews>();
        var views = services.GetRequiredService<ReminderViews>();
        var userStore = services.GetRequiredService<IUserStore>();
        var profiles = generator.Users().ToList();
        var messages = new List<OutboxMessage>(count);
        foreach (var (profile, sim) in profiles.Zip(generator.Sims().Select((sim, i) => sim with { Id = i + 1 })))
        {
            profile.Active = true;
            await userStore.Save(profile, CancellationToken.None);
            api.CreateUser(profile.Id, profile.FirstName!, profile.Language.ToString().ToLowerInvariant());
            var today = LocalClock.Today(now, profile.ReminderSettings().TimeZone);
            var outlook = simViews.Outlook(sim, today);
            messages.Add(views.Message(profile, sim, outlook, new ReminderDue(outlook.NextAction.DueOn ?? today, ReminderStage.DaysBefore(3)), now));
        }

        return messages;
    }
}
