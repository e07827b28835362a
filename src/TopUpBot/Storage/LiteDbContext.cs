using LiteDB;

namespace TopUpBot.Storage;

/// <summary>
/// The process's single LiteDatabase (Direct mode, one per file per process). Stores take their collections
/// from here and do each change in one synchronous call, so no transaction ever spans an await.
/// </summary>
internal sealed class LiteDbContext : IDisposable
{
    public LiteDbContext(string path)
    {
        FilePath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        Database = new LiteDatabase(
            new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct },
            new BsonMapper { EnumAsInteger = false });
    }

    public string FilePath { get; }

    public LiteDatabase Database { get; }

    public void Dispose() => Database.Dispose();
}
