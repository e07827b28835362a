using System.Globalization;
using LiteDB;
using TopUpBot.Domain.Reminders;
using TopUpBot.Features.Reminders;

namespace TopUpBot.Storage;

/// <summary>
/// Reminder state in LiteDB collection "reminders", one document per SIM (id = SIM id), with an index on
/// <see cref="ReminderDocument.NextDueMs"/>: the scan reads only the SIMs due now. A change to a SIM, a snooze, a
/// mute or new settings set it to 0, "look at once", so the next scan recomputes that SIM.
/// </summary>
/// <remarks>
/// Every write happens under one lock, and a SIM write takes it too (<see cref="WithSimWrite"/>), committing the SIM
/// and its "look at once" together. So a scan that read an entry can tell by its stamp whether anyone wrote it since.
/// </remarks>
internal sealed class LiteReminderStore : IReminderStore
{
    private const long AtOnce = 0;
    private const long Never = long.MaxValue;
    private const string BackfillMarker = "reminders-backfill";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<ReminderDocument> _reminders;
    private readonly Lock _gate = new();

    public LiteReminderStore(LiteDbContext context)
    {
        _database = context.Database;
        _reminders = _database.GetCollection<ReminderDocument>("reminders");
        _reminders.EnsureIndex(d => d.NextDueMs);
        _reminders.EnsureIndex(d => d.OwnerId);
        Backfill();
    }

    public Task<ReminderState> Find(long simId, CancellationToken cancellationToken) =>
        Task.FromResult(_reminders.FindById(simId) is { } document ? ToState(document) : ReminderState.Empty);

    public Task<IReadOnlyDictionary<long, ReminderState>> ListOwnedBy(long ownerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<long, ReminderState>>(_reminders.Find(d => d.OwnerId == ownerId).ToDictionary(d => d.Id, ToState));

    public Task Change(long simId, long ownerId, Func<ReminderState, ReminderState> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var document = _reminders.FindById(simId) ?? new ReminderDocument { Id = simId, OwnerId = ownerId };
            Write(document, change(ToState(document)), AtOnce, insert: document.Stamp == 0);
        }

        return Task.CompletedTask;
    }

    public Task RecheckOwner(long ownerId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            InTransaction(() =>
            {
                foreach (var document in _reminders.Find(d => d.OwnerId == ownerId).ToList())
                {
                    Write(document, ToState(document), AtOnce, insert: false);
                }
            });
        }

        return Task.CompletedTask;
    }

    public IReadOnlyList<ReminderEntry> Due(DateTimeOffset now, int max) =>
        [.. _reminders.Query()
            .Where(Query.LTE(nameof(ReminderDocument.NextDueMs), now.ToUnixTimeMilliseconds()))
            .OrderBy(d => d.NextDueMs)
            .Limit(max)
            .ToEnumerable()
            .Select(d => new ReminderEntry(d.Id, d.OwnerId, ToState(d), d.Stamp))];

    public IReadOnlyList<ReminderWrite> Save(IReadOnlyList<ReminderWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var stored = new List<ReminderWrite>(writes.Count);
        lock (_gate)
        {
            // One commit for many SIMs: at the hour most users chose, a commit per SIM would be the slow part.
            InTransaction(() =>
            {
                foreach (var write in writes)
                {
                    if (_reminders.FindById(write.Read.SimId) is { } document && document.Stamp == write.Read.Stamp)
                    {
                        write.InSameTransaction?.Invoke();
                        Write(document, write.State, write.NextDueAt?.ToUnixTimeMilliseconds() ?? Never, insert: false);
                        stored.Add(write);
                    }
                }
            });
        }

        return stored;
    }

    public void Remove(ReminderEntry read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            if (_reminders.FindById(read.SimId) is { } document && document.Stamp == read.Stamp)
            {
                _reminders.Delete(read.SimId);
            }
        }
    }

    public void ReplaceOwner(long ownerId, IReadOnlyDictionary<long, ReminderState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        lock (_gate)
        {
            _reminders.DeleteMany(d => d.OwnerId == ownerId);
            foreach (var (simId, state) in states)
            {
                Write(new ReminderDocument { Id = simId, OwnerId = ownerId }, state, AtOnce, insert: true);
            }
        }
    }

    public void Exclusive(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            action();
        }
    }

    /// <summary>
    /// Runs a SIM write (<paramref name="write"/> returns the id of the SIM it added, changed or deleted, or null when
    /// it wrote nothing) and marks that SIM for a look at the next scan, in one transaction.
    /// </summary>
    public void WithSimWrite(long ownerId, Func<long?> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            InTransaction(() =>
            {
                if (write() is { } simId)
                {
                    var document = _reminders.FindById(simId) ?? new ReminderDocument { Id = simId, OwnerId = ownerId };
                    Write(document, ToState(document), AtOnce, insert: document.Stamp == 0);
                }
            });
        }
    }

    private void Write(ReminderDocument document, ReminderState state, long nextDueMs, bool insert)
    {
        document.Deadline = state.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        document.LastStage = state.LastStage?.Day;
        document.SnoozedUntilMs = state.SnoozedUntil?.ToUnixTimeMilliseconds();
        document.Muted = state.Muted;
        document.NextDueMs = nextDueMs;
        document.Stamp++;
        if (insert)
        {
            _reminders.Insert(document);
        }
        else
        {
            _reminders.Update(document);
        }
    }

    /// <summary>The SIM write and the reminder write commit together, or neither does.</summary>
    private void InTransaction(Action action)
    {
        if (!_database.BeginTrans())
        {
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
        }

        try
        {
            action();
            _database.Commit();
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <summary>SIMs stored before reminders existed get an entry once, so the scan finds them.</summary>
    private void Backfill()
    {
        var migrations = _database.GetCollection("migrations");
        if (migrations.FindById(BackfillMarker) is not null)
        {
            return;
        }

        lock (_gate)
        {
            InTransaction(() =>
            {
                foreach (var sim in _database.GetCollection("sims").FindAll().ToList())
                {
                    if (_reminders.FindById(sim["_id"].AsInt64) is null)
                    {
                        Write(new ReminderDocument { Id = sim["_id"].AsInt64, OwnerId = sim["OwnerId"].AsInt64 }, ReminderState.Empty, AtOnce, insert: true);
                    }
                }

                migrations.Insert(new BsonDocument { ["_id"] = BackfillMarker });
            });
        }
    }

    private static ReminderState ToState(ReminderDocument d) => new(
        d.Deadline is { } deadline ? DateOnly.ParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        d.LastStage is { } day ? ReminderStage.FromDay(day) : null,
        d.SnoozedUntilMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
        d.Muted);

    private sealed class ReminderDocument
    {
        /// <summary>The SIM's id.</summary>
        public long Id { get; set; }

        public long OwnerId { get; set; }

        /// <summary>Unix milliseconds (UTC) of the next look: 0 at once, long.MaxValue never. Exact, and free of LiteDB's local-time conversion.</summary>
        public long NextDueMs { get; set; }

        /// <summary>yyyy-MM-dd, the deadline the stages belong to.</summary>
        public string? Deadline { get; set; }

        /// <summary><see cref="ReminderStage.Day"/> of the most urgent stage delivered for <see cref="Deadline"/>.</summary>
        public int? LastStage { get; set; }

        public long? SnoozedUntilMs { get; set; }

        public bool Muted { get; set; }

        /// <summary>Grows with every write; 0 only before the first.</summary>
        public long Stamp { get; set; }
    }
}
