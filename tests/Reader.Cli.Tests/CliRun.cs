using System.CommandLine;

// The CLI reads its database from the environment, which is process-wide: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Reader.Cli.Tests;

/// <summary>
/// Runs the <c>reader</c> command line in-process against a database in a temp folder, with the library's seeds
/// folder at <c>seeds/</c> there and its sources folder by default beside the database (<c>sources/</c>).
/// </summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Root = Directory.CreateTempSubdirectory("reader-cli-tests-").FullName;
        Environment.SetEnvironmentVariable("ConnectionStrings__Reader", $"Data Source={Path.Combine(Root, "reader.db")};Pooling=False");
        Environment.SetEnvironmentVariable("Reader__SeedsFolder", Path.Combine(Root, "seeds"));
    }

    public string Root { get; }

    public string Sources => Path.Combine(Root, "sources");

    public static string Seed => Path.Combine(AppContext.BaseDirectory, "Seeds", "release-notes-koray-kavukcuoglu-build-agi.txt");

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = ReaderCli.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });

        return (exitCode, output.ToString(), error.ToString());
    }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The episodes in the database by the source they were imported from, read from it directly (a table wraps long slugs).</summary>
    public List<(string Source, string Slug)> StoredEpisodes()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Root, "reader.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT SourceFile, Slug FROM Episodes ORDER BY SourceFile";
        using var reader = command.ExecuteReader();
        var episodes = new List<(string, string)>();
        while (reader.Read())
            episodes.Add((reader.GetString(0), reader.GetString(1)));
        return episodes;
    }

    /// <summary>The database file gone, as after a lost disk or a deletion by hand.</summary>
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Root, "reader.db*"))
            File.Delete(file);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__Reader", null);
        Environment.SetEnvironmentVariable("Reader__SeedsFolder", null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
