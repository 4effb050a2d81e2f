using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Jumps land exactly, every way in, at desktop and phone widths, with smooth scrolling and reduced motion: a
/// chapter's heading, or a segment with its turn's speaker line, right under the sticky chrome, settled
/// within the issue's time (100 ms reduced, 700 ms smooth), on the first try after load; and the chapter
/// jumped to is the current one.
/// </summary>
[Collection(JumpCollection.Name)]
public sealed class JumpTests(ReaderApp app)
{
    private const string Episode = ReaderSession.Episode;

    public static TheoryData<Device, Motion> EveryScreen => Screens.EveryDeviceAndMotion();

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task ChapterListClicksLandOnTheChapterHeading(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);

        foreach (var chapter in new[] { 3, 13, 17, 9 })
        {
            await reader.OpenChapterListAsync(chapter);
            await reader.PressAsync(reader.ChapterLink(chapter));

            await reader.AssertLandedAsync($"c-{chapter}", $"choosing chapter {chapter} in the chapter list");
            await reader.AssertCurrentChapterAsync(chapter, $"choosing chapter {chapter}");
        }
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task NextAndPreviousChapterKeysLandOnTheChapterHeading(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);

        foreach (var (key, chapter) in new[] { ("n", 2), ("n", 3), ("n", 4), ("p", 3) })
        {
            await reader.Page.Keyboard.PressAsync(key);

            await reader.AssertLandedAsync($"c-{chapter}", $"pressing {key} to reach chapter {chapter}");
            await reader.AssertCurrentChapterAsync(chapter, $"pressing {key}");
        }
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task APermalinkOpenedFreshLandsOnItsSegment(Device device, Motion motion)
    {
        var context = await app.NewContextAsync(device, motion);
        var page = await context.NewPageAsync();
        var reader = new ReaderSession(page, device, motion);

        await page.GotoAsync(Episode + "#s-437");

        await reader.AssertLandedAsync("s-437", "opening a permalink to segment 437");
        await ReaderApp.WaitForCircuitAsync(page);
        await reader.AssertUnderTheChromeAsync("s-437", "once the page's controls had connected after opening the permalink");
        await reader.AssertCurrentChapterAsync(12, "opening a permalink to segment 437");
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task AHashChangeInTheOpenPageLandsOnItsTarget(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);

        foreach (var (id, chapter) in new[] { ("s-400", 12), ("c-15", 15), ("s-99", 4) })
        {
            await reader.Page.EvaluateAsync("hash => location.hash = hash", "#" + id);

            await reader.AssertLandedAsync(id, $"changing the address to #{id}");
            await reader.AssertCurrentChapterAsync(chapter, $"changing the address to #{id}");
        }
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task BackAndForwardReturnToEachPlaceAfterTwoChapterJumps(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);
        var page = reader.Page;
        foreach (var chapter in new[] { 9, 13 })
        {
            await reader.OpenChapterListAsync(chapter);
            await reader.PressAsync(reader.ChapterLink(chapter));
            await reader.AssertLandedAsync($"c-{chapter}", $"choosing chapter {chapter}");
        }

        await page.GoBackAsync();

        await reader.AssertLandedAsync("c-9", "Back from chapter 13");
        await reader.AssertCurrentChapterAsync(9, "Back from chapter 13");

        await page.GoBackAsync();

        await reader.WaitAsync(reader.SettleTime);
        Assert.True(new Uri(page.Url).AbsolutePath == Episode && !page.Url.Contains('#', StringComparison.Ordinal),
            $"a second Back should return to the episode as it was opened, not to {page.Url} ({reader.Screen})");
        Assert.True(await page.EvaluateAsync<double>("() => scrollY") < 10,
            $"a second Back should return to the top of the episode, where the reader was, not {await page.EvaluateAsync<double>("() => scrollY"):N0} px down ({reader.Screen})");

        await page.GoForwardAsync();

        await reader.AssertLandedAsync("c-9", "Forward to chapter 9");

        await page.GoForwardAsync();

        await reader.AssertLandedAsync("c-13", "Forward to chapter 13");
        await reader.AssertCurrentChapterAsync(13, "Forward to chapter 13");
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task FindNextAndPreviousLandOnTheSegmentOfTheHit(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion);
        var find = await reader.OpenFindAsync();
        await find.FillAsync("模型");
        await Expect(reader.Page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");

        foreach (var (keys, status) in new[] { ("Enter", "2 / 104"), ("Shift+Enter", "1 / 104"), ("Shift+Enter", "104 / 104") })
        {
            await find.PressAsync(keys);

            await Expect(reader.Page.Locator("[data-find-status]")).ToHaveTextAsync(status, new LocatorAssertionsToHaveTextOptions { Timeout = 1000 });
            var segment = await reader.Page.EvaluateAsync<string>("() => document.querySelector('#transcript mark.hit.current')?.closest('[data-segment]')?.id ?? ''");
            Assert.False(segment == "", $"after {keys} to hit {status} no hit is marked current ({reader.Screen})");
            await reader.AssertLandedAsync(segment, $"{keys} in the find box to hit {status}");
            var chapter = int.Parse((await reader.Page.Locator("#" + segment).GetAttributeAsync("data-chapter"))!);
            await reader.AssertCurrentChapterAsync(chapter, $"{keys} to hit {status}");
        }
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task ALibrarySearchResultLandsOnItsSegment(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion, "/search?q=%E5%9F%BA%E5%87%86"); // 基准
        var result = reader.Page.Locator("li.hit").Last;
        var segment = await result.GetAttributeAsync("data-hit");

        await reader.PressAsync(result.Locator("a.hit-link"));
        await reader.Page.Locator($"#s-{segment}").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        await reader.AssertLandedAsync($"s-{segment}", $"following the search result for segment {segment}");
        await ReaderApp.WaitForCircuitAsync(reader.Page);
        await reader.AssertUnderTheChromeAsync($"s-{segment}", "once the page's controls had connected after following the search result");
        var chapter = int.Parse((await reader.Page.Locator($"#s-{segment}").GetAttributeAsync("data-chapter"))!);
        await reader.AssertCurrentChapterAsync(chapter, $"following the search result for segment {segment}");
    }

    [BrowserTheory, MemberData(nameof(EveryScreen))]
    public async Task WithoutJavaScriptAChapterLinkLandsOnItsHeadingAndKeepsTheReadingState(Device device, Motion motion)
    {
        var reader = await ReaderSession.OpenAsync(app, device, motion, Episode + "?lang=en&hide=Speaker%201", javaScript: false);
        var page = reader.Page;

        foreach (var chapter in new[] { 13, 5 })
        {
            await reader.OpenChapterListAsync(chapter);
            await reader.PressAsync(reader.ChapterLink(chapter));
            await page.WaitForLoadStateAsync(LoadState.Load);

            await reader.AssertLandedAsync($"c-{chapter}", $"following chapter {chapter}'s link without JavaScript");
            Assert.True(page.Url.Contains("lang=en", StringComparison.Ordinal) && page.Url.Contains("hide=Speaker", StringComparison.Ordinal),
                $"without JavaScript, chapter {chapter}'s link lost the language or the hidden speaker: the address is {page.Url} ({reader.Screen})");
            await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "en");
            await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 1");
        }
    }
}
