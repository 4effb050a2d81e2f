using Reader.Storage;

namespace Reader.Benchmarks;

/// <summary>The seed transcript the benchmarks read: copied next to the binaries, else found in the repository.</summary>
internal static class Seeds
{
    public const string FileName = "release-notes-koray-kavukcuoglu-build-agi.txt";

    public static string SeedPath
    {
        get
        {
            var copied = Path.Combine(AppContext.BaseDirectory, "Seeds", FileName);
            if (File.Exists(copied))
                return copied;
            var root = SqliteSetup.RepositoryRoot()
                ?? throw new FileNotFoundException($"{FileName} is neither next to the binaries nor in a repository with Reader.sln");
            return Path.Combine(root, "seeds", FileName);
        }
    }
}
