using Telegram.Bot.Types;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Users;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>my_chat_member: blocking and unblocking the bot in the private chat.</summary>
public sealed class PresenceTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Blocking_marks_the_user_inactive_and_drops_their_pending_pushes()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        var outbox = _bot.Get<IOutbox>();
        outbox.TryAdd(new OutboxMessage("a1", ann.Id, ann.Id, "First", null, _bot.Clock.GetUtcNow().AddTicks(-2)));
        outbox.TryAdd(new OutboxMessage("a2", ann.Id, ann.Id, "Second", null, _bot.Clock.GetUtcNow().AddTicks(-1)));

        // The first goes at once; the second waits a second for Ann's chat, and the block comes first.
        await Eventually(() => ann.Chat.BotMessages.Any(m => m.Text == "First") && _bot.Get<IOutboxQueue>().PendingFor(ann.Id) == 1);
        await ann.BlocksBot();

        Assert.False((await Profile(ann.Id)).Active);
        Assert.Equal(0, _bot.Get<IOutboxQueue>().PendingFor(ann.Id));
        Assert.Contains(_bot.Logs.GetSnapshot(), r => r.Message.Contains($"User {ann.Id} blocked the bot; marked inactive, 1 pending", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unblocking_marks_the_user_active_and_shows_where_their_sims_stand()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await _bot.Get<ISimStore>().Add(
            new Sim
            {
                Id = 0,
                OwnerId = ann.Id,
                OperatorId = OperatorIds.Mts,
                Number = "+79161234567",
                Label = "Bank SIM",
                LastPaidActivity = new PaidActivity(new DateOnly(2026, 2, 27), ActivityKind.Call),
                CreatedAt = _bot.Clock.GetUtcNow(),
                UpdatedAt = _bot.Clock.GetUtcNow(),
            },
            CancellationToken.None);
        await ann.BlocksBot();
        Assert.False((await Profile(ann.Id)).Active);

        await ann.UnblocksBot();

        Assert.True((await Profile(ann.Id)).Active);
        var status = ann.LastMessage;
        Assert.StartsWith("👋 Welcome back!", status.Text, StringComparison.Ordinal);
        Assert.Contains("Bank SIM +7 916 ***-**-67", status.Text, StringComparison.Ordinal);
        Assert.Contains("make one paid call or send one SMS by", status.Text, StringComparison.Ordinal);
        Assert.Equal(["📋 My SIMs"], status.Buttons.Select(b => b.Text));
        await ann.Taps("📋 My SIMs");
        Assert.Contains("Bank SIM", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_sims_is_invited_to_add_one_on_return()
    {
        var bob = _bot.User(1002, "Bob", "ru");
        await bob.Sends("/start");
        await bob.BlocksBot();

        await bob.UnblocksBot();

        Assert.True((await Profile(bob.Id)).Active);
        Assert.Contains("нет SIM-карт", bob.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(["➕ Добавить SIM"], bob.LastMessage.Buttons.Select(b => b.Text));
    }

    [Fact]
    public async Task Joining_for_the_first_time_is_no_return()
    {
        var carl = _bot.User(1003, "Carl");
        var update = new Update
        {
            MyChatMember = new ChatMemberUpdated
            {
                Chat = carl.Chat.Info,
                From = carl.User,
                Date = _bot.Clock.GetUtcNow().UtcDateTime,
                OldChatMember = new ChatMemberLeft { User = _bot.Api.Bot },
                NewChatMember = new ChatMemberMember { User = _bot.Api.Bot },
            },
        };

        await _bot.Api.WaitUntilConsumed(_bot.Api.Enqueue(update)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True((await Profile(carl.Id)).Active);
        Assert.Empty(carl.Chat.BotMessages);
    }

    private async Task<UserProfile> Profile(long userId) =>
        await _bot.Get<IUserStore>().Find(userId, CancellationToken.None) ?? throw new InvalidOperationException($"No profile for {userId}");

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never came true");
            await Task.Delay(5);
        }
    }
}
