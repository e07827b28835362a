using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Storage;

namespace TopUpBot.Bench;

/// <summary>
/// The bot side of <see cref="MemoryRun"/>, in a process of its own: the real host, logging at the product's default
/// level, on the given database with a clock starting at the peak instant. Reports its memory when the scan has looked at
/// every due SIM and the outbox is empty again.
/// </summary>
internal static class MemoryHost
{
    public const string Mode = "memory-host";
    public const string ProgressPrefix = "  bot: ";

    public static async Task<int> Run(string databasePath, string apiBaseUrl, DateTimeOffset peakAt)
    {
        var stopwatch = Stopwatch.StartNew();
        var points = new List<MemoryPoint>();
        void Mark(string phase)
        {
            points.Add(Measure(phase, stopwatch.Elapsed.TotalSeconds));
            Console.WriteLine(ProgressPrefix + phase);
        }

        Mark("process started");
        using var host = BenchHost.Build(databasePath, new ShiftedClock(peakAt.AddSeconds(1)), apiBaseUrl, logLevel: "Information");
        var database = host.Services.GetRequiredService<LiteDbContext>().Database;
        var reminders = database.GetCollection("reminders");
        var outbox = database.GetCollection("outbox");
        var pending = Query.GTE("DueTicks", 0L);
        Mark("host built, database open");

        await host.StartAsync();
        Mark("host started");

        // The Quartz trigger starts the scan at once; it is done when no SIM is due at the peak any more. The checks stop
        // at the first entry they find, so watching costs the bot next to nothing.
        await Until(() => !reminders.Exists(Query.LTE("NextDueMs", peakAt.ToUnixTimeMilliseconds())));
        var scanSeconds = stopwatch.Elapsed.TotalSeconds - points[^1].Seconds;
        Mark("scan done");

        await Until(() => !outbox.Exists(pending));
        var fanOutSeconds = stopwatch.Elapsed.TotalSeconds - points[^2].Seconds;
        Mark("fan-out done");

        await host.StopAsync();
        Mark("host stopped");

        var report = new MemoryReport(
            points,
            Process.GetCurrentProcess().PeakWorkingSet64,
            points.Max(p => p.PeakResidentBytes),
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GCSettings.IsServerGC,
            scanSeconds,
            fanOutSeconds);
        Console.WriteLine(MemoryRun.ResultPrefix + JsonSerializer.Serialize(report));
        return 0;
    }

    private static async Task Until(Func<bool> done)
    {
        var giveUpAt = Stopwatch.GetTimestamp() + (15 * 60 * Stopwatch.Frequency);
        while (!done())
        {
            if (Stopwatch.GetTimestamp() > giveUpAt)
            {
                throw new TimeoutException("The bot did not finish within 15 minutes.");
            }

            await Task.Delay(250);
        }
    }

    private static MemoryPoint Measure(string phase, double seconds)
    {
        var status = File.ReadAllLines("/proc/self/status");
        return new MemoryPoint(
            phase,
            seconds,
            Kilobytes(status, "VmRSS:") * 1024,
            Kilobytes(status, "VmHWM:") * 1024,
            GC.GetTotalMemory(forceFullCollection: false),
            GC.GetGCMemoryInfo().TotalCommittedBytes);
    }

    private static long Kilobytes(string[] status, string field) =>
        status.FirstOrDefault(line => line.StartsWith(field, StringComparison.Ordinal)) is { } line
            ? long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)
            : 0;
}
