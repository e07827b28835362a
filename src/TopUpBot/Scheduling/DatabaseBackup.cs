using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TopUpBot.Hosting;
using TopUpBot.Storage;

namespace TopUpBot.Scheduling;

/// <summary>Checkpoints the LiteDB log into the data file, copies the file into the backup folder and keeps the newest copies.</summary>
internal sealed partial class DatabaseBackup(
    LiteDbContext context,
    IOptions<BackupOptions> options,
    TimeProvider clock,
    ILogger<DatabaseBackup> logger)
{
    private const string Prefix = "topupbot-";

    // The nightly job and a run by hand (tests, an operator) may overlap; two copies into one .partial file would collide.
    private readonly Lock _running = new();

    public string Run()
    {
        lock (_running)
        {
            return Copy();
        }
    }

    private string Copy()
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.Folder);
        Directory.CreateDirectory(folder);

        // After a checkpoint the data file alone holds every committed change.
        context.Database.Checkpoint();
        var target = Path.Combine(folder, $"{Prefix}{clock.GetUtcNow():yyyyMMdd-HHmmss}.db");
        var partial = target + ".partial";
        using (var source = new FileStream(context.FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var copy = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            source.CopyTo(copy);
        }

        Verify(partial);
        File.Move(partial, target, overwrite: true);
        var removed = Prune(folder, settings.Keep);
        LogBackedUp(logger, target, removed);
        return target;
    }

    /// <summary>A copy that LiteDB cannot open is no backup: fail the job loudly instead of keeping it.</summary>
    private static void Verify(string path)
    {
        using var copy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        _ = copy.GetCollectionNames().Count();
    }

    private static int Prune(string folder, int keep)
    {
        var stale = new DirectoryInfo(folder)
            .GetFiles($"{Prefix}*.db")
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .Skip(keep)
            .ToList();
        stale.ForEach(f => f.Delete());
        return stale.Count;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Database backed up to {Path}; {Removed} old copies removed")]
    private static partial void LogBackedUp(ILogger logger, string path, int removed);
}
