using LiteDB;

namespace TopUpBot.Storage;

/// <summary>
/// The process's single LiteDatabase (Direct mode, one per file per process). Stores take their collections
/// from here and do each change in one synchronous call, so no transaction ever spans an await.
/// </summary>
internal sealed class LiteDbContext : IDisposable
{
    private readonly FileStream _processLock;

    public LiteDbContext(string path)
    {
        FilePath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // LiteDB's Direct mode does not stop a second process from opening the same file; this lock does.
        _processLock = new FileStream(FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            Database = Open(FilePath);
        }
        catch
        {
            _processLock.Dispose();
            throw;
        }
    }

    public string FilePath { get; }

    public LiteDatabase Database { get; }

    /// <summary>
    /// Runs <paramref name="action"/> in one transaction: all its writes commit together, or none does when it throws.
    /// LiteDB binds a transaction to its thread, so <paramref name="action"/> is synchronous. Inside another transaction
    /// on this thread it simply becomes part of that one.
    /// </summary>
    public void InTransaction(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!Database.BeginTrans())
        {
            action();
            return;
        }

        try
        {
            action();
            Database.Commit();
        }
        catch
        {
            Database.Rollback();
            throw;
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        _processLock.Dispose();
    }

    private static LiteDatabase Open(string filePath) =>
        new(
            new ConnectionString { Filename = filePath, Connection = ConnectionType.Direct },
            new BsonMapper { EnumAsInteger = false });
}
