using LiteDB;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Storage;

namespace TopUpBot.Tests.Storage;

/// <summary>The reminder index on a real LiteDB file: what is due, and how SIM writes and user actions make a SIM due again.</summary>
public sealed class LiteReminderStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "topupbot-tests", Guid.NewGuid().ToString("N"));
    private LiteDbContext _context;
    private LiteReminderStore _reminders;
    private LiteSimStore _sims;

    public LiteReminderStoreTests()
    {
        Directory.CreateDirectory(_folder);
        (_context, _reminders, _sims) = Open();
    }

    public void Dispose()
    {
        _context.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_new_sim_is_due_at_once_and_after_a_look_only_at_its_next_due_instant()
    {
        var sim = await AddSim(1);
        var entry = Assert.Single(_reminders.Due(Now, 10));
        Assert.Equal((sim.Id, 1L, ReminderState.Empty), (entry.SimId, entry.OwnerId, entry.State));

        var state = new ReminderState(new DateOnly(2026, 3, 10), ReminderStage.DaysBefore(7), null, false);
        Assert.True(_reminders.Save(entry, state, Now.AddDays(2)));

        Assert.Empty(_reminders.Due(Now.AddDays(2).AddMilliseconds(-1), 10));
        Assert.Equal(state, Assert.Single(_reminders.Due(Now.AddDays(2), 10)).State);
        Assert.Equal(state, await _reminders.Find(sim.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Never_due_entries_stay_out_of_the_index_query_and_due_ones_come_earliest_first()
    {
        var late = await AddSim(1);
        var never = await AddSim(1);
        var early = await AddSim(2);
        Save(late, Now.AddHours(2));
        Save(never, null);
        Save(early, Now.AddHours(1));

        Assert.Equal([early.Id, late.Id], _reminders.Due(DateTimeOffset.MaxValue, 10).Select(e => e.SimId));
        Assert.Equal([early.Id], _reminders.Due(DateTimeOffset.MaxValue, 1).Select(e => e.SimId));
    }

    [Fact]
    public void The_scan_finds_due_sims_through_the_index()
    {
        var plan = _context.Database.Execute("EXPLAIN SELECT $ FROM reminders WHERE NextDueMs <= 1772355600000").Current;

        Assert.Equal("NextDueMs", plan["index"]["name"].AsString);
    }

    [Fact]
    public async Task Reminder_writes_never_change_the_sims_revision()
    {
        var sim = await AddSim(1);
        Save(sim, Now.AddDays(1));
        await _reminders.Change(sim.Id, 1, state => state with { Muted = true }, CancellationToken.None);

        Assert.Equal(sim, await _sims.FindOwned(1, sim.Id, CancellationToken.None));
        Assert.True((await _reminders.Find(sim.Id, CancellationToken.None)).Muted);
    }

    [Fact]
    public async Task Changing_or_deleting_a_sim_makes_it_due_at_once_and_a_look_begun_before_is_refused()
    {
        var sim = await AddSim(1);
        Save(sim, Now.AddDays(30));
        var readBeforeTheEdit = Assert.Single(_reminders.Due(DateTimeOffset.MaxValue, 10));

        var edited = await _sims.Update(sim with { Label = "Edited" }, CancellationToken.None);
        Assert.NotNull(edited);

        Assert.False(_reminders.Save(readBeforeTheEdit, ReminderState.Empty, Now.AddDays(30)));
        var due = Assert.Single(_reminders.Due(Now, 10));

        Save(edited, Now.AddDays(30));
        Assert.True(await _sims.Delete(1, sim.Id, CancellationToken.None));
        Assert.Equal(sim.Id, Assert.Single(_reminders.Due(Now, 10)).SimId);
        Assert.NotEqual(due.Stamp, Assert.Single(_reminders.Due(Now, 10)).Stamp);
    }

    [Fact]
    public async Task A_refused_sim_write_leaves_the_entry_alone()
    {
        var sim = await AddSim(1);
        Save(sim, Now.AddDays(30));

        Assert.Null(await _sims.Update(sim with { Revision = 7 }, CancellationToken.None));
        Assert.False(await _sims.Delete(2, sim.Id, CancellationToken.None));

        Assert.Empty(_reminders.Due(Now, 10));
    }

    [Fact]
    public async Task New_settings_make_every_sim_of_that_user_due_and_no_one_elses()
    {
        var a = await AddSim(1);
        var b = await AddSim(1);
        var other = await AddSim(2);
        Save(a, Now.AddDays(5));
        Save(b, null);
        Save(other, Now.AddDays(5));

        await _reminders.RecheckOwner(1, CancellationToken.None);

        Assert.Equal([a.Id, b.Id], _reminders.Due(Now, 10).Select(e => e.SimId).Order());
    }

    [Fact]
    public async Task A_snooze_or_mute_makes_the_sim_due_so_the_scan_recomputes_it()
    {
        var sim = await AddSim(1);
        Save(sim, Now.AddDays(5));
        var until = Now.AddDays(1);

        await _reminders.Change(sim.Id, 1, state => state.SnoozedFor(new DateOnly(2026, 3, 10), until), CancellationToken.None);

        Assert.Equal(new ReminderState(new DateOnly(2026, 3, 10), null, until, false), Assert.Single(_reminders.Due(Now, 10)).State);
    }

    [Fact]
    public async Task What_is_queued_in_the_same_transaction_is_rolled_back_with_it()
    {
        var sim = await AddSim(1);
        var entry = Assert.Single(_reminders.Due(Now, 10));
        var outbox = _context.Database.GetCollection("test_outbox");

        Assert.Throws<InvalidOperationException>(() => _reminders.Save(entry, ReminderState.Empty with { Muted = true }, Now.AddDays(1), () =>
        {
            outbox.Insert(new BsonDocument { ["_id"] = "reminder:1" });
            throw new InvalidOperationException("the outbox failed");
        }));

        Assert.Equal(0, outbox.Count());
        Assert.Equal(entry, Assert.Single(_reminders.Due(Now, 10)));
        Assert.True(_reminders.Save(entry, ReminderState.Empty, Now.AddDays(1), () => outbox.Insert(new BsonDocument { ["_id"] = "reminder:1" })));
        Assert.Equal(1, outbox.Count());
        Assert.Equal(sim.Id, entry.SimId);
    }

    [Fact]
    public async Task Sims_stored_before_reminders_existed_are_found_once_after_an_upgrade()
    {
        var sim = await AddSim(1);
        Save(sim, null);
        _context.Database.DropCollection("reminders");
        _context.Database.GetCollection("migrations").DeleteAll();
        _context.Dispose();

        (_context, _reminders, _sims) = Open();
        var entry = Assert.Single(_reminders.Due(Now, 10));
        Assert.Equal((sim.Id, 1L), (entry.SimId, entry.OwnerId));
        Save(sim, null);
        _context.Dispose();

        (_context, _reminders, _sims) = Open();
        Assert.Empty(_reminders.Due(Now, 10));
    }

    private (LiteDbContext, LiteReminderStore, LiteSimStore) Open()
    {
        var context = new LiteDbContext(Path.Combine(_folder, "bot.db"));
        var reminders = new LiteReminderStore(context);
        return (context, reminders, new LiteSimStore(context, reminders));
    }

    private Task<Sim> AddSim(long ownerId) => _sims.Add(
        new Sim { Id = 0, OwnerId = ownerId, OperatorId = "mts", Number = "+79161234567", CreatedAt = Now, UpdatedAt = Now },
        CancellationToken.None);

    private void Save(Sim sim, DateTimeOffset? nextDueAt)
    {
        var entry = _reminders.Due(DateTimeOffset.MaxValue, 100).Single(e => e.SimId == sim.Id);
        Assert.True(_reminders.Save(entry, entry.State, nextDueAt));
    }
}
