using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// One reader on one device, and what they see: where a jump's target ends up under the sticky chrome, which
/// chapter is marked as current. Everything is measured from outside, by geometry and the contract's hooks,
/// so it holds for any front end that keeps the contract.
/// </summary>
public sealed class ReaderSession(IPage page, Device device, Motion motion)
{
    public const string Episode = "/episodes/" + ReaderApp.SeedSlug;

    // Test overhead on top of the issue's settle times: the round trip of the measurement and of the step
    // itself (a key press, a tap) through Playwright on this shared 2-core machine. Not a grace period.
    private static readonly TimeSpan Overhead = TimeSpan.FromMilliseconds(150);

    // A target that landed must stay: measured again this long after the first measurement.
    private static readonly TimeSpan StillThere = TimeSpan.FromMilliseconds(200);

    /// <summary>One page of each kind: the library, an episode, search results (for 基准).</summary>
    public static TheoryData<string> EveryKindOfPage => new(["/", Episode, "/search?q=%E5%9F%BA%E5%87%86"]);

    public IPage Page => page;

    public Device Device => device;

    public bool IsPhone => device == Device.Phone;

    public string Screen => Screens.Describe(device, motion);

    /// <summary>The time the issue allows a jump to settle, with the test's overhead.</summary>
    public TimeSpan SettleTime => Screens.SettleTime(motion) + Overhead;

    public Task WaitAsync(TimeSpan time) => page.WaitForTimeoutAsync((float)time.TotalMilliseconds);

    /// <summary>Whether an element is shown and at least partly inside the viewport.</summary>
    public static Task<bool> InViewAsync(ILocator element) => element.EvaluateAsync<bool>("""
        e => {
            const r = e.getBoundingClientRect(), s = getComputedStyle(e);
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0
                && r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0;
        }
        """);

    public static async Task<ReaderSession> OpenAsync(ReaderApp app, Device device, Motion motion, string path = Episode, bool javaScript = true)
    {
        var page = await app.OpenAsync(device, path, motion, javaScript);
        return new ReaderSession(page, device, motion);
    }

    /// <summary>A tap on a touch screen, a click with the mouse on a desktop.</summary>
    public Task PressAsync(ILocator control) => IsPhone ? control.TapAsync() : control.ClickAsync();

    /// <summary>
    /// Waits the time the issue allows a jump to settle (plus the test's overhead), then asserts the target
    /// sits right under the sticky chrome: a chapter heading, or a segment with its turn's speaker line when
    /// it is the turn's first. No polling beyond that time: landing late is the failure.
    /// </summary>
    public Task AssertLandedAsync(string id, string after) => AssertLandedOnOneOfAsync([id], after);

    /// <summary>As <see cref="AssertLandedAsync"/>, for a place that may be kept as any of a few neighbouring segments.</summary>
    public async Task AssertLandedOnOneOfAsync(string[] ids, string after)
    {
        await WaitAsync(SettleTime);
        await AssertUnderTheChromeAsync(ids, $"{SettleTime.TotalMilliseconds:N0} ms after {after}");
        await WaitAsync(StillThere);
        await AssertUnderTheChromeAsync(ids, $"{(SettleTime + StillThere).TotalMilliseconds:N0} ms after {after}, having moved on since");
    }

    public Task AssertUnderTheChromeAsync(string id, string when) => AssertUnderTheChromeAsync([id], when);

    private async Task AssertUnderTheChromeAsync(string[] ids, string when)
    {
        var places = new List<(string Id, Placement At)>();
        foreach (var id in ids)
            places.Add((id, await WhereIsAsync(id)));
        var (shown, place) = places.MinBy(p => p.At.Found ? Math.Abs(p.At.Top - p.At.Chrome) : double.MaxValue);
        var what = Describe(shown, place.Anchor);
        Assert.True(place.Found, $"{what} is not on the page {when} (the address is {place.Url}; {Screen})");
        var gap = place.Top - place.Chrome;
        Assert.True(gap >= -1 && gap <= 8, gap < 0
            ? $"{what} ended {Px(-gap)} px hidden under the sticky chrome (its bottom at {Px(place.Chrome)} px) {when} ({Screen})"
            : $"{what} ended {Px(gap)} px below the sticky chrome (its bottom at {Px(place.Chrome)} px) {when} ({Screen})");
    }

