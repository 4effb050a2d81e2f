using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// On a phone (390×844, touch) one sticky row of at most 56 px carries the current chapter (opening the
/// drawer), the language switch and find; speakers, learning mode, export and settings are one tap away and
/// open in view. Measured after the reader has scrolled into the episode, where the bar matters.
/// </summary>
[Collection(FindCollection.Name)]
public sealed class PhoneReadingBarTests(ReaderApp app)
{
    private const int MaxBarHeight = 56;

    [BrowserFact]
    public async Task AfterScrollingOneStickyRowShowsTheChapterTheLanguagesAndFind()
    {
        var reader = await OpenScrolledToSegment400Async();
        var bar = reader.Page.Locator("[data-reading-bar]");

        Assert.True(await bar.CountAsync() == 1, "a phone has no reading bar ([data-reading-bar]) once the reader has scrolled into the episode");
        var box = (await bar.BoundingBoxAsync())!;
        Assert.True(box.Height <= MaxBarHeight, $"the phone reading bar is {box.Height:N0} px tall, more than one {MaxBarHeight} px row");
        var chrome = await reader.ChromeBottomAsync();
        Assert.True(chrome <= MaxBarHeight, $"the sticky chrome takes {chrome:N0} px at the top of the phone's screen: more than the one {MaxBarHeight} px reading bar");
        Assert.True(box.Y + box.Height <= chrome + 1, $"the phone reading bar has scrolled away (its bottom is at {box.Y + box.Height:N0} px; the sticky chrome ends at {chrome:N0} px)");
        await reader.AssertCurrentChapterAsync(12, "scrolling to segment 400");
        foreach (var language in new[] { "zh", "en", "both" })
            Assert.True(await ReaderSession.InViewAsync(bar.Locator($"[data-lang-option='{language}']")), $"the phone reading bar has no visible {language} language option");
        var find = bar.Locator("[data-find-input]").Or(bar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new Regex("find|查找", RegexOptions.IgnoreCase) }));
        Assert.True(await find.CountAsync() > 0 && await ReaderSession.InViewAsync(find.First), "the phone reading bar has no find box or Find button");
    }

    [BrowserFact]
    public async Task TheBarsChapterOpensTheDrawerAtTheCurrentChapter()
    {
        var reader = await OpenScrolledToSegment400Async();
        var chapter = reader.Page.Locator("[data-reading-bar] [data-drawer-toggle]");
        Assert.True(await chapter.CountAsync() > 0, "the phone reading bar's chapter does not open the drawer (no [data-drawer-toggle] in [data-reading-bar])");

        await chapter.First.TapAsync();

        var current = reader.Page.Locator("[data-chapter-link='12'][data-current]:visible");
        await ReaderSession.ShownAsync(current.First, "tapping the chapter in the phone reading bar did not show the drawer with chapter 12 marked current");
        Assert.True(await ReaderSession.InViewAsync(current.First), "the open drawer does not show the current chapter, 12");
    }

    public static TheoryData<string, string> OneTapAway => new()
    {
        { "speakers", "[data-speaker-toggle]" },
        { "learning mode", "[data-learn-toggle]" },
        { "export", "a[data-export]" },
        { "settings", "[data-setting]" },
    };

    [BrowserTheory, MemberData(nameof(OneTapAway))]
    public async Task AControlIsOneTapAwayAndOpensInView(string control, string selector)
    {
        var reader = await OpenScrolledToSegment400Async();
        var page = reader.Page;
        var target = page.Locator(selector);

        var tapped = await FirstTapThatShowsAsync(page, target);

        Assert.True(tapped is not null, $"after scrolling, no single tap in the phone reading bar shows the {control} ({selector})");
        var outside = await page.EvaluateAsync<string[]>("""
            selector => [...document.querySelectorAll(selector)]
                .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([, r]) => r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth)
                .filter(([, r]) => r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1)
                .map(([e, r]) => `“${e.textContent.trim()}” at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`)
            """, selector);
        Assert.True(outside.Length == 0, $"the {control} opened by “{tapped}” spill out of the 390×844 screen: {string.Join("; ", outside)}");
    }

    [BrowserFact]
    public async Task TheFirstScreenShowsTheStartOfTheTranscript()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Phone, Motion.Reduced);

        var top = await reader.Page.EvaluateAsync<double>("() => document.getElementById('s-1').getBoundingClientRect().top");

        // Its first line at least: two lines of text above the bottom of the screen.
        Assert.True(top <= Screens.PhoneHeight - 48, $"the first screen of the episode at 390×844 does not reach the transcript: segment 1 starts {top:N0} px down");
    }

    [BrowserFact]
    public async Task TheFindStatusStaysVisibleWhileStepping()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Phone, Motion.Reduced);
        var find = await reader.OpenFindAsync();
        await find.FillAsync("模型");
        var status = reader.Page.Locator("[data-find-status]");
        await Expect(status).ToHaveTextAsync("1 / 104");

        for (var n = 2; n <= 4; n++)
        {
            await find.PressAsync("Enter");

            await Expect(status).ToHaveTextAsync($"{n} / 104");
            await reader.WaitAsync(reader.SettleTime);
            Assert.True(await Uncovered(status), $"stepping to hit {n} on a phone, the find status ({await status.TextContentAsync()}) is out of sight or covered");
        }
    }

    [BrowserFact]
    public async Task ATapOnASegmentOffersLinkAndQuote()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Phone, Motion.Reduced);
        var page = reader.Page;
        await page.Locator("#s-39 [lang='en']").ScrollIntoViewIfNeededAsync();

        await page.Locator("#s-39 [lang='en']").TapAsync();

        var quote = page.Locator("[data-act='quote']:visible");
        await ReaderSession.ShownAsync(quote.First, "tapping segment 39 on a phone offers no Quote ([data-act='quote'])");
        Assert.True(await Uncovered(quote.First), "tapping segment 39 on a phone shows its Quote out of sight or covered");
        await quote.First.TapAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("Reception seems super positive.", copied);
        Assert.EndsWith("#s-39", copied);

        var link = page.Locator("[data-act='link']:visible");
        if (await link.CountAsync() == 0 || !await ReaderSession.InViewAsync(link.First))
            await page.Locator("#s-39 [lang='en']").TapAsync();
        await ReaderSession.ShownAsync(link.First, "tapping segment 39 on a phone offers no Link ([data-act='link'])");
        await link.First.TapAsync();
        Assert.EndsWith(ReaderSession.Episode + "?s=39#s-39", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    private async Task<ReaderSession> OpenScrolledToSegment400Async()
    {
        var reader = await ReaderSession.OpenAsync(app, Device.Phone, Motion.Reduced);
        await reader.ScrollToAsync("s-400");
        await reader.WaitAsync(TimeSpan.FromMilliseconds(300));
        return reader;
    }

    // Each control of the bar in turn, but the ones the bar shows by itself: tapped, then closed with Escape.
    private static async Task<string?> FirstTapThatShowsAsync(IPage page, ILocator target)
    {
        if (await AnyInViewAsync(target))
            return "(shown without a tap)";
        var controls = page.Locator("[data-reading-bar] :is(button, summary, a[href], [role='button']):visible:not([data-lang-option]):not([data-drawer-toggle])");
        for (var i = 0; i < await controls.CountAsync(); i++)
        {
            var control = controls.Nth(i);
            var name = (await control.InnerTextAsync()).Trim();
            await control.TapAsync();
            await page.WaitForTimeoutAsync(200);
            if (await AnyInViewAsync(target))
                return name;
            await page.Keyboard.PressAsync("Escape");
        }
        return null;
    }

    private static async Task<bool> AnyInViewAsync(ILocator elements)
    {
        for (var i = 0; i < await elements.CountAsync(); i++)
            if (await ReaderSession.InViewAsync(elements.Nth(i)))
                return true;
        return false;
    }

    // In view, and what a finger would touch at its centre is the element itself, not a bar over it.
    private static Task<bool> Uncovered(ILocator element) => element.EvaluateAsync<bool>("""
        e => {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.height === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth)
                return false;
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit !== null && (e.contains(hit) || hit.contains(e));
        }
        """);
}
