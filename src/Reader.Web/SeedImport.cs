using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Storage.Search;

namespace Reader.Web;

/// <summary>
/// Brings the database up to date before the app serves a request: applies migrations, then imports every
/// new or changed transcript in the seeds folder (<c>Reader:SeedsFolder</c>, by default the repository's <c>seeds/</c>).
/// </summary>
internal static class SeedImport
{
    public static void MigrateAndImportSeeds(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILogger<EpisodeImporter>>();
        using (var db = app.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContext())
        {
            var reindexed = SqliteSetup.Migrate(db);
            if (reindexed > 0)
                logger.LogInformation("Indexed {Episodes} episodes for search again, for search index version {Version}", reindexed, SearchIndex.Version);
        }

        var folder = SeedsFolder(app.Configuration);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No seeds folder at {Folder}; nothing imported on start", folder);
            return;
        }
        app.Services.GetRequiredService<EpisodeImporter>().ImportFolder(folder);
    }

    private static string SeedsFolder(IConfiguration configuration)
    {
        var configured = configuration["Reader:SeedsFolder"];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        return Path.Combine(SqliteSetup.RepositoryRoot() ?? Directory.GetCurrentDirectory(), "seeds");
    }
}
