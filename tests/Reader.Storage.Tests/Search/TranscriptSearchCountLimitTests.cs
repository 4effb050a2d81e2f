using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage.Search;

namespace Reader.Storage.Tests.Search;

/// <summary>A library where one character is in more segments than <see cref="TranscriptSearch.CountLimit"/>.</summary>
public sealed class TranscriptSearchCountLimitTests(TranscriptSearchCountLimitTests.LargeLibrary library)
    : IClassFixture<TranscriptSearchCountLimitTests.LargeLibrary>
{
    // 我 is in 351 of the seed's segments: 30 copies hold 10,530, past the limit.
    private const string Common = "我";
    private const int SegmentsWithCommon = 351;
    private const int Copies = 30;

    private readonly TranscriptSearch search = library.Search;

    [Fact]
    public async Task PastTheCountLimitTheTotalStopsAtTheLimitAndSaysSo()
    {
        var results = await search.SearchLibraryAsync(SearchQuery.Parse(Common));

        Assert.Equal(TranscriptSearch.CountLimit, results.Total);
        Assert.True(results.TotalIsAtLeast);
        Assert.Equal(SearchOrder.Library, results.Order);
        Assert.Equal(TranscriptSearch.CountLimit / TranscriptSearch.PageSize, results.PageCount);
        Assert.Null(results.EpisodeCount);
    }

    [Fact]
    public async Task PastTheCountLimitHitsComeEpisodeByEpisodeInTranscriptOrder()
    {
        var inLibraryOrder = await library.InLibraryOrderAsync(SearchQuery.Parse(Common));

        var results = await search.SearchLibraryAsync(SearchQuery.Parse(Common), page: 18);

        Assert.Equal(inLibraryOrder.Skip(17 * TranscriptSearch.PageSize).Take(TranscriptSearch.PageSize), results.Hits.Select(h => (h.Slug, h.Segment)));
        Assert.Equal([library.Slugs[0], library.Slugs[1]], results.Hits.Select(h => h.Slug).Distinct());
    }

    [Fact]
    public async Task PastTheCountLimitEachEpisodeOnThePageIsCounted()
    {
        var results = await search.SearchLibraryAsync(SearchQuery.Parse(Common), page: 18);

        Assert.Equal(
            [(library.Slugs[0], SegmentsWithCommon, false), (library.Slugs[1], SegmentsWithCommon, false)],
            results.Episodes.Select(e => (e.Slug, e.Count, e.IsAtLeast)));
    }

    [Fact]
    public async Task PastTheCountLimitOnlyTheEpisodesOnThePageAreListed()
    {
        var results = await search.SearchLibraryAsync(SearchQuery.Parse(Common), page: 1);

        var episode = Assert.Single(results.Episodes);
        Assert.Equal((library.Slugs[0], SegmentsWithCommon), (episode.Slug, episode.Count));
    }

    [Fact]
    public async Task PastTheCountLimitAPageBeyondTheLastShowsTheLastWithinTheLimit()
    {
        var inLibraryOrder = await library.InLibraryOrderAsync(SearchQuery.Parse(Common));

        var results = await search.SearchLibraryAsync(SearchQuery.Parse(Common), page: 10_000);

        Assert.Equal(TranscriptSearch.CountLimit / TranscriptSearch.PageSize, results.Page);
        Assert.Equal(inLibraryOrder.Skip(TranscriptSearch.CountLimit - TranscriptSearch.PageSize).Take(TranscriptSearch.PageSize), results.Hits.Select(h => (h.Slug, h.Segment)));
    }

    [Fact]
    public async Task BelowTheCountLimitEveryEpisodeIsCountedExactly()
    {
        var results = await search.SearchLibraryAsync(SearchQuery.Parse("AlphaFold"));

        Assert.Equal(2 * Copies, results.Total);
        Assert.False(results.TotalIsAtLeast);
        Assert.Equal(SearchOrder.Relevance, results.Order);
        Assert.Equal(Copies, results.EpisodeCount);
        Assert.Equal(library.Slugs.Order(StringComparer.Ordinal), results.Episodes.Select(e => e.Slug).Order(StringComparer.Ordinal));
        Assert.All(results.Episodes, e => Assert.Equal(2, e.Count));
    }

    /// <summary>The seed imported under <see cref="Copies"/> file names, read by every test of the class.</summary>
    public sealed class LargeLibrary : IDisposable
    {
        private readonly TempDatabase database = new();
        private readonly List<int> ids;

        public LargeLibrary()
        {
            for (var copy = 1; copy <= Copies; copy++)
                database.AddSeed($"copy-{copy:00}.txt");
            var results = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance).ImportFolder(database.Transcripts);
            Assert.All(results, r => Assert.Equal(ImportOutcome.Added, r.Outcome));
            using var db = database.CreateContext();
            var episodes = db.Episodes.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug }).ToList();
            ids = episodes.Select(e => e.Id).ToList();
            Slugs = episodes.Select(e => e.Slug).ToList();
            Search = new TranscriptSearch(database.Factory);
        }

        /// <summary>In the order the episodes were imported: the seed's slug, then -2, -3 and on.</summary>
        public List<string> Slugs { get; }

        public TranscriptSearch Search { get; }

        /// <summary>Every segment that matches, episode by episode as imported, each in transcript order.</summary>
        public async Task<List<(string Slug, int Segment)>> InLibraryOrderAsync(SearchQuery query)
        {
            var hits = new List<(string, int)>();
            for (var i = 0; i < ids.Count; i++)
                hits.AddRange((await Search.SearchEpisodeAsync(ids[i], query)).Select(segment => (Slugs[i], segment)));
            return hits;
        }

        public void Dispose() => database.Dispose();
    }
}
