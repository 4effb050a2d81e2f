using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Jumps that go through a page load or the history land exactly, as <see cref="JumpTests"/> do within the page:
/// a permalink opened fresh, a library search result, Back and Forward, and chapter links without JavaScript.
/// A class of their own so that the two halves of the jumps run side by side (<see cref="JumpCollection"/>).
/// </summary>
[Collection(LandingCollection.Name)]
public sealed class LandingAfterALoadTests(ReaderApp app)
{
    private const string Episode = ReaderSession.Episode;

    public static TheoryData<Device, Motion> EveryScreen => Screens.EveryDeviceAndMotion();

    // A landing after a load is instant whatever the motion preference: only Back and Forward move smoothly.
    public static TheoryData<Device, Motion> EachScreen => Screens.EachDeviceAndMotion();

    [BrowserTheory, MemberData(nameof(EachScreen))]
    public async Task APermalinkOpenedFreshLandsOnItsSegment(Device device, Motion motion)
    {
        var page = await app.NewPageAsync(device, motion);
        var reader = new ReaderSession(page, device, motion);

        await page.GotoAsync(Episode + "#s-437");

        await reader.AssertLandedAsync("s-437", "opening a permalink to segment 437");
        await ReaderApp.WaitForCircuitAsync(page);
        await reader.AssertUnderTheChromeAsync("s-437", "once the page's controls had connected after opening the permalink");
        await reader.AssertCurrentChapterAsync(12, "opening a permalink to segment 437");
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

    [BrowserTheory, MemberData(nameof(EachScreen))]
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

    [BrowserTheory, MemberData(nameof(EachScreen))]
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
