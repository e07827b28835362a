using System.Diagnostics;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Storage;
using TopUpBot.Users;

namespace TopUpBot.Bench;

/// <summary>What a seeded database holds and the instants the benchmarks use.</summary>
/// <param name="Users">Users seeded.</param>
/// <param name="Sims">SIMs seeded.</param>
/// <param name="SeededAt">The day the data describes: users and SIMs were written and first scanned at this instant.</param>
/// <param name="PeakAt">The next instant at which a large share of SIMs is due (e.g. 10:00 in Moscow): the "1% due" scan runs then.</param>
/// <param name="DueAtPeak">SIMs due at <see cref="PeakAt"/>.</param>
/// <param name="ScansBeforePeak">Scans replayed while seeding, the first included.</param>
/// <param name="MessagesBeforePeak">Reminders those scans queued (all marked sent).</param>
/// <param name="SeedSeconds">How long seeding took.</param>
/// <param name="FileBytes">The database file's size.</param>
/// <param name="Clusters">Every instant with SIMs due in the day after <see cref="SeededAt"/>, and how many.</param>
internal sealed record SeedInfo(
    int Users,
    int Sims,
    DateTimeOffset SeededAt,
    DateTimeOffset PeakAt,
    int DueAtPeak,
    int ScansBeforePeak,
    int MessagesBeforePeak,
    double SeedSeconds,
    long FileBytes,
    IReadOnlyList<DueCluster> Clusters);

internal sealed record DueCluster(DateTimeOffset At, int Due);

/// <summary>
/// Builds the benchmark database once and keeps it in bench/.data (seeding 150,000 SIMs takes minutes). Everything is
/// written through the real stores, as the bot writes it: profiles with <see cref="IUserStore.Save"/>, SIMs with
/// <see cref="ISimStore.Add"/> (which also creates each SIM's reminder entry in the same transaction). Then the bot's
/// history is replayed: the real <see cref="ReminderScan"/> runs at the seeding instant and at every instant with SIMs
/// due up to the chosen peak, and every message it queues is marked sent, as the sender would have done. So the file
/// is what a bot that has been running looks like, with the peak's SIMs due and nothing else.
/// </summary>
internal static class Seeder
{
    /// <summary>A Monday, 00:30 UTC: before 10:00 in Beijing (02:00 UTC) and Moscow (07:00 UTC).</summary>
    public static readonly DateTimeOffset SeededAt = new(2026, 3, 2, 0, 30, 0, TimeSpan.Zero);

    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { WriteIndented = true };

    public static int Users => SizeFromEnvironment("TOPUPBOT_BENCH_USERS", 100_000);

    public static int Sims => SizeFromEnvironment("TOPUPBOT_BENCH_SIMS", 150_000);

    public static string DatabasePath => Path.Combine(BenchPaths.DataFolder, $"seed-{Users}u-{Sims}s.db");

    private static string InfoPath => Path.ChangeExtension(DatabasePath, ".json");

    /// <summary>The seeded database's description; null when it is not made yet.</summary>
    public static SeedInfo? Load() =>
        File.Exists(InfoPath) && File.Exists(DatabasePath) ? JsonSerializer.Deserialize<SeedInfo>(File.ReadAllText(InfoPath)) : null;

    public static SeedInfo Require() =>
        Load() ?? throw new InvalidOperationException($"No seeded database at {DatabasePath}: run the bench with 'seed' first.");

    /// <summary>Seeds unless a finished seed is on disk (or <paramref name="force"/>).</summary>
    public static async Task<SeedInfo> Ensure(bool force = false)
    {
        if (!force && Load() is { } existing)
        {
            Console.WriteLine($"Using the seeded database {DatabasePath} ({existing.Users:N0} users, {existing.Sims:N0} SIMs).");
            return existing;
        }

        Directory.CreateDirectory(BenchPaths.DataFolder);
        var partial = Path.Combine(BenchPaths.DataFolder, "partial-" + Path.GetFileName(DatabasePath));
        DeleteDatabase(partial);
        var stopwatch = Stopwatch.StartNew();
        Console.WriteLine($"Seeding {Users:N0} users and {Sims:N0} SIMs into {DatabasePath} (minutes; done once) ...");
        SeedInfo info;
        var clock = new StoppedClock(SeededAt);
        using (var host = BenchHost.Build(partial, clock))
        {
            info = await Seed(host.Services, clock, stopwatch);
        }

        DeleteDatabase(DatabasePath);
        File.Move(partial, DatabasePath);
        File.Delete(partial + ".lock");
        info = info with { SeedSeconds = stopwatch.Elapsed.TotalSeconds, FileBytes = new FileInfo(DatabasePath).Length };
        await File.WriteAllTextAsync(InfoPath, JsonSerializer.Serialize(info, Json));
        Console.WriteLine(
            $"Seeded in {info.SeedSeconds:F0} s: {new FileInfo(DatabasePath).Length / 1048576.0:F1} MB; {info.DueAtPeak:N0} SIMs " +
            $"({100.0 * info.DueAtPeak / info.Sims:F2}%) due at {info.PeakAt:u}.");
        return info;
    }

