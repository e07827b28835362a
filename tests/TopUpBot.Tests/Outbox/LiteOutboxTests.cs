using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Outbox;
using TopUpBot.Storage;

namespace TopUpBot.Tests.Outbox;

/// <summary>The outbox on a real LiteDB file in a temp folder.</summary>
public sealed class LiteOutboxTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "topupbot-tests", Guid.NewGuid().ToString("N"));
    private readonly LiteDbContext _db;
    private readonly LiteOutbox _outbox;

    public LiteOutboxTests()
    {
        _db = new LiteDbContext(Path.Combine(_folder, "outbox.db"));
        _outbox = new LiteOutbox(_db, new OutboxSignal());
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_message_comes_back_as_queued_with_its_keyboard()
    {
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("✅ Done", "r.1:7:3"), InlineKeyboardButton.WithUrl("Guide", "https://example.org/g")],
        ]);
        Assert.True(_outbox.TryAdd(new OutboxMessage("k", 1, 2, "<b>Hi</b>", keyboard, Now)));

        var queued = Assert.Single(_outbox.Due(Now, 10));

        Assert.Equal(("k", 1L, 2L, "<b>Hi</b>", Now, 0), (queued.Key, queued.Message.UserId, queued.Message.ChatId, queued.Message.Text, queued.Message.CreatedAt, queued.Failures));
        var buttons = queued.Message.Keyboard!.InlineKeyboard.Single().ToList();
        Assert.Equal(("✅ Done", "r.1:7:3"), (buttons[0].Text, buttons[0].CallbackData));
        Assert.Equal(("Guide", "https://example.org/g"), (buttons[1].Text, buttons[1].Url));
    }

    [Fact]
    public void Due_gives_the_earliest_first_and_only_what_is_due()
    {
        _outbox.TryAdd(Message("later", Now.AddMinutes(5)));
        _outbox.TryAdd(Message("second", Now.AddMinutes(-1)));
        _outbox.TryAdd(Message("first", Now.AddMinutes(-2)));
        _outbox.TryAdd(Message("third", Now));

        Assert.Equal(["first", "second", "third"], _outbox.Due(Now, 10).Select(q => q.Key));
        Assert.Equal(["first", "second"], _outbox.Due(Now, 2).Select(q => q.Key));
        Assert.Equal(Now.AddMinutes(5), _outbox.NextDueAfter(Now));
        Assert.Equal(Now.AddMinutes(-1), _outbox.NextDueAfter(Now.AddMinutes(-2)));

        _outbox.Reschedule("first", 1, Now.AddMinutes(1));
        Assert.Equal(["second", "third"], _outbox.Due(Now, 10).Select(q => q.Key));
        Assert.Equal(1, Assert.Single(_outbox.Due(Now.AddMinutes(1), 10), q => q.Key == "first").Failures);
    }

    [Fact]
    public void A_key_is_never_queued_again_once_used_until_it_is_pruned()
    {
        Assert.True(_outbox.TryAdd(Message("k", Now)));
        Assert.False(_outbox.TryAdd(Message("k", Now)));

        _outbox.MarkSent("k", Now);
        Assert.Empty(_outbox.Due(Now.AddDays(1), 10));
        Assert.Null(_outbox.NextDueAfter(DateTimeOffset.MinValue));
        Assert.False(_outbox.TryAdd(Message("k", Now.AddDays(1))));

        Assert.Equal(0, _outbox.PruneDone(Now));
        Assert.Equal(1, _outbox.PruneDone(Now.AddTicks(1)));
        Assert.True(_outbox.TryAdd(Message("k", Now.AddDays(100))));
    }

    [Fact]
    public void Dropping_a_users_pending_messages_leaves_others_and_sent_ones_alone()
    {
        _outbox.TryAdd(Message("ann-sent", Now, userId: 1));
        _outbox.MarkSent("ann-sent", Now);
        _outbox.TryAdd(Message("ann-1", Now, userId: 1));
        _outbox.TryAdd(Message("ann-2", Now.AddHours(1), userId: 1));
        _outbox.TryAdd(Message("bob-1", Now, userId: 2));

        Assert.Equal(2, _outbox.DropPending(1, Now));

        Assert.Equal(0, _outbox.PendingFor(1));
        Assert.Equal(["bob-1"], _outbox.Due(Now.AddDays(1), 10).Select(q => q.Key));
        Assert.False(_outbox.TryAdd(Message("ann-1", Now)));
        _outbox.Reschedule("ann-2", 1, Now);
        _outbox.MarkSent("ann-2", Now);
        Assert.Equal(["bob-1"], _outbox.Due(Now.AddDays(1), 10).Select(q => q.Key));
    }

    [Fact]
    public void Queuing_joins_the_callers_transaction_and_a_used_key_does_not_roll_it_back()
    {
        _outbox.TryAdd(Message("old", Now));
        var stages = _db.Database.GetCollection("stages");

        _db.Database.BeginTrans();
        stages.Insert(new LiteDB.BsonDocument { ["_id"] = 1 });
        Assert.False(_outbox.TryAdd(Message("old", Now)));
        Assert.True(_outbox.TryAdd(Message("new", Now)));
        _db.Database.Commit();

        Assert.Equal(1, stages.Count());
        Assert.Equal(["old", "new"], _outbox.Due(Now, 10).Select(q => q.Key).Order().Reverse());

        _db.Database.BeginTrans();
        Assert.True(_outbox.TryAdd(Message("rolled-back", Now)));
        _db.Database.Rollback();
        Assert.DoesNotContain("rolled-back", _outbox.Due(Now, 10).Select(q => q.Key));
        Assert.True(_outbox.TryAdd(Message("rolled-back", Now)));
    }

    private static OutboxMessage Message(string key, DateTimeOffset createdAt, long userId = 1) => new(key, userId, userId, "text", null, createdAt);
}
