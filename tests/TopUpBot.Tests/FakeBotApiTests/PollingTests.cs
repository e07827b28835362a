using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.FakeBotApiTests;

public sealed class PollingTests
{
    [Fact]
    public async Task Updates_stay_until_a_higher_offset_confirms_them()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);
        var ann = server.CreateUser(1001, "Ann");
        int[] ids = [server.Enqueue(TextFrom(ann, "a")), server.Enqueue(TextFrom(ann, "b")), server.Enqueue(TextFrom(ann, "c"))];

        var first = await bot.GetUpdates();
        var again = await bot.GetUpdates();
        var fromThird = await bot.GetUpdates(offset: ids[2]);
        var withoutOffset = await bot.GetUpdates();
        var afterAll = await bot.GetUpdates(offset: ids[2] + 1);

        Assert.Equal([1, 2, 3], ids);
        Assert.Equal(["a", "b", "c"], first.Select(update => update.Message!.Text));
        Assert.Equal(ids, again.Select(update => update.Id));
        Assert.Equal([3], fromThird.Select(update => update.Id));
        Assert.Equal([3], withoutOffset.Select(update => update.Id));
        Assert.Empty(afterAll);
    }

    [Fact]
    public async Task Limit_and_negative_offset_work_like_Telegram()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);
        var ann = server.CreateUser(1001, "Ann");
        var ids = Enumerable.Range(0, 3).Select(_ => server.Enqueue(TextFrom(ann, "x"))).ToArray();

        var limited = await bot.GetUpdates(limit: 2);
        var last = await bot.GetUpdates(offset: -1);

        Assert.Equal([1, 2], limited.Select(update => update.Id));
        Assert.Equal([3], last.Select(update => update.Id));
        var forgotten = await Assert.ThrowsAsync<InvalidOperationException>(() => server.WaitUntilConsumed(ids[0]));
        Assert.Contains("forgotten", forgotten.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowed_updates_leave_other_kinds_undelivered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);
        var ann = server.CreateUser(1001, "Ann");
        var member = server.Enqueue(new Update { MyChatMember = new ChatMemberUpdated { Chat = ann.Chat.Info, From = ann.User, OldChatMember = new ChatMemberMember { User = server.Bot }, NewChatMember = new ChatMemberBanned { User = server.Bot } } });
        var text = server.Enqueue(TextFrom(ann, "hi"));

        var updates = await bot.GetUpdates(allowedUpdates: [UpdateType.Message]);

        Assert.Equal([text], updates.Select(update => update.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => server.WaitUntilConsumed(member));
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_is_enqueued()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);
        var ann = server.CreateUser(1001, "Ann");

        var poll = bot.GetUpdates(timeout: 50);
        await server.PollingStarted.WaitAsync(TestClients.Safety);
        var id = server.Enqueue(TextFrom(ann, "/start"));
        var updates = await poll.WaitAsync(TestClients.Safety);

        Assert.Equal(id, Assert.Single(updates).Id);
    }

    [Fact]
    public async Task A_long_poll_returns_nothing_when_its_timeout_passes()
    {
        var time = new FakeTimeProvider();
        await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { TimeProvider = time });
        var bot = TestClients.For(server);

        var poll = bot.GetUpdates(timeout: 5);
        await server.PollingStarted.WaitAsync(TestClients.Safety);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(poll.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(await poll.WaitAsync(TestClients.Safety));
    }

    [Fact]
    public async Task A_second_poll_ends_the_first_with_a_conflict()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);

        var first = bot.GetUpdates(timeout: 50);
        await server.PollingStarted.WaitAsync(TestClients.Safety);
        var second = bot.GetUpdates(timeout: 50);

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(TestClients.Safety));
        Assert.Equal(409, conflict.ErrorCode);
        Assert.False(second.IsCompleted);
    }

    [Fact]
    public async Task Disposing_the_server_ends_a_long_poll_at_once()
    {
        var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);
        var poll = bot.GetUpdates(timeout: 50);
        await server.PollingStarted.WaitAsync(TestClients.Safety);

        await server.DisposeAsync().AsTask().WaitAsync(TestClients.Safety);

        await Assert.ThrowsAnyAsync<Exception>(() => poll.WaitAsync(TestClients.Safety));
    }

    [Fact]
    public async Task WaitUntilConsumed_completes_when_a_higher_offset_confirms_the_update()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);
        var ann = server.CreateUser(1001, "Ann");
        var id = server.Enqueue(TextFrom(ann, "/start"));
        var consumed = server.WaitUntilConsumed(id);

        await bot.GetUpdates();
        Assert.False(consumed.IsCompleted);
        await bot.GetUpdates(offset: id);
        Assert.False(consumed.IsCompleted);
        await bot.GetUpdates(offset: id + 1);

        await consumed.WaitAsync(TestClients.Safety);
        Assert.True(server.WaitUntilConsumed(id).IsCompletedSuccessfully);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => server.WaitUntilConsumed(id + 1));
    }

    [Fact]
    public async Task DeleteWebhook_can_drop_pending_updates()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var bot = TestClients.For(server);
        var ann = server.CreateUser(1001, "Ann");
        var id = server.Enqueue(TextFrom(ann, "old"));

        await bot.DeleteWebhook(dropPendingUpdates: true);

        Assert.Empty(await bot.GetUpdates());
        await Assert.ThrowsAsync<InvalidOperationException>(() => server.WaitUntilConsumed(id));
    }

    private static Update TextFrom(FakeUser user, string text) =>
        new() { Message = new Message { From = user.User, Chat = user.Chat.Info, Date = DateTime.UtcNow, Text = text } };
}
