using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Reader.Storage.Search;

namespace Reader.Storage.Tests.Search;

public sealed class TranscriptSearchTests(TranscriptSearchTests.SeedLibrary library) : IClassFixture<TranscriptSearchTests.SeedLibrary>
{
    private const string SeedSlug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    private readonly TranscriptSearch search = library.Search;

    [Theory]
    [InlineData("模型", 93)]
    [InlineData("基准", 16)]
    [InlineData("思维", 11)]
    [InlineData("bench", 16)]
    [InlineData("hill climb", 4)]
    [InlineData("\"hill climb\"", 3)]
    [InlineData("Nano Banana", 4)]
    [InlineData("AlphaFold", 2)]
    [InlineData("Gemini 3发布", 1)]
    [InlineData("ＡＩ", 21)]
    public async Task AQueryCountsEverySegmentOfTheSeedItMatches(string input, int total)
    {
        var results = await search.SearchLibraryAsync(SearchQuery.Parse(input));

        Assert.Equal(total, results.Total);
        Assert.False(results.TotalIsAtLeast);
        Assert.Equal(SearchOrder.Relevance, results.Order);
        Assert.Equal(1, results.EpisodeCount);
        Assert.Equal([new EpisodeHitCount(SeedSlug, library.TitleZh, library.TitleEn, total, false)], results.Episodes);
    }

    [Fact]
    public async Task AHitCarriesItsEpisodeSpeakerAndChapter()
    {
        var results = await search.SearchLibraryAsync(SearchQuery.Parse("Gemini 3发布"));

        var hit = Assert.Single(results.Hits);
        Assert.Equal((SeedSlug, 137, "Speaker 0", "Logan Kilpatrick", (int?)5, (string?)"模型改进的产品支撑"),
            (hit.Slug, hit.Segment, hit.Speaker, hit.SpeakerName, hit.Chapter, hit.ChapterTitle));
        Assert.Equal(library.Row(137).Zh, hit.Zh);
        Assert.Equal(library.Row(137).En, hit.En);
        Assert.NotNull(hit.EstimatedStartSeconds);
    }

    [Fact]
    public async Task AQuotedPhraseLeavesOutTheLongerWordsThatUnquotedWordsFind()
    {
        var words = await search.SearchEpisodeAsync(library.EpisodeId, SearchQuery.Parse("hill climb"));
        var phrase = await search.SearchEpisodeAsync(library.EpisodeId, SearchQuery.Parse("\"hill climb\""));

        Assert.Equal([101, 102, 103, 138], words);
        Assert.Equal([102, 103, 138], phrase);
        Assert.Equal("Where are we hill climbing?", library.Row(101).En);
    }