    /// <summary>The current chapter is marked on every one of its links and no other, and shown in the phone bar.</summary>
    public async Task AssertCurrentChapterAsync(int chapter, string after)
    {
        var marked = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[data-chapter-link][data-current]')].map(l => l.dataset.chapterLink)");
        Assert.True(marked.Length > 0 && marked.All(n => n == chapter.ToString(CultureInfo.InvariantCulture)),
            marked.Length == 0
                ? $"after {after} the chapter list marks no chapter as current; chapter {chapter} should be ({Screen})"
                : $"after {after} the chapter list marks chapter {string.Join(", ", marked.Distinct())} as current, not chapter {chapter} ({Screen})");
        if (!IsPhone)
            return;

        var title = await ChapterTitleAsync(chapter);
        var bar = page.Locator("[data-reading-bar]");
        Assert.True(await bar.CountAsync() > 0, $"after {after} there is no phone reading bar ([data-reading-bar]) to show chapter {chapter}, “{title}” ({Screen})");
        var shown = await bar.First.InnerTextAsync();
        Assert.True(shown.Contains(title[..Math.Min(6, title.Length)], StringComparison.Ordinal),
            $"after {after} the phone reading bar shows “{Shorten(shown)}”, not chapter {chapter}, “{title}” ({Screen})");
    }

    /// <summary>The title of a chapter as its heading reads, without the time before it.</summary>
    public async Task<string> ChapterTitleAsync(int chapter)
    {
        var heading = await page.Locator($"h2#c-{chapter}").TextContentAsync() ?? "";
        return Regex.Replace(heading, @"^\s*\d+(:\d\d)+\s*", "").Trim();
    }

    /// <summary>Opens the chapter list where it is not in view: the drawer on a phone, or a &lt;details&gt; without JavaScript.</summary>
    public async Task OpenChapterListAsync(int chapter)
    {
        var link = ChapterLink(chapter);
        if (await link.CountAsync() > 0 && await InViewAsync(link))
            return;
        var details = page.Locator("details:has([data-chapter-link]) > summary:visible");
        var toggle = await details.CountAsync() > 0 ? details.First : page.Locator("[data-drawer-toggle]:visible").First;
        if (await toggle.CountAsync() == 0 && await link.CountAsync() > 0)
            return; // a side bar to scroll, not a drawer to open
        Assert.True(await toggle.CountAsync() > 0, $"chapter {chapter}'s link is not in view and nothing visible opens the chapter list ({Screen})");
        await PressAsync(toggle);
        await ShownAsync(link, $"pressing “{await toggle.InnerTextAsync()}” did not show chapter {chapter}'s link within 2 s ({Screen})");
    }

    /// <summary>A chapter's link as the reader can see it now (the sidebar's, or the open drawer's).</summary>
    public ILocator ChapterLink(int chapter) => page.Locator($"[data-chapter-link='{chapter}']:visible").First;

