using BenchmarkDotNet.Attributes;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopUpBot.Features.Reminders;
using TopUpBot.Storage;

namespace TopUpBot.Bench;

/// <summary>
/// The reminder scan (<see cref="ReminderScan.Run"/>, what the Quartz job calls) on a copy of the seeded database:
/// a minute with nothing due, and the peak instant with about 1% of the SIMs due, where every due SIM is looked at
/// and its reminder queued in the outbox in the same transaction that records it. Before each "1% due" iteration the
/// due SIMs' reminder entries are put back as they were and the queued messages deleted, so every iteration does the
/// whole work again.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ScanBenchmarks
{
    private string _folder = string.Empty;
    private IHost? _host;
    private ReminderScan? _scan;
    private ILiteCollection<BsonDocument>? _reminders;
    private ILiteCollection<BsonDocument>? _outbox;
    private BsonDocument[] _due = [];
    private int _expectedQueued;
    private ReminderScanResult? _last;

    [GlobalSetup(Target = nameof(NoneDue))]
    public void SetupNoneDue()
    {
        var seed = Seeder.Require();
        Open(seed.PeakAt.AddMinutes(-1));
        if (_reminders!.Count(Query.LTE("NextDueMs", seed.PeakAt.AddMinutes(-1).ToUnixTimeMilliseconds())) != 0)
        {
            throw new InvalidOperationException("SIMs are due a minute before the peak; the seeded database is not as expected.");
        }
    }

    [GlobalSetup(Target = nameof(OnePercentDue))]
    public void SetupOnePercentDue()
    {
        var seed = Seeder.Require();
        Open(seed.PeakAt);
        _due = [.. _reminders!.Find(Query.LTE("NextDueMs", seed.PeakAt.ToUnixTimeMilliseconds()))];
        if (_due.Length != seed.DueAtPeak)
        {
            throw new InvalidOperationException($"{_due.Length} SIMs due at the peak, the seed said {seed.DueAtPeak}.");
        }
    }

    /// <summary>The due SIMs' entries as they were before the scan, and no queued messages (the seed has none pending).</summary>
    [IterationSetup(Target = nameof(OnePercentDue))]
    public void ResetDue()
    {
        _outbox!.DeleteMany(Query.GTE("DueTicks", 0L));
        foreach (var entry in _due)
        {
            _reminders!.Update(entry);
        }
    }

    /// <summary>Fails the run if an iteration did not look at every due SIM, or queued a different number of reminders.</summary>
    [IterationCleanup(Target = nameof(OnePercentDue))]
    public void CheckIteration()
    {
        if (_last is not { } result || result.Looked != _due.Length || (_expectedQueued != 0 && result.Queued != _expectedQueued))
        {
            throw new InvalidOperationException($"The scan did {_last}, expected {_due.Length} looked and {_expectedQueued} queued.");
        }

        _expectedQueued = result.Queued;
        Console.WriteLine($"// scan: {result.Looked} SIMs looked at, {result.Queued} reminders queued");
    }

    [Benchmark]
    public async Task<int> NoneDue()
    {
        var result = await _scan!.Run(CancellationToken.None);
        return result.Looked;
    }

    [Benchmark]
    public async Task<int> OnePercentDue()
    {
        _last = await _scan!.Run(CancellationToken.None);
        return _last.Queued;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host?.Dispose();
        BenchPaths.DeleteRunFolder(_folder);
    }

    private void Open(DateTimeOffset now)
    {
        _folder = BenchPaths.NewRunFolder("scan");
        _host = BenchHost.Build(Seeder.CopyTo(_folder), new StoppedClock(now));
        _scan = _host.Services.GetRequiredService<ReminderScan>();
        var database = _host.Services.GetRequiredService<LiteDbContext>().Database;
        _reminders = database.GetCollection("reminders");
        _outbox = database.GetCollection("outbox");
    }
}
