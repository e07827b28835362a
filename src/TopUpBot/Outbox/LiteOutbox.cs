using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Storage;

namespace TopUpBot.Outbox;

/// <summary>
/// The outbox in LiteDB collection "outbox". The key is the document id, so it is unique; times are UTC ticks, exact
/// and free of LiteDB's local-time conversion. No .NET lock is taken around LiteDB calls: a caller may hold a LiteDB
/// transaction across several of them, and a lock here could then deadlock with LiteDB's own collection lock.
/// </summary>
internal sealed class LiteOutbox : IOutbox, IOutboxQueue
{
    /// <summary>LiteDB indexes keys of at most 1023 bytes; keys are short names, so anything long is a bug.</summary>
    public const int MaxKeyLength = 200;

    private const string Pending = "pending";
    private const string Sent = "sent";
    private const string Dropped = "dropped";
    private const string GivenUp = "given-up";

    private readonly ILiteCollection<OutboxDocument> _outbox;
    private readonly OutboxSignal _signal;

    public LiteOutbox(LiteDbContext context, OutboxSignal signal)
    {
        _signal = signal;
        _outbox = context.Database.GetCollection<OutboxDocument>("outbox");
        _outbox.EnsureIndex(d => d.DueTicks);
        _outbox.EnsureIndex(d => d.UserId);
        _outbox.EnsureIndex(d => d.DoneTicks);
    }

    public bool TryAdd(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(message.Key.Length, MaxKeyLength, nameof(message));

        // Look first rather than catch the duplicate-key error: LiteDB rolls back the caller's whole transaction on any error.
        if (_outbox.FindById(message.Key) is not null)
        {
            return false;
        }

        _outbox.Insert(new OutboxDocument
        {
            Id = message.Key,
            UserId = message.UserId,
            ChatId = message.ChatId,
            Text = message.Text,
            Keyboard = message.Keyboard is null ? null : JsonSerializer.Serialize(message.Keyboard, JsonBotAPI.Options),
            CreatedTicks = message.CreatedAt.UtcTicks,
            State = Pending,
            DueTicks = message.CreatedAt.UtcTicks,
        });
        _signal.Notify();
        return true;
    }

    public IReadOnlyList<QueuedMessage> Due(DateTimeOffset now, int limit) =>
        [.. _outbox.Query()
            .Where(Query.Between(nameof(OutboxDocument.DueTicks), 0L, now.UtcTicks))
            .OrderBy(d => d.DueTicks)
            .Limit(limit)
            .ToEnumerable()
            .Select(ToQueued)];

    public DateTimeOffset? NextDueAfter(DateTimeOffset after) =>
        _outbox.Query()
            .Where(Query.GT(nameof(OutboxDocument.DueTicks), after.UtcTicks))
            .OrderBy(d => d.DueTicks)
            .Limit(1)
            .ToEnumerable()
            .Select(d => (DateTimeOffset?)FromTicks(d.DueTicks!.Value))
            .FirstOrDefault();

    public int PendingFor(long userId) => _outbox.Count(d => d.UserId == userId && d.State == Pending);

    public void MarkSent(string key, DateTimeOffset at) => Finish(key, Sent, at);

    public void GiveUp(string key, DateTimeOffset at) => Finish(key, GivenUp, at);

    public void Reschedule(string key, int failures, DateTimeOffset notBefore)
    {
        if (_outbox.FindById(key) is { State: Pending } document)
        {
            document.Failures = failures;
            document.DueTicks = notBefore.UtcTicks;
            _outbox.Update(document);
        }
    }

    public int DropPending(long userId, DateTimeOffset at)
    {
        var dropped = 0;
        // Read them all first: LiteDB's cursor must not see the collection change under it.
        foreach (var document in _outbox.Find(d => d.UserId == userId && d.State == Pending).ToList())
        {
            Done(document, Dropped, at);
            dropped += _outbox.Update(document) ? 1 : 0;
        }

        return dropped;
    }

    public int PruneDone(DateTimeOffset before) =>
        _outbox.DeleteMany(Query.Between(nameof(OutboxDocument.DoneTicks), 0L, before.UtcTicks - 1));

    public void EraseAllOf(long userId) => _outbox.DeleteMany(d => d.UserId == userId);

    private void Finish(string key, string state, DateTimeOffset at)
    {
        if (_outbox.FindById(key) is { State: Pending } document)
        {
            Done(document, state, at);
            _outbox.Update(document);
        }
    }

    private static void Done(OutboxDocument document, string state, DateTimeOffset at)
    {
        document.State = state;
        document.DueTicks = null;
        document.DoneTicks = at.UtcTicks;
    }

    private static QueuedMessage ToQueued(OutboxDocument d) => new(
        new OutboxMessage(
            d.Id,
            d.UserId,
            d.ChatId,
            d.Text,
            d.Keyboard is null ? null : JsonSerializer.Deserialize<InlineKeyboardMarkup>(d.Keyboard, JsonBotAPI.Options),
            FromTicks(d.CreatedTicks)),
        d.Failures,
        FromTicks(d.DueTicks ?? d.CreatedTicks));

    private static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);

    private sealed class OutboxDocument
    {
        public string Id { get; set; } = string.Empty;

        public long UserId { get; set; }

        public long ChatId { get; set; }

        public string Text { get; set; } = string.Empty;

        /// <summary>The InlineKeyboardMarkup as Telegram.Bot's JSON, so it round-trips exactly.</summary>
        public string? Keyboard { get; set; }

        public long CreatedTicks { get; set; }

        /// <summary>pending, sent, dropped or given-up.</summary>
        public string State { get; set; } = Pending;

        /// <summary>When a pending message may next be sent; null once it is done, so the due index holds only pending ones.</summary>
        public long? DueTicks { get; set; }

        public int Failures { get; set; }

        public long? DoneTicks { get; set; }
    }
}