    [Theory]
    [InlineData("模型")]
    [InlineData("bench")]
    [InlineData("Nano Banana")]
    [InlineData("Gemini 3发布")]
    [InlineData("ＡＩ 模型")]
    public async Task EveryHitShowsWhereTheQueryMatches(string input)
    {
        var query = SearchQuery.Parse(input);

        var hits = await AllHitsAsync(query);

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.NotEmpty(query.FindIn(hit.Zh).Concat(query.FindIn(hit.En))));
    }

    // Chinese of one, two and four characters, words, prefixes, phrases, mixed, folded forms, punctuation.
    [Theory]
    [InlineData("我")]
    [InlineData("的")]
    [InlineData("模")]
    [InlineData("智")]
    [InlineData("三")]
    [InlineData("模型")]
    [InlineData("基准")]
    [InlineData("思维")]
    [InlineData("研究")]
    [InlineData("发布")]
    [InlineData("团队")]
    [InlineData("人工智能")]
    [InlineData("基准测试")]
    [InlineData("指令遵循")]
    [InlineData("the")]
    [InlineData("model")]
    [InlineData("gemini")]
    [InlineData("think")]
    [InlineData("agi")]
    [InlineData("ai")]
    [InlineData("we")]
    [InlineData("bench")]
    [InlineData("climb")]
    [InlineData("engin")]
    [InlineData("gem")]
    [InlineData("scal")]
    [InlineData("\"hill climb\"")]
    [InlineData("\"the model\"")]
    [InlineData("\"nano banana pro\"")]
    [InlineData("\"we are\"")]
    [InlineData("\"Gemini three\"")]
    [InlineData("Gemini 3发布")]
    [InlineData("AI 模型")]
    [InlineData("gemini 模型")]
    [InlineData("基准 bench")]
    [InlineData("思维 thinking")]
    [InlineData("DeepMind 团队")]
    [InlineData("nano banana")]
    [InlineData("ＡＩ")]
    [InlineData("Ｇｅｍｉｎｉ")]
    [InlineData("state-of-the-art")]
    [InlineData("「基准测试」")]
    [InlineData("3.1")]
    [InlineData("$15.00")]
    [InlineData("模型 zyzzyva")]
    public async Task TheSegmentsFoundAreThoseWhereEveryTermMatchesInEitherLanguage(string input)
    {
        var query = SearchQuery.Parse(input);

        var found = await search.SearchEpisodeAsync(library.EpisodeId, query);
        var results = await search.SearchLibraryAsync(query);

        var expected = library.Matching(query);
        Assert.Equal(expected, found);
        Assert.Equal(expected.Count, results.Total);
    }

    [Fact]
    public async Task HostileQueriesNeverThrowAndFindWhatTheirTermsMatch()
    {
        foreach (var input in SearchQueryTests.Hostile)
        {
            var query = SearchQuery.Parse(input);

            var found = await search.SearchEpisodeAsync(library.EpisodeId, query);
            var results = await search.SearchLibraryAsync(query, page: 2);

            var expected = library.Matching(query);
            Assert.Equal(expected, found);
            Assert.Equal(expected.Count, results.Total);
        }
    }

    [Fact]
    public async Task HitsAreRankedByRelevanceNotTranscriptOrder()
    {
        using var database = new TempDatabase();
        new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance).ImportFile(database.AddSeed(change: text => text
            .Replace("a zillion benchmarks", "a zillion zyzzyva benchmarks")
            .Replace("Very kind.", "Very kind, zyzzyva.")));

        var results = await new TranscriptSearch(database.Factory).SearchLibraryAsync(SearchQuery.Parse("zyzzyva"));

        Assert.Equal(SearchOrder.Relevance, results.Order);
        Assert.Equal(2, results.Hits.Count);
        Assert.Equal("Very kind, zyzzyva.", results.Hits[0].En);
        Assert.Contains("a zillion zyzzyva benchmarks", results.Hits[1].En);
        Assert.True(results.Hits[0].Segment > results.Hits[1].Segment);
    }

    [Fact]
    public async Task ANameWithAKatakanaMiddleDotIsFoundAndMarkedAlike()
    {
        const string line = "科莱・卡武的模型很好。";
        using var database = new TempDatabase();
        new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance).ImportFile(database.AddSeed(change: text => text.Replace("这个模型的氛围很好。", line)));
        using var db = database.CreateContext();
        var episodeId = db.Episodes.Single().Id;
        var query = SearchQuery.Parse("莱卡");

        var found = await new TranscriptSearch(database.Factory).SearchEpisodeAsync(episodeId, query);

        Assert.Equal([3], found);
        Assert.NotEmpty(query.FindIn(line));
    }

    [Theory]
    [InlineData("模型")]
    [InlineData("的")]
    [InlineData("the")]
    public async Task PagesTogetherHoldEveryHitOnce(string input)
    {
        var query = SearchQuery.Parse(input);

        var hits = await AllHitsAsync(query);

        var segments = hits.Select(h => h.Segment).ToList();
        Assert.Equal(segments.Count, segments.Distinct().Count());
        Assert.Equal(library.Matching(query), segments.Order());
    }

    [Fact]
    public async Task AResultsPageHoldsTwentyHitsAndTheLastPageTheRest()
    {
        var query = SearchQuery.Parse("模型");

        var first = await search.SearchLibraryAsync(query, page: 1);
        var last = await search.SearchLibraryAsync(query, page: 5);

        Assert.Equal(5, first.PageCount);
        Assert.Equal(TranscriptSearch.PageSize, first.Hits.Count);
        Assert.Equal(93 - 4 * TranscriptSearch.PageSize, last.Hits.Count);
    }

    [Fact]
    public async Task PageTwoContinuesWherePageOneStopped()
    {
        var query = SearchQuery.Parse("模型");

        var first = await search.SearchLibraryAsync(query, page: 1);
        var second = await search.SearchLibraryAsync(query, page: 2);
        var secondAgain = await search.SearchLibraryAsync(query, page: 2);

        Assert.Equal(2, second.Page);
        Assert.Equal(2 * TranscriptSearch.PageSize, first.Hits.Concat(second.Hits).Select(h => h.Segment).Distinct().Count());
        Assert.Equal(second.Hits, secondAgain.Hits);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(1_000)]
    [InlineData(int.MaxValue)]
    public async Task APageBeyondTheLastShowsTheLast(int page)
    {
        var query = SearchQuery.Parse("模型");

        var beyond = await search.SearchLibraryAsync(query, page);
        var last = await search.SearchLibraryAsync(query, page: 5);

        Assert.Equal(5, beyond.Page);
        Assert.Equal(last.Hits, beyond.Hits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(int.MinValue)]
    public async Task APageBeforeTheFirstShowsTheFirst(int page)
    {
        var query = SearchQuery.Parse("模型");

        var before = await search.SearchLibraryAsync(query, page);
        var first = await search.SearchLibraryAsync(query, page: 1);

        Assert.Equal(1, before.Page);
        Assert.Equal(first.Hits, before.Hits);
    }

    [Fact]
    public async Task SearchingAnEpisodeGivesItsLibraryHitsInTranscriptOrder()
    {
        var query = SearchQuery.Parse("模型");

        var found = await search.SearchEpisodeAsync(library.EpisodeId, query);

        var libraryHits = await AllHitsAsync(query);
        Assert.Equal(93, found.Count);
        Assert.Equal(found.Order(), found);
        Assert.Equal(found, libraryHits.Select(h => h.Segment).Order());
    }

    [Fact]
    public async Task SearchingAnotherEpisodeFindsNothingOfThisOne()
    {
        var found = await search.SearchEpisodeAsync(library.EpisodeId + 1, SearchQuery.Parse("模型"));

        Assert.Empty(found);
    }

    [Fact]
    public async Task AQueryWithoutWordsFindsNothingAndKeepsItsNotice()
    {
        var query = SearchQuery.Parse("，。");

        var results = await search.SearchLibraryAsync(query);
        var found = await search.SearchEpisodeAsync(library.EpisodeId, query);

        Assert.Equal((0, 1, 0), (results.Total, results.Page, results.PageCount));
        Assert.Empty(results.Hits);
        Assert.Same(query, results.Query);
        Assert.NotNull(results.Query.Notice);
        Assert.Empty(found);
    }

    [Fact]
    public async Task AQueryThatMatchesNothingHasNoPages()
    {
        var results = await search.SearchLibraryAsync(SearchQuery.Parse("zyzzyva"));

        Assert.Equal((0, 0, 0), (results.Total, results.PageCount, results.Hits.Count));
        Assert.Empty(results.Episodes);
    }

    [Fact]
    public async Task HitsFromTwoEpisodesAreCountedPerEpisodeMostFirst()
    {
        using var database = new TempDatabase();
        var importer = new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance);
        importer.ImportFile(database.AddSeed("a-seed.txt"));
        importer.ImportFile(database.AddSeed("b-other.txt", text => text
            .Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "Another Episode")
            .Replace("这个模型", "这个模子")));
        var query = SearchQuery.Parse("模型");
        var expected = PerEpisodeMatches(database, query);

        var results = await new TranscriptSearch(database.Factory).SearchLibraryAsync(query);

        Assert.Equal(2, results.EpisodeCount);
        Assert.Equal([(SeedSlug, 93), ("another-episode", expected["another-episode"])], results.Episodes.Select(e => (e.Slug, e.Count)));
        Assert.True(expected["another-episode"] < 93);
        Assert.Equal(results.Episodes.Sum(e => e.Count), results.Total);
        var slugsOnPages = new HashSet<string>();
        for (var page = 1; page <= results.PageCount; page++)
            slugsOnPages.UnionWith((await new TranscriptSearch(database.Factory).SearchLibraryAsync(query, page)).Hits.Select(h => h.Slug));
        Assert.Equal(["another-episode", SeedSlug], slugsOnPages.Order(StringComparer.Ordinal));
    }

    private async Task<List<SearchHit>> AllHitsAsync(SearchQuery query)
    {
        var hits = new List<SearchHit>();
        var first = await search.SearchLibraryAsync(query);
        hits.AddRange(first.Hits);
        for (var page = 2; page <= first.PageCount; page++)
            hits.AddRange((await search.SearchLibraryAsync(query, page)).Hits);
        return hits;
    }

    private static Dictionary<string, int> PerEpisodeMatches(TempDatabase database, SearchQuery query)
    {
        using var db = database.CreateContext();
        var slugs = db.Episodes.ToDictionary(e => e.Id, e => e.Slug);
        return db.Segments.AsNoTracking().AsEnumerable()
            .Where(s => SeedLibrary.EveryTermMatches(query, s))
            .GroupBy(s => slugs[s.EpisodeId])
            .ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The seed imported once, read by every test of the class.</summary>
    public sealed class SeedLibrary : IDisposable
    {
        private readonly TempDatabase database = new();
        private readonly List<SegmentRow> segments;

        public SeedLibrary()
        {
            new EpisodeImporter(database.Factory, NullLogger<EpisodeImporter>.Instance).ImportFile(database.AddSeed());
            using var db = database.CreateContext();
            var episode = db.Episodes.AsNoTracking().Single();
            (EpisodeId, TitleZh, TitleEn) = (episode.Id, episode.TitleZh, episode.TitleEn);
            segments = db.Segments.AsNoTracking().OrderBy(s => s.Ordinal).ToList();
            Search = new TranscriptSearch(database.Factory);
        }

        public int EpisodeId { get; }

        public string TitleZh { get; }

        public string TitleEn { get; }

        public TranscriptSearch Search { get; }

        public SegmentRow Row(int ordinal) => segments.Single(s => s.Ordinal == ordinal);

        /// <summary>The segments a query should find, by scanning every one: each term must be marked in the Chinese or the English.</summary>
        public List<int> Matching(SearchQuery query) =>
            segments.Where(s => EveryTermMatches(query, s)).Select(s => s.Ordinal).ToList();

        public static bool EveryTermMatches(SearchQuery query, SegmentRow segment) =>
            !query.IsEmpty && query.Terms.All(term =>
            {
                var alone = query.Terms.Count == 1 ? query : Alone(term);
                return alone.FindIn(segment.Zh).Count > 0 || alone.FindIn(segment.En).Count > 0;
            });

        public void Dispose() => database.Dispose();

        /// <summary>A query of just this term: its tokens joined so they stay one term (a dash between words), quoted unless a prefix.</summary>
        private static SearchQuery Alone(SearchTerm term)
        {
            var joined = string.Concat(term.Tokens.Select((token, i) => i > 0 && IsWord(term.Tokens[i - 1]) && IsWord(token) ? "-" + token : token));
            var alone = SearchQuery.Parse(term.IsPrefix ? joined : $"\"{joined}\"");
            var only = Assert.Single(alone.Terms);
            Assert.Equal(term.IsPrefix, only.IsPrefix);
            Assert.Equal(term.Tokens, only.Tokens);
            return alone;
        }

        private static bool IsWord(string token) => !SearchText.Tokenize(token).Single().IsIdeograph;
    }
}
