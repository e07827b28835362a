namespace TopUpBot.Bench;

/// <summary>Where the bench keeps its files: bench/.data in the repository (git-ignored), found from the running program.</summary>
internal static class BenchPaths
{
    /// <summary>The seeded database, its description and working copies. BenchmarkDotNet's child processes find the same folder.</summary>
    public static string DataFolder { get; } = Path.Combine(RepositoryRoot(), "bench", ".data");

    /// <summary>A fresh folder for one run's files (a working copy of the database, backups), under <see cref="DataFolder"/>.</summary>
    public static string NewRunFolder(string name)
    {
        var folder = Path.Combine(DataFolder, "runs", $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteRunFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover working copy is harmless; it is git-ignored.
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TopUpBot.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
