using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Saving a word from the popup keeps it in this browser; the Words · 生词 page lists it with its pinyin,
/// sense, both sentences and permalink, exports Anki's TSV, removes it, marks saved words in the text on
/// request, has no axe violations, and says it needs JavaScript without it.
/// </summary>
[Collection(SavedWordsCollection.Name)]
public sealed class WordsPageTests(ReaderApp app)
{
    private const string Benchmarks = WordPopupTests.Benchmarks;

    public static TheoryData<Device> Devices => new(Screens.Devices);

    [BrowserTheory]
    [MemberData(nameof(Devices))]
    public async Task ASavedWordIsListedExportedAndRemoved(Device device)
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, device, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var row = page.Locator(Benchmarks);
        await row.ScrollIntoViewIfNeededAsync();
        var segment = await row.GetAttributeAsync("data-segment");
        await WordPopupTests.TapTextAsync(session, row.Locator("> .zh"), "基准");
        var save = page.Locator("[data-word-popup] [data-word-save]");
        await Assertions.Expect(save).ToBeEnabledAsync();

        await session.PressAsync(save);
        await Assertions.Expect(save).ToHaveAttributeAsync("aria-pressed", "true");
        await session.PressAsync(page.Locator("[data-word-popup] [data-words-link]"));
        await page.WaitForURLAsync("**/words");

        var item = page.Locator("[data-words-list] li").First;
        await Assertions.Expect(item).ToContainTextAsync("基准");
        await Assertions.Expect(item).ToContainTextAsync("jī zhǔn");
        await Assertions.Expect(item).ToContainTextAsync("Like benchmarks and model development");
        await Assertions.Expect(item).ToContainTextAsync("基准测试和模型开发");
        Assert.EndsWith($"/episodes/{ReaderApp.SeedSlug}?s={segment}#s-{segment}", await item.Locator("a").First.GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator("[data-words-episode]")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-words-export='tsv']").ClickAsync());
        var tsv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = tsv.Split('\n');
        Assert.Equal("#separator:tab", lines[0]);
        Assert.Equal("#html:false", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("基准 (jī zhǔn)\t\"", StringComparison.Ordinal));

        await session.PressAsync(item.Locator("[data-remove-word]"));
        await Assertions.Expect(page.Locator("[data-words-list] li")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-words-summary]")).ToContainTextAsync("No saved words");
    }

    [BrowserFact]
    public async Task SavedWordsAreMarkedInTheTextWhenAsked()
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var row = page.Locator(Benchmarks);
        await row.ScrollIntoViewIfNeededAsync();
        await WordPopupTests.TapTextAsync(session, row.Locator("> .zh"), "基准");
        await session.PressAsync(page.Locator("[data-word-popup] [data-word-save]"));
        await page.Keyboard.PressAsync("Escape");

        await PinyinModeTests.OpenWordOptionsAsync(session);
        await page.Locator("[data-saved-marks-toggle]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-saved-marks-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");
        var marked = await page.EvaluateAsync<string[]>("() => [...(CSS.highlights.get('saved-word') ?? [])].map(r => r.toString())");
        Assert.True(marked.Length > 5, $"only {marked.Length} occurrences of 基准 are marked");
        Assert.All(marked, text => Assert.Equal("基准", text));
    }

    [BrowserFact]
    public async Task TheWordsPageHasNoAxeViolationsEmptyOrFull()
    {
        var page = await app.OpenAsync(Device.Desktop, "/words");
        Assert.Empty((await page.RunAxeAsync()).Violations);

        await page.EvaluateAsync("""
            () => localStorage.setItem('reader.words', JSON.stringify([{ word: '模型', pinyin: 'mó xíng', sense: 'model', lang: 'zh', zh: '我们的模型', en: 'our model', slug: 's', title: 'T', segment: 3, link: '/episodes/s?s=3#s-3', savedAt: 1 }]))
            """);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-words-list] li")).ToHaveCountAsync(1);

        var result = await page.RunAxeAsync();
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }

    [BrowserFact]
    public async Task WithoutJavaScriptTheWordsPageSaysItNeedsIt()
    {
        var page = await app.OpenAsync(Device.Desktop, "/words", javaScript: false);

        await Assertions.Expect(page.Locator("[data-words-noscript]")).ToContainTextAsync("need JavaScript");
    }

    [BrowserFact]
    public async Task TheSiteHeaderLinksToTheWordsPage()
    {
        var page = await app.OpenAsync(Device.Desktop, "/");

        await page.Locator(".site-header a[href='words']").ClickAsync();

        await page.WaitForURLAsync("**/words");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Words");
    }
}
