using Reader.Storage;
using Reader.Storage.Library;

namespace Reader.Web.Library;

/// <summary>Where the library's files are, as configured: the seeds folder and the sources folder.</summary>
public static class LibraryFolders
{
    /// <summary><c>Reader:SeedsFolder</c>, by default the repository's <c>seeds/</c>.</summary>
    public static string Seeds(IConfiguration configuration) =>
        configuration["Reader:SeedsFolder"] is { Length: > 0 } configured && !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(SqliteSetup.RepositoryRoot() ?? Directory.GetCurrentDirectory(), "seeds");

    /// <summary><c>Reader:SourcesFolder</c>, by default <c>sources/</c> beside the database.</summary>
    public static string Sources(IConfiguration configuration, string connectionString) =>
        configuration["Reader:SourcesFolder"] is { Length: > 0 } configured && !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : LibraryFiles.DefaultSourcesFolder(connectionString);
}
