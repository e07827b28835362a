using LiteDB;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Outbox;
using TopUpBot.Storage;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Users;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>
/// The push sender end to end: messages queued in the LiteDB outbox reach the fake Bot API within Telegram's limits.
/// Tests move the fake clock in steps and, before each step, wait until everything due by then has happened, so the
/// fake's timestamps (on the same clock) show exactly when each call came.
/// </summary>
public sealed class PushTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_queued_message_is_delivered_with_its_buttons()
    {
        await using var bot = await BotHarness.Start();
        var ann = bot.User();
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("✅ I topped up", "r.1:7:3"), InlineKeyboardButton.WithCallbackData("💤 1 day", "r.1:7:4")],
            [InlineKeyboardButton.WithUrl("📖 How to top up", "https://example.org/guide")],
        ]);

        Assert.True(bot.Get<IOutbox>().TryAdd(Push(bot, ann.Id, "sim:7:2026-03-05:d3", "<b>Bank SIM</b>: top up by 5 Mar", keyboard)));

        await WaitDelivered(bot, ann.Id, 1);
        var message = ann.LastMessage;
        Assert.Equal("Bank SIM: top up by 5 Mar", message.Text);
        Assert.Equal(["✅ I topped up", "💤 1 day", "📖 How to top up"], message.Buttons.Select(b => b.Text));
        Assert.Equal(["r.1:7:3", "r.1:7:4", null], message.Buttons.Select(b => b.CallbackData));
        Assert.Equal("https://example.org/guide", message.Buttons[2].Url);
        await Eventually(bot, () => bot.Get<IOutboxQueue>().PendingFor(ann.Id) == 0, "the message is marked sent");
    }

    [Fact]
    public async Task A_key_is_sent_once_even_when_queued_again_after_a_restart()
    {
        await using var bot = await BotHarness.Start();
        var ann = bot.User();
        var first = Push(bot, ann.Id, "sim:7:2026-03-05:d3", "Reminder");

        Assert.True(bot.Get<IOutbox>().TryAdd(first));
        Assert.False(bot.Get<IOutbox>().TryAdd(first with { Text = "Reminder again" }));
        await WaitDelivered(bot, ann.Id, 1);
        await Eventually(bot, () => bot.Get<IOutboxQueue>().PendingFor(ann.Id) == 0, "the message is marked sent");

        await bot.Restart();
        Assert.False(bot.Get<IOutbox>().TryAdd(first));
        Assert.True(bot.Get<IOutbox>().TryAdd(Push(bot, ann.Id, "sim:7:2026-03-05:d1", "Next reminder")));

        // The sender has run since the restart; it sent the new key and not the old one again.
        await WaitDelivered(bot, ann.Id, 2);
        Assert.Equal(["Reminder", "Next reminder"], ann.Chat.BotMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task After_a_429_nothing_at_all_is_called_until_retry_after_has_passed()
    {
        await using var bot = await BotHarness.Start();
        var ann = bot.User();
        var bob = bot.User(1002, "Bob");
        bot.Api.Faults.Enqueue("sendMessage", Fault.TooManyRequests(retryAfter: 3));

        bot.Get<IOutbox>().TryAdd(Push(bot, ann.Id, "a", "For Ann"));
        var tooMany = await bot.Api.WaitForRequest(r => r.Method == "sendMessage" && r.Outcome?.StatusCode == 429).WaitAsync(Safety);
        await Eventually(bot, () => LogCount(bot, "Telegram asked to wait 3 s") == 1, "the gate saw the 429");

        // While paused, another push is queued and Ann writes: the long poll in flight returns her message, but
        // neither the reply, nor the push, nor the next poll may reach Telegram yet.
        bot.Get<IOutbox>().TryAdd(Push(bot, bob.Id, "b", "For Bob"));
        var help = ann.Sends("/help");
        await Eventually(bot, () => LogCount(bot, "for Telegram's flood control") >= 2, "the reply and the sender wait for the pause");
        Assert.True(bot.Get<TelegramPause>().Until >= tooMany.ReceivedAt.AddSeconds(3), "the pause is shorter than retry_after");
        for (var step = 0; step < 12; step++)
        {
            bot.Clock.Advance(TimeSpan.FromMilliseconds(250));
            Assert.DoesNotContain(bot.Api.Requests, r => r.Order > tooMany.Order);
        }

        bot.Clock.Advance(TimeSpan.FromMilliseconds(600));
        await help.WaitAsync(Safety);
        await Drive(bot, TimeSpan.FromMilliseconds(250), () => Got(bob, "For Bob") && Got(ann, "For Ann"));

        var after = bot.Api.Requests.Where(r => r.Order > tooMany.Order).ToList();
        Assert.Contains(after, r => r.Method == "getUpdates");
        Assert.Contains(after, r => r.Method == "sendMessage" && r.Get<long>("chat_id") == ann.Id && r.Get<string>("text") != "For Ann");
        Assert.All(after, r => Assert.True(r.ReceivedAt >= tooMany.ReceivedAt.AddSeconds(3), $"{r} came {(r.ReceivedAt - tooMany.ReceivedAt).TotalSeconds} s after the 429"));
    }

    [Fact]
    public async Task A_burst_to_many_chats_keeps_to_messages_per_second()
    {
        await using var bot = await BotHarness.Start(enforceTelegramLimits: true);
        const int count = 60;
        var users = Enumerable.Range(0, count).Select(i => bot.User(2000 + i, $"User{i}")).ToList();
        var outbox = bot.Get<IOutbox>();
        var interval = TimeSpan.FromSeconds(1) / 25;

        foreach (var user in users)
        {
            Assert.True(outbox.TryAdd(Push(bot, user.Id, $"burst:{user.Id}", $"Hello {user.User.FirstName}")));
        }

        // At 25 a second one message is due every 40 ms; wait for each before moving the clock on.
        var start = bot.Clock.GetUtcNow();
        while (SendsOf(bot).Count < count)
        {
            var due = Math.Min(count, (int)((bot.Clock.GetUtcNow() - start) / interval) + 1);
            await Eventually(bot, () => SendsOf(bot).Count >= due, $"{due} messages by {(bot.Clock.GetUtcNow() - start).TotalMilliseconds} ms");
            bot.Clock.Advance(interval);
        }

        var sends = SendsOf(bot);
        Assert.All(sends, r => Assert.Equal(200, r.Outcome?.StatusCode));
        Assert.Equal(users.Select(u => u.Id).Order(), sends.Select(r => r.Get<long>("chat_id")).Order());
        Assert.All(sends, s => Assert.True(
            sends.Count(r => r.ReceivedAt >= s.ReceivedAt && r.ReceivedAt < s.ReceivedAt.AddSeconds(1)) <= 25,
            $"more than 25 messages in the second from {s.ReceivedAt:O}"));
    }

    [Fact]
    public async Task One_chat_gets_at_most_one_message_a_second_and_does_not_hold_up_others()
    {
        await using var bot = await BotHarness.Start(enforceTelegramLimits: true);
        var ann = bot.User();
        var bob = bot.User(1002, "Bob");
        var outbox = bot.Get<IOutbox>();
        for (var i = 1; i <= 3; i++)
        {
            outbox.TryAdd(Push(bot, ann.Id, $"ann:{i}", $"Ann {i}", order: i));
        }

        outbox.TryAdd(Push(bot, bob.Id, "bob:1", "Bob 1", order: 4));

        // Due: Ann at 0, 1 and 2 s; Bob at the next overall slot, 40 ms.
        TimeSpan[] due = [TimeSpan.Zero, TimeSpan.FromMilliseconds(40), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];
        var start = bot.Clock.GetUtcNow();
        while (SendsOf(bot).Count < due.Length)
        {
            var elapsed = bot.Clock.GetUtcNow() - start;
            var expected = due.Count(d => d <= elapsed);
            await Eventually(bot, () => SendsOf(bot).Count >= expected, $"{expected} messages by {elapsed.TotalMilliseconds} ms");
            bot.Clock.Advance(TimeSpan.FromMilliseconds(40));
        }

        Assert.All(SendsOf(bot), r => Assert.Equal(200, r.Outcome?.StatusCode));
        var toAnn = SendsOf(bot, ann.Id);
        Assert.Equal(["Ann 1", "Ann 2", "Ann 3"], ann.Chat.BotMessages.Select(m => m.Text));
        Assert.All(toAnn.Zip(toAnn.Skip(1)), pair => Assert.True(pair.Second.ReceivedAt - pair.First.ReceivedAt >= TimeSpan.FromSeconds(1)));
        Assert.True(Assert.Single(SendsOf(bot, bob.Id)).ReceivedAt - start < TimeSpan.FromSeconds(1), "Bob waited for Ann's chat");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_then_delivered()
    {
        await using var bot = await BotHarness.Start();
        var ann = bot.User();
        bot.Api.Faults.Enqueue("sendMessage", Fault.InternalServerError());
        bot.Api.Faults.Enqueue("sendMessage", Fault.BadGateway());

        bot.Get<IOutbox>().TryAdd(Push(bot, ann.Id, "a", "Reminder"));

        // Attempts are due at 0, 1 and 3 s; a retry is planned once the failure was seen.
        TimeSpan[] due = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];
        var start = bot.Clock.GetUtcNow();
        while (SendsOf(bot).Count < due.Length)
        {
            var elapsed = bot.Clock.GetUtcNow() - start;
            var expected = due.Count(d => d <= elapsed);
            await Eventually(bot, 
                () => SendsOf(bot).Count >= expected && LogCount(bot, "retrying in") >= Math.Min(expected, 2),
                $"{expected} attempts by {elapsed.TotalSeconds} s");
            bot.Clock.Advance(TimeSpan.FromMilliseconds(250));
        }

        await WaitDelivered(bot, ann.Id, 1);
        var attempts = SendsOf(bot);
        Assert.Equal([500, 502, 200], attempts.Select(r => r.Outcome?.StatusCode ?? 0));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromSeconds(1));
        Assert.True(attempts[2].ReceivedAt - attempts[1].ReceivedAt >= TimeSpan.FromSeconds(2));
        Assert.Equal("Reminder", ann.LastMessage.Text);
    }

    [Theory]
    [InlineData("blocked")]
    [InlineData("chat not found")]
    public async Task An_unreachable_user_is_marked_inactive_and_loses_only_their_own_pushes(string why)
    {
        await using var bot = await BotHarness.Start();
        var ann = bot.User();
        var bob = bot.User(1002, "Bob");
        await ann.Sends("/start");
        await bob.Sends("/start");
        if (why == "blocked")
        {
            bot.Api.BlockBot(ann.Id);
        }
        else
        {
            bot.Api.Faults.Enqueue("sendMessage", Fault.BadRequest("Bad Request: chat not found"));
        }

        var outbox = bot.Get<IOutbox>();
        outbox.TryAdd(Push(bot, ann.Id, "ann:1", "Ann 1", order: 1));
        outbox.TryAdd(Push(bot, ann.Id, "ann:2", "Ann 2", order: 2));
        outbox.TryAdd(Push(bot, bob.Id, "bob:1", "Bob 1", order: 3));

        await Eventually(bot, () => bot.Get<IOutboxQueue>().PendingFor(ann.Id) == 0, "Ann's pushes are dropped");
        await Drive(bot, TimeSpan.FromMilliseconds(40), () => Got(bob, "Bob 1"));
        Assert.False((await bot.Get<IUserStore>().Find(ann.Id, CancellationToken.None))!.Active);
        Assert.True((await bot.Get<IUserStore>().Find(bob.Id, CancellationToken.None))!.Active);

        // Time passes and more is queued: Bob still gets his, Ann is never tried again.
        outbox.TryAdd(Push(bot, ann.Id, "ann:3", "Ann 3", order: 4));
        outbox.TryAdd(Push(bot, bob.Id, "bob:2", "Bob 2", order: 5));
        await Drive(bot, TimeSpan.FromMilliseconds(250), () => Got(bob, "Bob 2"));
        await Eventually(bot, () => bot.Get<IOutboxQueue>().PendingFor(ann.Id) == 0, "Ann's new push is dropped unsent");
        var toAnn = Assert.Single(SendsOf(bot, ann.Id), r => r.Get<string>("text")!.StartsWith("Ann ", StringComparison.Ordinal));
        Assert.Equal(why == "blocked" ? 403 : 400, toAnn.Outcome?.StatusCode);
        Assert.True(bot.Logs.GetSnapshot().Count(r => r.Level == LogLevel.Information && r.Message.Contains($"User {ann.Id} is unreachable", StringComparison.Ordinal)) == 1, Describe(bot));
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), r => (r.Message + r.Exception).Contains(bot.Api.Token.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_outbox_is_logged_and_retried_and_the_bot_keeps_running()
    {
        await using var bot = await BotHarness.Start();
        var ann = bot.User();
        var outbox = bot.Get<LiteDbContext>().Database.GetCollection("outbox");
        var now = bot.Clock.GetUtcNow().UtcTicks;

        // A record the sender cannot read, as a damaged file or another version could leave: its keyboard is not JSON.
        outbox.Insert(new BsonDocument
        {
            ["_id"] = "broken", ["UserId"] = ann.Id, ["ChatId"] = ann.Id, ["Text"] = "Broken", ["Keyboard"] = "not json",
            ["CreatedTicks"] = now, ["State"] = "pending", ["DueTicks"] = now,
        });
        bot.Get<OutboxSignal>().Notify();
        await Eventually(bot, () => bot.Logs.GetSnapshot().Any(r => r.Id.Id == 730 && r.Level == LogLevel.Error && r.Exception is not null), "the failed pass is logged");

        outbox.Delete("broken");
        Assert.True(bot.Get<IOutbox>().TryAdd(Push(bot, ann.Id, "a", "Reminder")));
        await Drive(bot, TimeSpan.FromMilliseconds(250), () => Got(ann, "Reminder"));

        await ann.Sends("/start");
        Assert.Contains("Hello, Ann", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    /// <summary>The calls and the log, for a failure message.</summary>
    private static string Describe(BotHarness bot) =>
        string.Concat(bot.Api.Requests.TakeLast(20).Select(r => $"\n  {r.ReceivedAt:HH:mm:ss.fff} {r}"))
        + string.Concat(bot.Logs.GetSnapshot().TakeLast(40).Select(r => $"\n  [{r.Level}] {r.Message} {r.Exception?.Message}"));

    private static OutboxMessage Push(BotHarness bot, long userId, string key, string text, InlineKeyboardMarkup? keyboard = null, int order = 0) =>
        // Earlier order, earlier creation: messages due at the same time go oldest first.
        new(key, userId, userId, text, keyboard, bot.Clock.GetUtcNow() - TimeSpan.FromTicks(100 - order));

    private static List<RecordedRequest> SendsOf(BotHarness bot, long? chatId = null) =>
        [.. bot.Api.RequestsOf("sendMessage").Where(r => chatId is null || r.Get<long>("chat_id") == chatId)];

    private static int LogCount(BotHarness bot, string text) =>
        bot.Logs.GetSnapshot().Count(r => r.Message.Contains(text, StringComparison.Ordinal));

    /// <summary>How many messages <paramref name="chatId"/> has got (answered 200).</summary>
    private static int Delivered(BotHarness bot, long chatId) => SendsOf(bot, chatId).Count(r => r.Outcome?.StatusCode == 200);

    private static bool Got(FakeUser user, string text) => user.Chat.BotMessages.Any(m => m.Text == text);

    private static Task WaitDelivered(BotHarness bot, long chatId, int count) =>
        Eventually(bot, () => Delivered(bot, chatId) >= count, $"{count} messages delivered to chat {chatId}");

    /// <summary>
    /// Moves the clock in steps until <paramref name="done"/>. For tests that do not check timing: the bot may lag a
    /// step behind, so a call can be stamped later than it was due.
    /// </summary>
    private static async Task Drive(BotHarness bot, TimeSpan step, Func<bool> done)
    {
        var deadline = DateTime.UtcNow + Safety;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out moving the clock.{Describe(bot)}");
            bot.Clock.Advance(step);
            await Task.Delay(1);
        }
    }

    private static async Task Eventually(BotHarness bot, Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Safety;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for: {what}.{Describe(bot)}");
            await Task.Delay(5);
        }
    }
}
