using System.Data.Common;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Transcripts;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class EpisodeCatalogTests : IDisposable
{
    private const string MissingChineseCell = "（此句无中文）";

    private readonly SeededDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task FindingTheSeedReadsEveryPart()
    {
        var slug = database.ImportSeed().Slug!;
        var catalog = database.CreateCatalog();

        var episode = await catalog.FindAsync(slug);

        Assert.NotNull(episode);
        Assert.Equal(SeededDatabase.SeedSlug, episode.Slug);
        Assert.Equal("Google AI: Release Notes", episode.Show);
        Assert.Equal("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", episode.TitleEn);
        Assert.Equal("https://www.youtube.com/watch?v=fXtna7UrL44", episode.SourceUrl);
        Assert.Equal(611, episode.SegmentCount);
        Assert.Equal(17, episode.Chapters.Count);
    }

    [Fact]
    public async Task SpeakersComeHostFirstWithTheirSegmentCounts()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();

        var episode = await catalog.FindAsync(SeededDatabase.SeedSlug);

        Assert.Equal(
            [("Speaker 0", "Logan Kilpatrick", SpeakerRole.Host, 198), ("Speaker 1", "Koray Kavukcuoglu", SpeakerRole.Guest, 413)],
            episode!.Speakers.Select(s => (s.Label, s.Name, s.Role, s.Segments)));
    }

    [Fact]
    public async Task TheTranscriptHasARowForEverySegmentAndAHeadingForEveryChapter()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();

        var episode = await catalog.FindAsync(SeededDatabase.SeedSlug);

        var document = new HtmlParser().ParseDocument($"<body>{episode!.Transcript.Value}</body>");
        Assert.Equal(611, document.QuerySelectorAll(".segment").Length);
        Assert.Equal(Enumerable.Range(1, 17).Select(k => $"c-{k}"), document.QuerySelectorAll("h2.chapter-title").Select(h => h.Id));
        Assert.Equal(MissingChineseCell, document.GetElementById("s-435")!.QuerySelector("p.zh")!.TextContent);
    }

    [Fact]
    public async Task ChaptersLinkIntoTheVideoAtTheirTime()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();

        var episode = await catalog.FindAsync(SeededDatabase.SeedSlug);

        var second = episode!.Chapters[1];
        Assert.Equal((2, 120, "Gemini 3发布反响"), (second.Ordinal, second.StartSeconds, second.Title));
        Assert.Equal("https://www.youtube.com/watch?v=fXtna7UrL44&t=120s", second.VideoUrl);
    }

    [Fact]
    public async Task TheSpeakerStylesCoverEverySpeaker()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();

        var episode = await catalog.FindAsync(SeededDatabase.SeedSlug);

        Assert.Equal(SpeakerStyles.For(["Speaker 0", "Speaker 1"]), episode!.SpeakerStyles);
    }

    [Fact]
    public async Task ASecondFindReturnsTheSameView()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();
        var first = await catalog.FindAsync(SeededDatabase.SeedSlug);

        var second = await catalog.FindAsync(SeededDatabase.SeedSlug);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task AReimportedEpisodeIsReadAgain()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();
        var first = await catalog.FindAsync(SeededDatabase.SeedSlug);
        database.ImportSeed(change: text => text.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "A Renamed Episode"));

        var second = await catalog.FindAsync(SeededDatabase.SeedSlug);

        Assert.NotSame(first, second);
        Assert.Equal("A Renamed Episode", second!.TitleEn);
    }

    [Fact]
    public async Task AnEpisodeNotYetReadLoadsWhileAnotherConnectionHoldsTheWriteLock()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();
        await using var writer = new SqliteConnection($"Data Source={database.DatabasePath};Pooling=False");
        await writer.OpenAsync();
        await using (var write = writer.CreateCommand())
        {
            write.CommandText = "BEGIN IMMEDIATE; UPDATE Episodes SET TitleEn = 'Not committed';";
            await write.ExecuteNonQueryAsync();
        }

        var episode = await catalog.FindAsync(SeededDatabase.SeedSlug).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", episode!.TitleEn);
    }

    [Fact]
    public async Task AnEpisodeReplacedBetweenItsLookupAndItsLoadIsReadAsReplaced()
    {
        database.ImportSeed();
        // The catalog's first command looks the episode up; the replacement lands before the next.
        var hook = new BeforeSecondCommand(() => database.ImportSeed(change: text => text.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "A Renamed Episode")));
        var catalog = new EpisodeCatalog(database.FactoryWith(hook), SampleEpisode.Encoder, NullLogger<EpisodeCatalog>.Instance);

        var episode = await catalog.FindAsync(SeededDatabase.SeedSlug).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(hook.Ran);
        Assert.Equal("A Renamed Episode", episode!.TitleEn);
        Assert.Equal(611, episode.SegmentCount);
        Assert.Same(episode, await catalog.FindAsync(SeededDatabase.SeedSlug));
    }

    [Fact]
    public async Task TheCacheKeepsWithinItsBudgetDroppingTheLeastRecentlyRead()
    {
        var slugs = Enumerable.Range(1, 4).Select(i => database.ImportSeed($"copy-{i}.txt").Slug!).ToList();
        var oneEpisode = (await database.CreateCatalog().FindAsync(slugs[0]))!.EstimatedBytes;
        var cache = new EpisodeCache(oneEpisode * 5 / 2);
        var catalog = new EpisodeCatalog(database.Factory, SampleEpisode.Encoder, NullLogger<EpisodeCatalog>.Instance, cache);

        var first = await catalog.FindAsync(slugs[0]);
        await catalog.FindAsync(slugs[1]);
        Assert.Same(first, await catalog.FindAsync(slugs[0]));
        await catalog.FindAsync(slugs[2]);
        await catalog.FindAsync(slugs[3]);

        Assert.Equal(2, cache.Count);
        Assert.InRange(cache.Bytes, 0, cache.BudgetBytes);
        Assert.NotSame(first, await catalog.FindAsync(slugs[0]));
    }

    [Fact]
    public async Task AnUnknownSlugFindsNothing()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();

        var episode = await catalog.FindAsync("no-such-episode");

        Assert.Null(episode);
    }

    [Fact]
    public async Task TheListHasTheNewestEpisodeFirst()
    {
        var older = database.ImportSeed("a-older.txt").Slug;
        var newer = database.ImportSeed("b-newer.txt", text => text.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "A Newer Episode")).Slug;
        var catalog = database.CreateCatalog();

        var episodes = await catalog.ListAsync();

        Assert.Equal([newer, older], episodes.Select(e => e.Slug));
    }

    [Fact]
    public async Task AListingSaysWhatTheEpisodeHolds()
    {
        database.ImportSeed();
        var catalog = database.CreateCatalog();

        var listing = Assert.Single(await catalog.ListAsync());

        Assert.Equal(SeededDatabase.SeedSlug, listing.Slug);
        Assert.Equal("科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”", listing.TitleZh);
        Assert.Equal(["Logan Kilpatrick", "Koray Kavukcuoglu"], listing.Speakers);
        Assert.Equal((17, 611), (listing.Chapters, listing.Segments));
    }

    [Fact]
    public async Task AnEmptyDatabaseListsNothing()
    {
        var catalog = database.CreateCatalog();

        var episodes = await catalog.ListAsync();

        Assert.Empty(episodes);
    }

    /// <summary>Runs an action once, just before the second command the catalog sends.</summary>
    private sealed class BeforeSecondCommand(Action action) : DbCommandInterceptor
    {
        private int commands;

        public bool Ran { get; private set; }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count();
            return ValueTask.FromResult(result);
        }

        private void Count()
        {
            if (Interlocked.Increment(ref commands) != 2)
                return;
            Ran = true;
            action();
        }
    }
}
