using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

[Collection(ReaderAppCollection.Name)]
public sealed class SearchTests(ReaderApp app)
{
    private const string Model = "%E6%A8%A1%E5%9E%8B"; // 模型

    [BrowserFact]
    public async Task TheLibrarysSearchBoxOpensTheResults()
    {
        var page = await app.OpenAsync("/");

        await page.FillAsync(".library-search-input", "模型");
        await page.PressAsync(".library-search-input", "Enter");

        await Expect(page.Locator(".search-summary")).ToContainTextAsync("93 matching segments");
        Assert.EndsWith($"/search?q={Model}", page.Url);
        await Expect(page.Locator(".library-search-input")).ToHaveValueAsync("模型");
    }

    [BrowserFact]
    public async Task AWordListsItsHitsMarkedWithTheCounts()
    {
        var page = await app.OpenAsync($"/search?q={Model}");

        await Expect(page.Locator(".search-summary")).ToContainTextAsync("93 matching segments in 1 episode");
        await Expect(page.Locator("li.hit")).ToHaveCountAsync(20);
        await Expect(page.Locator(".search-episodes li[data-episode-count='93']")).ToHaveCountAsync(1);
        Assert.Equal(20, await page.Locator("li.hit:has(p.hit-zh mark.hit)").CountAsync());
        await Expect(page.Locator("li.hit mark.hit").First).ToHaveTextAsync("模型");
        await Expect(page).ToHaveTitleAsync("“模型” · Search · Reader");
    }

    [BrowserFact]
    public async Task ThePagerWalksToTheLastPage()
    {
        var page = await app.OpenAsync($"/search?q={Model}");

        for (var n = 2; n <= 5; n++)
        {
            await page.ClickAsync("nav.pager a[rel='next']");
            await Expect(page.Locator("nav.pager [aria-current='page']")).ToHaveTextAsync($"Page {n} of 5");
            Assert.EndsWith($"/search?q={Model}&page={n}", page.Url);
        }

        await Expect(page.Locator("li.hit")).ToHaveCountAsync(13);
        await Expect(page.Locator("nav.pager a[rel='next']")).ToHaveCountAsync(0);
        await Expect(page.Locator("nav.pager a[rel='prev']")).ToHaveAttributeAsync("href", $"search?q={Model}&page=4");
    }

    [BrowserFact]
    public async Task AHitOpensTheReaderAtItsSegmentWithTheHitCurrent()
    {
        var page = await app.OpenAsync("/search?q=DQN");
        var hit = page.Locator("li.hit").First;
        var segment = await hit.GetAttributeAsync("data-hit");

        await hit.Locator("a.hit-link").ClickAsync();

        await page.WaitForURLAsync($"**/episodes/{ReaderApp.SeedSlug}?q=DQN#s-{segment}");
        await ReaderApp.WaitForCircuitAsync(page);
        await Expect(page.Locator($"#s-{segment} mark.hit.current")).ToHaveTextAsync("DQN");
        await Expect(page.Locator($"#s-{segment} mark.hit.current")).ToBeInViewportAsync();
        await Expect(page.Locator("[data-find-input]")).ToHaveValueAsync("DQN");
    }

    [BrowserFact]
    public async Task AHitDeepInTheTranscriptIsTheOneMadeCurrent()
    {
        var page = await app.OpenAsync($"/search?q={Model}&page=5");
        var hit = page.Locator("li.hit").Last;
        var segment = await hit.GetAttributeAsync("data-hit");

        await hit.Locator("a.hit-link").ClickAsync();

        await page.WaitForURLAsync($"**#s-{segment}");
        await ReaderApp.WaitForCircuitAsync(page);
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(104);
        await Expect(page.Locator($"#s-{segment} mark.hit.current")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#s-{segment} mark.hit.current")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task AnEpisodeInTheListOpensTheReaderWithTheQuery()
    {
        var page = await app.OpenAsync($"/search?q={Model}");

        await page.ClickAsync(".search-episodes a");

        await page.WaitForURLAsync($"**/episodes/{ReaderApp.SeedSlug}?q={Model}");
        await ReaderApp.WaitForCircuitAsync(page);
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
    }

    [BrowserFact]
    public async Task HostileQueriesShowAPageWithoutAnError()
    {
        var page = await app.NewPageAsync(Device.Desktop);
        string[] queries = ["\"NEAR(", new string('x', 10_000), new string('模', 10_000), "模型 " + new string('"', 50), "\u0001\u001b[31m", "*", "a* -b OR c", "</p><script>alert(1)</script>"];

        foreach (var query in queries)
        {
            var response = await page.GotoAsync("/search?q=" + Uri.EscapeDataString(query));

            Assert.Equal(200, response!.Status);
            await Expect(page.Locator("h1")).ToContainTextAsync("Search");
            await Expect(page.Locator(".search-summary, .search-notice, .search-tips").First).ToBeVisibleAsync();
            await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            Assert.Equal(0, await page.Locator(".search-page script").CountAsync());
        }
    }

    [BrowserFact]
    public async Task ALongQueryInTheAddressIsSearchedByItsStartAndSaysSo()
    {
        var page = await app.OpenAsync("/search?q=" + Uri.EscapeDataString("模型 " + new string('x', 10_000)));

        await Expect(page.Locator(".search-notice")).ToHaveTextAsync($"Only the first {Reader.Storage.Search.SearchQuery.MaxLength} characters were searched.");
        await Expect(page.Locator(".search-summary")).ToContainTextAsync("No matches");
    }

    [BrowserFact]
    public async Task TheSearchBoxTakesNoMoreThanTheQueryLimit()
    {
        var page = await app.OpenAsync("/");

        await page.FillAsync(".library-search-input", new string('y', 10_000));
        await page.PressAsync(".library-search-input", "Enter");

        await Expect(page.Locator(".search-summary")).ToContainTextAsync("No matches");
        Assert.Equal(Reader.Storage.Search.SearchQuery.MaxLength, (await page.InputValueAsync(".library-search-input")).Length);
    }

    [BrowserFact]
    public async Task APageThatIsNotANumberShowsTheFirstPage()
    {
        var page = await app.NewPageAsync(Device.Desktop);

        var response = await page.GotoAsync($"/search?q={Model}&page=abc");

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("nav.pager [aria-current='page']")).ToHaveTextAsync("Page 1 of 5");
    }

    [BrowserFact]
    public async Task APhoneGetsNoHorizontalScrolling()
    {
        var page = await app.OpenAsync($"/search?q={Model}", width: 390, height: 844);

        await Expect(page.Locator("li.hit")).ToHaveCountAsync(20);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
    }

    [BrowserFact]
    public async Task APhoneGetsNoHorizontalScrollingForALongUnbrokenQuery()
    {
        var page = await app.OpenAsync("/search?q=" + new string('x', 300), width: 390, height: 844);

        await Expect(page.Locator(".search-summary")).ToContainTextAsync("No matches");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
    }
}
