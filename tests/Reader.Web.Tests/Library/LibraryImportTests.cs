using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Library;
using Reader.Storage;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Library;

public sealed class LibraryImportTests : IAsyncDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("reader-seed-import-tests-").FullName;
    private readonly string databasePath;
    private readonly string seeds;

    public LibraryImportTests()
    {
        databasePath = Path.Combine(root, "reader.db");
        seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        File.Copy(SeededDatabase.Seed, Path.Combine(seeds, Path.GetFileName(SeededDatabase.Seed)));
    }

    [Fact]
    public async Task TheLibraryIsServedWhileTheSeedsAreStillImporting()
    {
        Migrate();
        // Another process writing: the seed's import waits for it, the app must not.
        var writer = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        writer.Open();
        using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }
        await using var app = StartApp();
        var client = app.CreateClient();

        var during = await client.GetStringAsync("/").WaitAsync(TimeSpan.FromSeconds(10));
        writer.Dispose();
        await app.Services.GetRequiredService<LibraryImportStatus>().Completed.WaitAsync(TimeSpan.FromSeconds(60));
        var after = await client.GetStringAsync("/");

        Assert.Contains("Importing 1 of 1 transcripts…", during);
        Assert.DoesNotContain("episode-card", during);
        Assert.DoesNotContain("Importing", after);
        Assert.Contains(SeededDatabase.SeedSlug, after);
    }

    [Fact]
    public async Task AnAppWithoutASeedsFolderHasNothingToWaitFor()
    {
        Directory.Delete(seeds, recursive: true);
        await using var app = StartApp();
        var client = app.CreateClient();

        var library = await client.GetStringAsync("/");

        await app.Services.GetRequiredService<LibraryImportStatus>().Completed.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("No episodes yet", library);
    }

    [Fact]
    public async Task TheNextStartFindsTheSeedUnchangedAndKeepsItsEpisode()
    {
        var first = await StartAndReadEpisodesAsync();

        var second = await StartAndReadEpisodesAsync();

        var episode = Assert.Single(first);
        Assert.Equal(SeededDatabase.SeedSlug, episode.Slug);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_subtitle_file_added_to_the_seeds_folder_while_the_app_runs_comes_in_and_goes_when_deleted()
    {
        await using var app = StartApp();
        var client = app.CreateClient();
        var status = app.Services.GetRequiredService<LibraryImportStatus>();
        await status.Completed.WaitAsync(TimeSpan.FromSeconds(60));
        var path = Path.Combine(seeds, "watched-talk.srt");

        var added = LibraryChanges.NextAsync(status, c => c.Slug == "watched-talk");
        File.WriteAllText(path, Reader.Storage.Tests.Library.Subtitles.Bilingual());
        await added.WaitAsync(TimeSpan.FromSeconds(30));
        var library = await client.GetStringAsync("/");
        var removed = LibraryChanges.NextAsync(status, c => c.Message.StartsWith("Removed watched-talk", StringComparison.Ordinal));
        File.Delete(path);
        await removed.WaitAsync(TimeSpan.FromSeconds(30));
        using var gone = await client.GetAsync("/episodes/watched-talk");

        Assert.StartsWith("Added watched-talk.srt", (await added).Message);
        Assert.Contains("href=\"episodes/watched-talk\"", library);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private WebApplicationFactory<Program> StartApp() => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
    {
        web.UseSetting("ConnectionStrings:Reader", $"Data Source={databasePath}");
        web.UseSetting("Reader:SeedsFolder", seeds);
        web.UseSetting("Reader:DictionaryPackage", Path.Combine(root, "no-dictionary"));
        web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    });

    /// <summary>Starts the app, waits for its import and serves the seed's reader page; then the episodes as stored.</summary>
    private async Task<List<(int Id, string Slug, DateTime ImportedAtUtc)>> StartAndReadEpisodesAsync()
    {
        await using (var app = StartApp())
        {
            var client = app.CreateClient();
            await app.Services.GetRequiredService<LibraryImportStatus>().Completed.WaitAsync(TimeSpan.FromSeconds(60));
            using var reader = await client.GetAsync($"/episodes/{SeededDatabase.SeedSlug}");
            Assert.Equal(System.Net.HttpStatusCode.OK, reader.StatusCode);
        }

        using var db = OpenDatabase();
        return db.Episodes.AsEnumerable().Select(e => (e.Id, e.Slug, e.ImportedAtUtc)).ToList();
    }

    private void Migrate()
    {
        using var db = OpenDatabase();
        SqliteSetup.MigrateAndReindex(db);
    }

    private ReaderDbContext OpenDatabase()
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={databasePath};Pooling=False");
        return new PooledDbContextFactory<ReaderDbContext>(options.Options).CreateDbContext();
    }
}
