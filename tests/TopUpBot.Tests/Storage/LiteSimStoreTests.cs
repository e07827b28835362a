using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Storage;

namespace TopUpBot.Tests.Storage;

/// <summary>A SIM change and the history row that goes with it, on a real LiteDB file: both are stored, or neither.</summary>
public sealed class LiteSimStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "topupbot-tests", Guid.NewGuid().ToString("N"));
    private readonly LiteDbContext _context;
    private readonly LiteSimStore _sims;
    private readonly LiteHistoryStore _history;

    public LiteSimStoreTests()
    {
        Directory.CreateDirectory(_folder);
        _context = new LiteDbContext(Path.Combine(_folder, "bot.db"));
        _sims = new LiteSimStore(_context, new LiteReminderStore(_context));
        _history = new LiteHistoryStore(_context);
    }

    public void Dispose()
    {
        _context.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_sim_change_and_its_history_row_commit_together()
    {
        var sim = await AddSim();

        var saved = await _sims.Update(sim with { Balance = 300m }, () => _history.AddActivity(Activity(sim)), CancellationToken.None);

        Assert.Equal((2, 300m), (saved!.Revision, saved.Balance));
        Assert.Equal(saved, await _sims.FindOwned(1, sim.Id, CancellationToken.None));
        Assert.Single(await _history.Activities(1, sim.Id, CancellationToken.None));
    }

    [Fact]
    public async Task When_the_history_write_fails_the_sim_and_the_row_are_both_left_unwritten()
    {
        var sim = await AddSim();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _sims.Update(
            sim with { Balance = 300m },
            () =>
            {
                _history.AddActivity(Activity(sim));
                throw new InvalidOperationException("history write failed");
            },
            CancellationToken.None));

        Assert.Equal("history write failed", failure.Message);
        Assert.Equal(sim, await _sims.FindOwned(1, sim.Id, CancellationToken.None));
        Assert.Empty(await _history.Activities(1, sim.Id, CancellationToken.None));

        // The store is usable afterwards: the transaction was rolled back, not left open.
        Assert.NotNull(await _sims.Update(sim with { Balance = 400m }, () => _history.AddActivity(Activity(sim)), CancellationToken.None));
        Assert.Single(await _history.Activities(1, sim.Id, CancellationToken.None));
    }

    [Fact]
    public async Task An_outdated_revision_writes_nothing_and_skips_the_history_row()
    {
        var sim = await AddSim();
        var ran = false;

        Assert.Null(await _sims.Update(sim with { Revision = 7, Balance = 300m }, () => ran = true, CancellationToken.None));
        Assert.Null(await _sims.Update(sim with { OwnerId = 2, Balance = 300m }, () => ran = true, CancellationToken.None));

        Assert.False(ran);
        Assert.Equal(sim, await _sims.FindOwned(1, sim.Id, CancellationToken.None));
    }

    private static RecordedActivity Activity(Sim sim) => new(0, sim.OwnerId, sim.Id, new DateOnly(2026, 3, 1), ActivityKind.Call, Now);

    private Task<Sim> AddSim() => _sims.Add(
        new Sim { Id = 0, OwnerId = 1, OperatorId = "mts", Number = "+79161234567", Balance = 100m, CreatedAt = Now, UpdatedAt = Now },
        CancellationToken.None);
}
