namespace Reader.Storage.Library;

/// <summary>
/// Where the library's files are, as the web app and the CLI both configure them: the seeds folder
/// (<c>Reader:SeedsFolder</c>) and the sources folder (<c>Reader:SourcesFolder</c>). Each host reads the two
/// settings from its own configuration and passes them in, so Storage needs no configuration of its own.
/// </summary>
public static class LibraryFolders
{
    public const string SeedsSetting = "Reader:SeedsFolder";

    public const string SourcesSetting = "Reader:SourcesFolder";

    /// <summary>The configured folder, by default the repository's <c>seeds/</c>.</summary>
    public static string Seeds(string? configured) =>
        !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(SqliteSetup.RepositoryRoot() ?? Directory.GetCurrentDirectory(), "seeds");

    /// <summary>The configured folder, by default <c>sources/</c> beside the database file.</summary>
    public static string Sources(string? configured, string connectionString)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = database is "" or ":memory:" ? Path.Combine(Directory.GetCurrentDirectory(), "data") : Path.GetDirectoryName(Path.GetFullPath(database))!;
        return Path.Combine(folder, "sources");
    }
}
