using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Reader.Storage.Search;
using Reader.Web.Components.Pages;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Pages;

public sealed class SearchPageTests : BunitContext, IClassFixture<ImportedSeed>
{
    private const string Slug = SeededDatabase.SeedSlug;
    private const string Model = "%E6%A8%A1%E5%9E%8B"; // 模型, as a link escapes it

    // The one test that imports a changed seed does so into a database of its own; the others read the shared seed.
    private SeededDatabase? own;

    public SearchPageTests(ImportedSeed seed)
    {
        Services.AddLogging();
        Services.AddSingleton(seed.Database.Factory);
        Services.AddSingleton<TranscriptSearch>();
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search?q=")]
    [InlineData("search?q=%20%20")]
    [InlineData("search?q=%00%01%1B")]
    public void WithoutAQueryThePageExplainsSearch(string uri)
    {
        var cut = RenderAt(uri);

        Assert.NotNull(cut.Find(".search-tips"));
        Assert.Empty(cut.FindAll(".search-summary"));
        Assert.Empty(cut.FindAll(".search-notice"));
        Assert.True(cut.Find(".library-search-input").HasAttribute("autofocus"));
    }

    [Fact]
    public void TheSummaryCountsTheMatchingSegmentsAndEpisodes()
    {
        var cut = RenderAt($"search?q={Model}");

        var summary = cut.WaitForElement(".search-summary");
        Assert.Equal("93", summary.GetAttribute("data-search-total"));
        Assert.StartsWith("93 matching segments in 1 episode", Normalize(summary.TextContent));
        Assert.Empty(cut.FindAll(".search-tips"));
    }

    [Fact]
    public void EachEpisodeIsListedWithItsCountAndLinksToItsReaderWithTheQuery()
    {
        var cut = RenderAt($"search?q={Model}");

        var episode = Assert.Single(cut.WaitForElements(".search-episodes li[data-episode-count]"));
        Assert.Equal("93", episode.GetAttribute("data-episode-count"));
        Assert.Equal($"episodes/{Slug}?q={Model}", episode.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("93", episode.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public void APageShowsTwentyHitsEachLinkingToItsSegmentWithTheQuery()
    {
        var cut = RenderAt($"search?q={Model}");

        var hits = cut.WaitForElements("li.hit[data-hit]", TimeSpan.FromSeconds(5));
        Assert.Equal(TranscriptSearch.PageSize, hits.Count);
        Assert.All(hits, hit => Assert.Equal(
            $"episodes/{Slug}?q={Model}#s-{hit.GetAttribute("data-hit")}",
            hit.QuerySelector("a.hit-link")!.GetAttribute("href")));
        Assert.Equal(hits.Count, hits.Select(h => h.GetAttribute("data-hit")).Distinct().Count());
    }

    [Fact]
    public void EveryHitMarksTheWordInItsChineseLine()
    {
        var cut = RenderAt($"search?q={Model}");

        var hits = cut.WaitForElements("li.hit", TimeSpan.FromSeconds(5));
        Assert.All(hits, hit =>
        {
            var marks = hit.QuerySelectorAll("p.hit-zh mark.hit");
            Assert.NotEmpty(marks);
            Assert.All(marks, mark => Assert.Equal("模型", mark.TextContent));
            Assert.Empty(hit.QuerySelectorAll("p.hit-en mark"));
        });
    }

    [Fact]
    public void AHitSaysWhereItIs()
    {
        var cut = RenderAt("search?q=DQN");

        var hit = cut.WaitForElement("li.hit[data-hit='438']");
        var where = hit.QuerySelectorAll(".hit-where > span").Select(s => s.TextContent).ToList();
        Assert.Equal(3, where.Count);
        Assert.Equal("Koray Kavukcuoglu", where[1]);
        Assert.StartsWith("≈", where[2]);
        Assert.Equal(["DQN"], hit.QuerySelectorAll("mark.hit").Select(m => m.TextContent).Distinct());
    }

    [Fact]
    public void AnEnglishPhraseIsMarkedWhole()
    {
        var cut = RenderAt("search?q=%22hill%20climb%22");

        var hits = cut.WaitForElements("li.hit", TimeSpan.FromSeconds(5));
        Assert.Equal(3, hits.Count);
        Assert.All(hits, hit => Assert.Equal("hill climb", hit.QuerySelector("p.hit-en mark.hit")!.TextContent));
    }

    [Fact]
    public void AWordNotInTheLibrarySaysSoAndShowsTheTips()
    {
        var cut = RenderAt("search?q=zebra");

        var summary = cut.WaitForElement(".search-summary");
        Assert.Equal("0", summary.GetAttribute("data-search-total"));
        Assert.Contains("No matches for “zebra”", summary.TextContent);
        Assert.NotNull(cut.Find(".search-tips"));
        Assert.Empty(cut.FindAll("li.hit"));
    }

    [Fact]
    public void MarkupInATranscriptIsShownAsTextNeverAsElements()
    {
        own = new SeededDatabase();
        own.ImportSeed(change: text => ReplaceFirst(text,
            "Reception seems super positive.", "Reception <script>alert(1)</script> <img src=x onerror=alert(2)> seems super positive."));
        Services.AddSingleton(own.Factory); // registered last, before the first render: it wins

        var cut = RenderAt("search?q=script");

        var hit = Assert.Single(cut.WaitForElements("li.hit"));
        var english = hit.QuerySelector("p.hit-en")!;
        Assert.Equal("Reception <script>alert(1)</script> <img src=x onerror=alert(2)> seems super positive.", english.TextContent);
        Assert.Empty(cut.FindAll("li.hit script, li.hit img"));
        Assert.Equal(["script", "script"], english.QuerySelectorAll("mark.hit").Select(m => m.TextContent));
        Assert.Contains("&lt;<mark class=\"hit\">script</mark>&gt;alert(1)&lt;/<mark class=\"hit\">script</mark>&gt; &lt;img src=x", english.InnerHtml);
    }

    [Fact]
    public void TheFirstPageLinksToTheNext()
    {
        var cut = RenderAt($"search?q={Model}");

        var pager = cut.WaitForElement("nav.pager");
        Assert.Equal($"search?q={Model}&page=2", pager.QuerySelector("a[rel='next']")!.GetAttribute("href"));
        Assert.Null(pager.QuerySelector("a[rel='prev']"));
        Assert.Equal("Page 1 of 5", pager.QuerySelector("[aria-current='page']")!.TextContent);
    }

    [Fact]
    public void AMiddlePageLinksBothWaysAndNumbersItsHitsOnward()
    {
        var cut = RenderAt($"search?q={Model}&page=3");

        var pager = cut.WaitForElement("nav.pager");
        Assert.Equal($"search?q={Model}&page=2", pager.QuerySelector("a[rel='prev']")!.GetAttribute("href"));
        Assert.Equal($"search?q={Model}&page=4", pager.QuerySelector("a[rel='next']")!.GetAttribute("href"));
        Assert.Equal("41", cut.Find("ol.hit-list").GetAttribute("start"));
    }

    [Fact]
    public void ThePagesTogetherShowEveryHitOnce()
    {
        var segments = Enumerable.Range(1, 5)
            .SelectMany(page => RenderAt($"search?q={Model}&page={page}").WaitForElements("li.hit", TimeSpan.FromSeconds(5)))
            .Select(hit => hit.GetAttribute("data-hit"))
            .ToList();

        Assert.Equal(93, segments.Count);
        Assert.Equal(93, segments.Distinct().Count());
    }

    [Theory]
    [InlineData("5")]
    [InlineData("6")]
    [InlineData("99")]
    [InlineData("2147483647")]
    public void APageAtOrPastTheEndShowsTheLastPage(string page)
    {
        var cut = RenderAt($"search?q={Model}&page={page}");

        var pager = cut.WaitForElement("nav.pager");
        Assert.Equal("Page 5 of 5", pager.QuerySelector("[aria-current='page']")!.TextContent);
        Assert.Null(pager.QuerySelector("a[rel='next']"));
        Assert.Equal(93 - 4 * TranscriptSearch.PageSize, cut.FindAll("li.hit").Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("-2147483648")]
    public void APageBeforeTheFirstShowsTheFirst(string page)
    {
        var cut = RenderAt($"search?q={Model}&page={page}");

        Assert.Equal("Page 1 of 5", cut.WaitForElement("nav.pager [aria-current='page']").TextContent);
    }

    [Fact]
    public void APageThatIsNotANumberShowsTheFirst()
    {
        var cut = RenderAt($"search?q={Model}&page=abc");

        Assert.Equal("Page 1 of 5", cut.WaitForElement("nav.pager [aria-current='page']").TextContent);
    }

    [Fact]
    public void AFewHitsNeedNoPager()
    {
        var cut = RenderAt("search?q=bench");

        Assert.Equal(16, cut.WaitForElements("li.hit", TimeSpan.FromSeconds(5)).Count);
        Assert.Empty(cut.FindAll("nav.pager"));
    }

    [Fact]
    public void ALongQueryIsSearchedByItsStartAndSaysSo()
    {
        var query = string.Concat(Enumerable.Repeat("模型 ", 3_334));

        var cut = RenderAt("search?q=" + Uri.EscapeDataString(query));

        Assert.Equal("93", cut.WaitForElement(".search-summary").GetAttribute("data-search-total"));
        Assert.Equal($"Only the first {SearchQuery.MaxLength} characters were searched.", cut.Find(".search-notice").TextContent);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("()")]
    [InlineData("？！。")]
    public void AQueryWithoutWordsSaysThereIsNothingToSearchFor(string query)
    {
        var cut = RenderAt("search?q=" + Uri.EscapeDataString(query));

        Assert.StartsWith("Nothing to search for", cut.Find(".search-notice").TextContent);
        Assert.NotNull(cut.Find(".search-tips"));
    }

    [Theory]
    [InlineData("\"hill climb", "3")]
    [InlineData("NEAR(", "2")]
    [InlineData("NEAR(bench model, 5)", "0")]
    [InlineData("a* -b", "0")]
    [InlineData("bench AND model", "3")]
    [InlineData("模型\u0000model", "83")]
    [InlineData("{模型}:en ^model", "0")]
    [InlineData("'; DROP TABLE Segments; --", "0")]
    public void SearchSyntaxAndControlCharactersAreTakenAsText(string query, string total)
    {
        var cut = RenderAt("search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(total, cut.WaitForElement(".search-summary").GetAttribute("data-search-total"));
    }

    [Fact]
    public void TheBoxKeepsWhatWasTyped()
    {
        var cut = RenderAt($"search?q={Model}");

        var input = cut.Find(".library-search-input");
        Assert.Equal("模型", input.GetAttribute("value"));
        Assert.Equal("q", input.GetAttribute("name"));
        Assert.Equal("search", cut.Find("form.library-search").GetAttribute("action"));
    }

    private IRenderedComponent<SearchPage> RenderAt(string uri)
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(uri);
        return Render<SearchPage>();
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        own?.Dispose();
    }
}
