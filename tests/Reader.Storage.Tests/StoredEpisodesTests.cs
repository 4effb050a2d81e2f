using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Transcripts;
using Reader.Transcripts.Speakers;

namespace Reader.Storage.Tests;

public sealed class StoredEpisodesTests : IDisposable
{
    // The slug comes from the first import's title; a replacement keeps it.
    private const string Slug = "version-1-of-the-episode";
    private const string Host = "Logan Kilpatrick";

    private readonly TempDatabase database = new();
    private readonly EpisodeImporter importer;

    public StoredEpisodesTests() => importer = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AnEpisodeReplacedHalfwayThroughItsLoadIsLoadedWholeAsItWas()
    {
        Replace(1);
        var hook = new BeforeCommand("\"Speakers\"", () => Replace(2));
        await using var db = ContextWith(hook);

        var stored = await db.LoadEpisodeAsync(Slug);

        Assert.True(hook.Ran);
        Assert.NotNull(stored);
        Assert.Equal(Version(1), stored.Episode.TitleEn);
        Assert.Equal((2, 17, 611, 1), (stored.Speakers.Count, stored.Chapters.Count, stored.Segments.Count, stored.Warnings.Count));
    }

    [Fact]
    public async Task AnEpisodeLoadsWhileAnotherConnectionHoldsTheWriteLock()
    {
        Replace(1);
        await using var writer = new SqliteConnection($"Data Source={database.DatabasePath};Pooling=False");
        await writer.OpenAsync();
        await using (var write = writer.CreateCommand())
        {
            write.CommandText = "BEGIN IMMEDIATE; UPDATE Episodes SET TitleEn = 'Not committed';";
            await write.ExecuteNonQueryAsync();
        }
        await using var db = database.CreateContext();

        var stored = await db.LoadEpisodeAsync(Slug).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Version(1), stored!.Episode.TitleEn);
    }

    [Fact]
    public async Task ExportsWhileTheEpisodeIsReplacedOverAndOverAreNeverEmptyOrMixed()
    {
        Replace(1);
        var replacing = Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
                Replace(2 - i % 2);
        });

        var loads = 0;
        while (!replacing.IsCompleted || loads == 0)
        {
            await using var db = database.CreateContext();
            var transcript = await db.LoadTranscriptAsync(Slug);
            loads++;

            Assert.NotNull(transcript);
            Assert.Equal((2, 17, 611), (transcript.Speakers.Count, transcript.Chapters.Count, transcript.Segments.Count));
            var version = transcript.Episode.TitleEn == Version(1) ? 1 : 2;
            Assert.Equal(Version(version), transcript.Episode.TitleEn);
            Assert.Contains(transcript.Speakers, s => s.Name == HostIn(version));
        }
        await replacing;
    }

    [Fact]
    public async Task TheLibraryListsTheNewestImportFirstWithItsHostNamedFirst()
    {
        Replace(1);
        var second = database.AddSeed("second.txt", text => text.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "A Second Episode"));
        File.WriteAllText(SpeakerOverrides.SidecarPathFor(second), """{ "Speaker 0": { "role": "guest" }, "Speaker 1": { "role": "host" } }""");
        importer.ImportFile(second);
        await using var db = database.CreateContext();

        var library = await db.ListEpisodesAsync();

        Assert.Equal(["a-second-episode", Slug], library.Select(e => e.Slug));
        Assert.Equal(["Koray Kavukcuoglu", "Logan Kilpatrick"], library[0].SpeakerNames);
        Assert.Equal(["Logan Kilpatrick", "Koray Kavukcuoglu"], library[1].SpeakerNames);
        Assert.Equal((17, 611, 1, "second.txt"), (library[0].Chapters, library[0].Segments, library[0].Warnings, library[0].SourceFile));
    }

    [Fact]
    public async Task RolesAreStoredByTheirNamesAndReadBackAsRoles()
    {
        Replace(1);
        await using var db = database.CreateContext();

        var column = await db.Database.SqlQueryRaw<string>("SELECT Role AS Value FROM Speakers ORDER BY Label").ToListAsync();
        var stored = await db.LoadEpisodeAsync(Slug);

        Assert.Equal(["host", "guest"], column);
        Assert.Equal([SpeakerRole.Host, SpeakerRole.Guest], stored!.Speakers.Select(s => s.Role));
    }

    private static string Version(int version) => $"Version {version} of the episode";

    // The host's name differs between the versions too, so a speaker list from the other version shows.
    private static string HostIn(int version) => version == 1 ? Host : "Logan Second";

    private void Replace(int version)
    {
        var path = database.AddSeed(change: text => text
            .Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", Version(version))
            .Replace(Host, HostIn(version)));
        var result = importer.ImportFile(path);
        Assert.NotEqual(ImportOutcome.Failed, result.Outcome);
    }

    private ReaderDbContext ContextWith(IInterceptor hook)
    {
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        options.UseReaderSqlite($"Data Source={database.DatabasePath};Pooling=False").AddInterceptors(hook);
        return new PooledDbContextFactory<ReaderDbContext>(options.Options).CreateDbContext();
    }

    /// <summary>Runs an action once, just before the first command whose text names the table.</summary>
    private sealed class BeforeCommand(string table, Action action) : DbCommandInterceptor
    {
        public bool Ran { get; private set; }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            RunOnceBefore(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            RunOnceBefore(command);
            return ValueTask.FromResult(result);
        }

        private void RunOnceBefore(DbCommand command)
        {
            if (Ran || !command.CommandText.Contains(table, StringComparison.Ordinal))
                return;
            Ran = true;
            action();
        }
    }
}