    /// <summary>A copy of the seeded database in <paramref name="folder"/>, for a run that changes it.</summary>
    public static string CopyTo(string folder)
    {
        var copy = Path.Combine(folder, "bot.db");
        File.Copy(DatabasePath, copy, overwrite: true);
        return copy;
    }

    private static async Task<SeedInfo> Seed(IServiceProvider services, StoppedClock clock, Stopwatch stopwatch)
    {
        var generator = new SeedGenerator(Users, Sims, SeededAt);
        var users = services.GetRequiredService<IUserStore>();
        foreach (var profile in generator.Users())
        {
            await users.Save(profile, CancellationToken.None);
        }

        Console.WriteLine($"  {Users:N0} users written ({stopwatch.Elapsed.TotalSeconds:F0} s)");
        var sims = services.GetRequiredService<ISimStore>();
        var written = 0;
        foreach (var sim in generator.Sims())
        {
            await sims.Add(sim, CancellationToken.None);
            if (++written % 25_000 == 0)
            {
                Console.WriteLine($"  {written:N0} SIMs written ({stopwatch.Elapsed.TotalSeconds:F0} s)");
            }
        }

        var scan = services.GetRequiredService<ReminderScan>();
        var outbox = services.GetRequiredService<IOutboxQueue>();
        var reminders = services.GetRequiredService<LiteDbContext>().Database.GetCollection("reminders");
        var messages = await ScanAndDeliver(scan, outbox, clock, SeededAt);
        Console.WriteLine($"  first scan: {messages:N0} reminders queued and marked sent ({stopwatch.Elapsed.TotalSeconds:F0} s)");

        // After a scan every SIM's next look is a stage's instant (or a retry); within a day a SIM is due at most once,
        // so the instants due in the next day, counted now, are the sizes of the scans to come.
        var clusters = reminders.Find(Query.Between("NextDueMs", SeededAt.ToUnixTimeMilliseconds() + 1, SeededAt.AddDays(1).ToUnixTimeMilliseconds()))
            .GroupBy(d => d["NextDueMs"].AsInt64)
            .OrderBy(g => g.Key)
            .Select(g => new DueCluster(DateTimeOffset.FromUnixTimeMilliseconds(g.Key), g.Count()))
            .ToList();
        if (clusters.Count == 0)
        {
            throw new InvalidOperationException("No SIM is due in the day after seeding; the seed data or the reminder planner changed.");
        }

        var onePercent = Sims / 100.0;
        var peak = clusters.MinBy(c => Math.Abs(Math.Log(c.Due / onePercent)))!;
        var scans = 1;
        foreach (var earlier in clusters.TakeWhile(c => c.At < peak.At))
        {
            messages += await ScanAndDeliver(scan, outbox, clock, earlier.At);
            scans++;
        }

        Console.WriteLine($"  {scans - 1} more scans up to the peak ({stopwatch.Elapsed.TotalSeconds:F0} s)");
        var due = reminders.Count(Query.LTE("NextDueMs", peak.At.ToUnixTimeMilliseconds()));
        return new SeedInfo(Users, Sims, SeededAt, peak.At, due, scans, messages, 0, 0, clusters);
    }

    /// <summary>One scan at <paramref name="now"/>, and what it queued marked sent; returns how many it queued.</summary>
    private static async Task<int> ScanAndDeliver(ReminderScan scan, IOutboxQueue outbox, StoppedClock clock, DateTimeOffset now)
    {
        clock.Now = now;
        var result = await scan.Run(CancellationToken.None);
        while (outbox.Due(now, 1000) is { Count: > 0 } pending)
        {
            foreach (var message in pending)
            {
                outbox.MarkSent(message.Key, now);
            }
        }

        return result.Queued;
    }

    private static void DeleteDatabase(string path)
    {
        File.Delete(path);
        File.Delete(Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path)));
    }

    private static int SizeFromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var size) && size > 0 ? size : fallback;
}
