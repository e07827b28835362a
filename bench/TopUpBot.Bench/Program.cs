using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using TopUpBot.Bench;

// dotnet run -c Release --project bench/TopUpBot.Bench -- <mode>; see docs/PERFORMANCE.md.
const string Usage = """
    Modes:
      seed [--force]         build the 100,000-user, 150,000-SIM database in bench/.data (once; the other modes do it when missing)
      scan [args]            BenchmarkDotNet: the reminder scan with none due and with about 1% due (args go to BenchmarkDotNet)
      memory                 the bot process's peak memory: start-up on the seeded database, one 1%-due scan, fan-out
      fanout [count] [rate]  the push rate against the fake Bot API enforcing Telegram's limits (default 1,500
                             messages at Reminders:MessagesPerSecond 25)
    TOPUPBOT_BENCH_USERS and TOPUPBOT_BENCH_SIMS set other sizes, e.g. for a quick try.
    """;

switch (args.FirstOrDefault())
{
    case "seed":
        await Seeder.Ensure(force: args.Contains("--force"));
        return 0;
    case "scan":
        await Seeder.Ensure();
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(BenchPaths.DataFolder, "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromTypes([typeof(ScanBenchmarks)]).Run(args.Length > 1 ? args[1..] : ["--filter", "*"], config);
        return 0;
    case "memory":
        return await MemoryRun.Run();
    case MemoryHost.Mode when args.Length == 4:
        return await MemoryHost.Run(args[1], args[2], DateTimeOffset.Parse(args[3], CultureInfo.InvariantCulture));
    case "fanout":
        return await FanOutRun.Run(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1500,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : null);
    default:
        Console.WriteLine(Usage);
        return 2;
}
