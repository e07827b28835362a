using System.Diagnostics;
using System.Globalization;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Storage;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Bench;

/// <summary>The bot process's memory at one point of the run: resident now and at its peak so far (Linux /proc/self/status).</summary>
internal sealed record MemoryPoint(string Phase, double Seconds, long ResidentBytes, long PeakResidentBytes, long ManagedHeapBytes, long GcCommittedBytes);

/// <summary>What the bot process reports at the end of the memory run.</summary>
internal sealed record MemoryReport(
    IReadOnlyList<MemoryPoint> Points,
    long PeakWorkingSetBytes,
    long PeakResidentBytes,
    long TotalAllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    bool ServerGc,
    double ScanSeconds,
    double FanOutSeconds);

/// <summary>
/// The bot process's peak memory in a realistic run. This process plays Telegram: it starts the fake Bot API (enforcing
/// Telegram's limits) with a chat for every user due at the seed's peak, then runs the bot in a child process of its
/// own (<see cref="MemoryHost"/>), so the figure is the bot's alone, not the fake's. The bot starts on a copy of the
/// 150,000-SIM database at the peak instant; its Quartz job scans at once (about 1% due), and its sender delivers
/// everything queued; then the child reports its peak resident set (VmHWM) and exits.
/// </summary>
internal static class MemoryRun
{
    public const string ResultPrefix = "MEMORY-REPORT ";

    public static async Task<int> Run()
    {
        var seed = await Seeder.Ensure();
        var folder = BenchPaths.NewRunFolder("memory");
        try
        {
            var database = Seeder.CopyTo(folder);
            var owners = OwnersDueAt(database, seed.PeakAt);
            await using var api = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceTelegramLimits = true });
            foreach (var owner in owners)
            {
                api.CreateUser(owner, "User " + owner);
            }

            Console.WriteLine($"Starting the bot on a copy of the seeded database at {seed.PeakAt:u} ({seed.DueAtPeak:N0} SIMs of {owners.Count:N0} users due) ...");
            var report = await RunBot(database, api.BaseUrl, seed.PeakAt);
            var fanOut = FanOutStats.From(api.RequestsOf("sendMessage"));
            foreach (var point in report.Points)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {point.Phase,-28} at {point.Seconds,6:F1} s: resident {Mb(point.ResidentBytes),6:F1} MB, peak so far {Mb(point.PeakResidentBytes),6:F1} MB, managed heap {Mb(point.ManagedHeapBytes),6:F1} MB (GC committed at the last GC {Mb(point.GcCommittedBytes),6:F1} MB)"));
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Peak working set of the bot process: {Mb(report.PeakResidentBytes):F1} MB (VmHWM; Process.PeakWorkingSet64 {Mb(report.PeakWorkingSetBytes):F1} MB); " +
                $"{Mb(report.TotalAllocatedBytes):F0} MB allocated in all, GCs gen0/1/2 {report.Gen0Collections}/{report.Gen1Collections}/{report.Gen2Collections}, server GC {report.ServerGc}."));
            Console.WriteLine($"Scan at start-up: done {report.ScanSeconds:F2} s after the host started (it queues as it goes; the sender starts at once); outbox empty {report.FanOutSeconds:F1} s after start.");
            Console.WriteLine($"Fan-out: {fanOut}");
            var met = report.PeakResidentBytes < 200L * 1024 * 1024;
            Console.WriteLine($"Target (peak under 200 MB): {(met ? "met" : "MISSED")}");
            return met ? 0 : 1;
        }
        finally
        {
            BenchPaths.DeleteRunFolder(folder);
        }
    }

    private static List<long> OwnersDueAt(string databasePath, DateTimeOffset at)
    {
        using var host = BenchHost.Build(databasePath, new StoppedClock(at));
        return [.. host.Services.GetRequiredService<LiteDbContext>().Database.GetCollection("reminders")
            .Find(Query.LTE("NextDueMs", at.ToUnixTimeMilliseconds()))
            .Select(d => d["OwnerId"].AsInt64)
            .Distinct()];
    }

    private static async Task<MemoryReport> RunBot(string database, string apiBaseUrl, DateTimeOffset startAt)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MemoryRun).Assembly.Location);
        }

        foreach (var argument in new[] { MemoryHost.Mode, database, apiBaseUrl, startAt.ToString("O", CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var bot = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        MemoryReport? report = null;
        var logLines = 0;
        while (await bot.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                report = JsonSerializer.Deserialize<MemoryReport>(line[ResultPrefix.Length..]);
            }
            else if (line.StartsWith(MemoryHost.ProgressPrefix, StringComparison.Ordinal))
            {
                Console.WriteLine(line);
            }
            else
            {
                logLines++;
            }
        }

        await bot.WaitForExitAsync();
        Console.WriteLine($"  (the bot process wrote {logLines:N0} lines of log to its console, exit code {bot.ExitCode})");
        return report ?? throw new InvalidOperationException("The bot process ended without its report.");
    }

    private static double Mb(long bytes) => bytes / 1048576.0;
}