    /// <summary>The find box, opened from the phone bar's Find where it is not in view.</summary>
    public async Task<ILocator> OpenFindAsync()
    {
        var input = page.Locator("[data-find-input]:visible");
        if (await input.CountAsync() > 0 && await InViewAsync(input.First))
            return input.First;
        var find = page.Locator("[data-reading-bar]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new Regex("find|查找", RegexOptions.IgnoreCase) });
        Assert.True(await find.CountAsync() > 0, $"the find box is not in view and the phone reading bar has no Find button ({Screen})");
        await PressAsync(find.First);
        await ShownAsync(input.First, $"pressing Find in the phone reading bar did not show the find box within 2 s ({Screen})");
        return input.First;
    }

    /// <summary>Waits (2 s at most) for an attribute to take a value, and fails with what the reader would miss.</summary>
    public static async Task AttributeBecomesAsync(ILocator element, string name, string value, string otherwise)
    {
        try
        {
            await Microsoft.Playwright.Assertions.Expect(element).ToHaveAttributeAsync(name, value, new LocatorAssertionsToHaveAttributeOptions { Timeout = 2000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail(otherwise);
        }
    }

    /// <summary>Waits (2 s at most) for an element to be shown, and fails with what the reader would miss.</summary>
    public static async Task ShownAsync(ILocator element, string otherwise)
    {
        try
        {
            await element.WaitForAsync(new LocatorWaitForOptions { Timeout = 2000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(otherwise);
        }
    }

    /// <summary>Scrolls as a reader does (no jump, no address change) so that a segment sits right under the chrome.</summary>
    public async Task ScrollToAsync(string id)
    {
        for (var i = 0; i < 3; i++)
        {
            var at = await WhereIsAsync(id);
            if (Math.Abs(at.Top - at.Chrome) < 1)
                break;
            await page.EvaluateAsync("by => window.scrollBy({ top: by, behavior: 'instant' })", at.Top - at.Chrome);
            await page.WaitForTimeoutAsync(100);
        }
    }

    /// <summary>The bottom of the sticky chrome, as <see cref="WhereIsAsync"/> measures it.</summary>
    public async Task<double> ChromeBottomAsync() => (await WhereIsAsync("")).Chrome;

    public async Task<Placement> WhereIsAsync(string id)
    {
        var result = await page.EvaluateAsync<JsonElement>(Measure, id);
        return new Placement(
            result.GetProperty("found").GetBoolean(),
            result.GetProperty("chrome").GetDouble(),
            result.GetProperty("top").GetDouble(),
            result.GetProperty("anchor").GetString()!,
            result.GetProperty("url").GetString()!);
    }

    public sealed record Placement(bool Found, double Chrome, double Top, string Anchor, string Url);

    private static string Describe(string id, string anchor) => id switch
    {
        _ when id.StartsWith("c-", StringComparison.Ordinal) => $"chapter {id[2..]} heading",
        _ when anchor == "speaker line" => $"segment {id[2..]}'s speaker line",
        _ => $"segment {id[2..]}",
    };

    // Near the 8 px limit a tenth tells a near miss from a landing.
    private static string Px(double value) => value < 20 ? value.ToString("0.#", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length > 80 ? text[..80].ReplaceLineEndings(" ") + "…" : text.ReplaceLineEndings(" ");

    // The sticky chrome: the stack of visible sticky or fixed bars from the top of the viewport down, over the
    // transcript's column. A side bar beside the column, an open drawer or a scrim (taller than half the
    // view) and a closed drawer (hidden or off screen) are not chrome.
    // The anchor of a segment that starts its turn is the turn's speaker line, just before it.
    private const string Measure = """
        id => {
            const shown = el => {
                const r = el.getBoundingClientRect(), s = getComputedStyle(el);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0
                    && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
            };
            const column = (document.getElementById('transcript') ?? document.querySelector('main') ?? document.body).getBoundingClientRect();
            const bars = [...document.querySelectorAll('body *')]
                .filter(el => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && shown(el))
                .map(el => el.getBoundingClientRect())
                .filter(r => r.height < innerHeight / 2 && r.left < column.right && r.right > column.left)
                .sort((a, b) => a.top - b.top);
            let chrome = 0;
            for (const r of bars)
                if (r.top <= chrome + 1 && r.bottom > chrome)
                    chrome = r.bottom;

            const target = id ? document.getElementById(id) : null;
            if (!target)
                return { found: false, chrome, top: 0, anchor: '', url: location.href };
            let anchor = target, name = target.matches('[data-segment]') ? 'segment' : 'heading';
            if (target.matches('[data-segment]')) {
                const before = target.previousElementSibling;
                const first = target.parentElement.querySelector('[data-segment]') === target;
                const line = before && !before.matches('[data-segment]') ? before : first ? target.parentElement.querySelector('.turn-head') : null;
                if (line) {
                    anchor = line;
                    name = 'speaker line';
                }
            }
            if (anchor.getClientRects().length === 0)
                return { found: false, chrome, top: 0, anchor: name, url: location.href + ' (it is there but not shown)' };
            return { found: true, chrome, top: anchor.getBoundingClientRect().top, anchor: name, url: location.href };
        }
        """;
}
