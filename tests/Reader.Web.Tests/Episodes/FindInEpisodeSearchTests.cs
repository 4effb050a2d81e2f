using Reader.Storage.Search;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

/// <summary>The ranges over the sample episode's rows; what the seed holds, over one imported seed shared by the class.</summary>
public sealed class FindInEpisodeSearchTests(FindInEpisodeSearchTests.Seed seed) : IClassFixture<FindInEpisodeSearchTests.Seed>
{
    private const string Slug = SeededDatabase.SeedSlug;

    [Fact]
    public void AChineseWordIsFoundAsARangeOfTheChineseLine()
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [6], SearchQuery.Parse("模型"));

        Assert.Equal([new FindInEpisodeHit(6, "Speaker 0", "zh", 2, 2)], hits);
    }

    [Fact]
    public void AnEnglishWordIsFoundAsARangeOfTheEnglishLine()
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [3, 4], SearchQuery.Parse("excited"));

        Assert.Equal([new FindInEpisodeHit(3, "Speaker 1", "en", 9, 7), new FindInEpisodeHit(4, "Speaker 1", "en", 4, 7)], hits);
    }

    [Fact]
    public void ASegmentsChineseHitsComeBeforeItsEnglishOnes()
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [4], SearchQuery.Parse("excited 兴奋"));

        Assert.Equal([new FindInEpisodeHit(4, "Speaker 1", "zh", 8, 2), new FindInEpisodeHit(4, "Speaker 1", "en", 4, 7)], hits);
    }

    [Fact]
    public void EveryOccurrenceInALineIsAHitInReadingOrder()
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [5, 6], SearchQuery.Parse("the"));

        Assert.Equal(
            [new FindInEpisodeHit(5, "Speaker 0", "en", 23, 3), new FindInEpisodeHit(6, "Speaker 0", "en", 0, 3), new FindInEpisodeHit(6, "Speaker 0", "en", 13, 3)],
            hits);
    }

    [Fact]
    public void HitsFollowTheTranscriptOrderOfTheSegments()
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [1, 5], SearchQuery.Parse("我们"));

        Assert.Equal([1, 5], hits.Select(h => h.Segment));
        Assert.Equal([6, 0], hits.Select(h => h.Start));
    }

    [Theory]
    [InlineData("反响", 2, "zh")]
    [InlineData("progress", 3, "en")]
    public void ARowWithoutOneLanguageIsSearchedInTheOther(string query, int segment, string language)
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [segment], SearchQuery.Parse(query));

        var hit = Assert.Single(hits);
        Assert.Equal(segment, hit.Segment);
        Assert.Equal(language, hit.Language);
    }

    [Fact]
    public void OnlyTheSegmentsTheIndexMatchedAreMarked()
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [5], SearchQuery.Parse("我们"));

        Assert.Equal([5], hits.Select(h => h.Segment));
    }

    [Fact]
    public void ASegmentWithoutARowIsSkipped()
    {
        var hits = FindInEpisodeSearch.HitsIn(SampleEpisode.Rows, [6, 99], SearchQuery.Parse("模型"));

        Assert.Equal([6], hits.Select(h => h.Segment));
    }

    [Fact]
    public void RowsWithGapsInTheirPositionsAreStillFound()
    {
        TranscriptMarkup.Row[] rows = [SampleEpisode.Rows[0], SampleEpisode.Rows[5]];

        var hits = FindInEpisodeSearch.HitsIn(rows, [6], SearchQuery.Parse("模型"));

        Assert.Equal([new FindInEpisodeHit(6, "Speaker 0", "zh", 2, 2)], hits);
    }

    [Theory]
    [InlineData("模型", 93, 104)]
    [InlineData("model", 84, 96)]
    [InlineData("bench", 16, 21)]
    [InlineData("\"hill climb\"", 3, 3)]
    [InlineData("Nano Banana", 4, 7)]
    [InlineData("AlphaFold", 2, 4)]
    [InlineData("量子", 0, 0)]
    public async Task TheSeedHasTheExpectedHits(string query, int segments, int hits)
    {
        var found = await seed.Search.FindAsync(Slug, SearchQuery.Parse(query));

        Assert.Equal(segments, found.Select(h => h.Segment).Distinct().Count());
        Assert.Equal(hits, found.Count);
    }

    [Theory]
    [InlineData("模型", "模型")]
    [InlineData("\"hill climb\"", "hill climb")]
    [InlineData("AlphaFold", "AlphaFold")]
    public async Task EveryHitsRangeIsTheWordInTheLine(string query, string word)
    {
        var rows = await RowsAsync();

        var found = await seed.Search.FindAsync(Slug, SearchQuery.Parse(query));

        Assert.NotEmpty(found);
        Assert.All(found, hit => Assert.Equal(word, TextOf(rows, hit)));
    }

    [Fact]
    public async Task APrefixHitCoversTheWholeWordItStarts()
    {
        var rows = await RowsAsync();

        var found = await seed.Search.FindAsync(Slug, SearchQuery.Parse("bench"));

        Assert.Equal(["benchmark", "benchmarking", "benchmarks"], found.Select(hit => TextOf(rows, hit)).Distinct().Order());
    }

    [Fact]
    public async Task SeedHitsAreInTranscriptOrderChineseFirst()
    {
        var found = await seed.Search.FindAsync(Slug, SearchQuery.Parse("AlphaFold"));

        Assert.Equal([(429, "zh"), (429, "en"), (438, "zh"), (438, "en")], found.Select(h => (h.Segment, h.Language)));
        Assert.Equal(["Speaker 0", "Speaker 0", "Speaker 1", "Speaker 1"], found.Select(h => h.Speaker));
    }

    [Fact]
    public async Task HitsAreSortedByPosition()
    {
        var found = await seed.Search.FindAsync(Slug, SearchQuery.Parse("模型 model"));

        var keys = found.Select(h => (h.Segment, h.Language == "zh" ? 0 : 1, h.Start)).ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(keys.Order(), keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!…")]
    public async Task NothingToSearchForFindsNothing(string query)
    {
        var found = await seed.Search.FindAsync(Slug, SearchQuery.Parse(query));

        Assert.Empty(found);
    }

    [Fact]
    public async Task AnUnknownEpisodeHasNoHits()
    {
        var found = await seed.Search.FindAsync("no-such-episode", SearchQuery.Parse("模型"));

        Assert.Empty(found);
    }

    private async Task<IReadOnlyList<TranscriptMarkup.Row>> RowsAsync() =>
        (await seed.Catalog.FindAsync(Slug))!.Rows;

    private static string TextOf(IReadOnlyList<TranscriptMarkup.Row> rows, FindInEpisodeHit hit)
    {
        var row = rows.Single(r => r.Ordinal == hit.Segment);
        var line = hit.Language == ReadingMode.Chinese ? row.Zh : row.En;
        return line!.Substring(hit.Start, hit.Length);
    }

    /// <summary>The seed imported once: every test here only reads it.</summary>
    public sealed class Seed : IDisposable
    {
        private readonly SeededDatabase database = new();

        public Seed()
        {
            database.ImportSeed();
            Catalog = database.CreateCatalog();
            Search = new FindInEpisodeSearch(Catalog);
        }

        internal EpisodeCatalog Catalog { get; }

        internal FindInEpisodeSearch Search { get; }

        public void Dispose() => database.Dispose();
    }
}
