using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// A tap or click on a word opens the word popup anchored to it, with the word, its pinyin and senses, the
/// dictionary's attribution and Save; counterparts in the other language are highlighted; Escape or a tap
/// elsewhere closes it; the keyboard reaches it through the segment menu and ← →; selection, the segment
/// menu and learning mode's blur keep working.
/// </summary>
[Collection(WordsCollection.Name)]
public sealed class WordPopupTests(ReaderApp app)
{
    internal const string Benchmarks = "#transcript .segment:has(> .en:text-matches('Like benchmarks and model development'))";

    public static TheoryData<Device> Devices => new(Screens.Devices);

    [BrowserTheory]
    [MemberData(nameof(Devices))]
    public async Task TappingAChineseWordShowsItsPinyinSensesAndTheEnglishThatRendersIt(Device device)
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, device, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var chinese = page.Locator(Benchmarks + " > .zh");
        await chinese.ScrollIntoViewIfNeededAsync();

        await TapTextAsync(session, chinese, "基准");

        var popup = page.Locator("[data-word-popup]");
        await ReaderSession.ShownAsync(popup, $"tapping 基准 opened no word popup ({session.Screen})");
        await Assertions.Expect(popup.Locator("[data-word-text]")).ToHaveTextAsync("基准");
        await Assertions.Expect(popup.Locator("[data-word-pinyin]")).ToHaveTextAsync(new Regex("jī zhǔn"));
        await Assertions.Expect(popup.Locator("[data-word-senses]")).ToContainTextAsync("benchmark");
        await Assertions.Expect(popup).ToContainTextAsync("CC-CEDICT");
        await Assertions.Expect(popup).ToContainTextAsync("CC BY-SA 4.0");
        await Assertions.Expect(popup.Locator("[data-word-save]")).ToContainTextAsync("Save");
        Assert.Equal("基准", await page.Locator(Benchmarks + " > .zh [data-looked-up]").TextContentAsync());
        var counterparts = await page.Locator(Benchmarks + " > .en [data-counterpart]").AllTextContentsAsync();
        Assert.Contains(counterparts, text => text.StartsWith("benchmark", StringComparison.OrdinalIgnoreCase));
        await AssertInViewAndClearOfTheBarAsync(session, popup);
    }

    [BrowserTheory]
    [MemberData(nameof(Devices))]
    public async Task TappingAnEnglishWordShowsTheChineseWordsThatRenderIt(Device device)
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, device, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var english = page.Locator(Benchmarks + " > .en");
        await english.ScrollIntoViewIfNeededAsync();

        await TapTextAsync(session, english, "benchmarks");

        var popup = page.Locator("[data-word-popup]");
        await ReaderSession.ShownAsync(popup, $"tapping “benchmarks” opened no word popup ({session.Screen})");
        await Assertions.Expect(popup).ToContainTextAsync("基准");
        await Assertions.Expect(popup).ToContainTextAsync("benchmark");
        var counterparts = await page.Locator(Benchmarks + " > .zh [data-counterpart]").AllTextContentsAsync();
        Assert.Contains("基准", counterparts);
        await AssertInViewAndClearOfTheBarAsync(session, popup);
    }

    [BrowserTheory]
    [MemberData(nameof(Devices))]
    public async Task ATapOnAHighlightedCounterpartLooksItUpInTurn(Device device)
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, device, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var row = page.Locator(Benchmarks);
        await row.ScrollIntoViewIfNeededAsync();
        await TapTextAsync(session, row.Locator("> .zh"), "基准");
        await Assertions.Expect(row.Locator("> .en [data-counterpart]").First).ToBeAttachedAsync();

        await TapTextAsync(session, row.Locator("> .en"), "benchmarks");

        await Assertions.Expect(page.Locator("[data-word-popup] [data-word-text]")).ToHaveTextAsync("benchmarks");
        Assert.Equal("benchmarks", await row.Locator("> .en [data-looked-up]").TextContentAsync());
    }

    [BrowserFact]
    public async Task EscapeClosesThePopupClearsTheHighlightsAndRestoresTheText()
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var row = page.Locator(Benchmarks);
        await row.ScrollIntoViewIfNeededAsync();
        var before = await CellsAsync(row);

        await TapTextAsync(session, row.Locator("> .zh"), "模型");
        await ReaderSession.ShownAsync(page.Locator("[data-word-popup]"), "clicking 模型 opened no word popup");
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator("[data-word-popup]")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("#transcript [data-counterpart], #transcript [data-looked-up]").CountAsync());
        Assert.Equal(before, await CellsAsync(row));
    }

    [BrowserFact]
    public async Task ATapElsewhereClosesThePopup()
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, Device.Phone, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var chinese = page.Locator(Benchmarks + " > .zh");
        await chinese.ScrollIntoViewIfNeededAsync();
        await TapTextAsync(session, chinese, "基准");
        await ReaderSession.ShownAsync(page.Locator("[data-word-popup]"), "tapping 基准 opened no word popup");

        await page.Locator("#episode-title").TapAsync(new LocatorTapOptions { Force = true });

        await Assertions.Expect(page.Locator("[data-word-popup]")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("#transcript [data-counterpart]").CountAsync());
    }

    [BrowserFact]
    public async Task TheKeyboardLooksUpWordsFromTheSegmentMenuAndMovesBetweenThem()
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=zh");
        var page = session.Page;
        var row = page.Locator(Benchmarks);
        await row.ScrollIntoViewIfNeededAsync();
        await row.HoverAsync();
        var lookUp = row.Locator("[data-segment-menu] [data-act='words']");
        await lookUp.FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        var popup = page.Locator("[data-word-popup]");
        await ReaderSession.ShownAsync(popup, "Enter on Look up opened no word popup");
        Assert.True(await popup.EvaluateAsync<bool>("p => p.contains(document.activeElement)"), "the popup did not take focus");
        var first = await popup.Locator("[data-word-text]").TextContentAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(popup.Locator("[data-word-text]")).Not.ToHaveTextAsync(first ?? "");
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(popup).ToBeHiddenAsync();
        Assert.True(await lookUp.EvaluateAsync<bool>("b => document.activeElement === b"), "focus did not return to Look up");
    }

    [BrowserTheory]
    [InlineData("#s-40", 40)]
    [InlineData("", 1)] // at the top of the page the reading line runs through the header: the first line below it
    public async Task TheWKeyLooksUpTheLineBeingRead(string place, int segment)
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=both" + place);
        await session.Page.Locator("body").FocusAsync();

        await session.Page.Keyboard.PressAsync("w");

        await ReaderSession.ShownAsync(session.Page.Locator("[data-word-popup]"), $"at “{place}” the w key opened no word popup");
        Assert.Equal(1, await session.Page.Locator($"#s-{segment} [data-looked-up]").CountAsync());
    }

    [BrowserFact]
    public async Task SelectingTextByDraggingOpensNoPopup()
    {
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var english = page.Locator(Benchmarks + " > .en");
        await english.ScrollIntoViewIfNeededAsync();
        var box = (await english.BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(box.X + 4, box.Y + 10);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.6f, box.Y + 10, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.False(string.IsNullOrWhiteSpace(await page.EvaluateAsync<string>("() => getSelection().toString()")), "the drag selected nothing");
        Assert.True(await page.Locator("[data-word-popup]").IsHiddenAsync(), "a drag that selects text opened the word popup");
    }

    [BrowserFact]
    public async Task InLearningModeTheFirstTapOnTheBlurredLineRevealsItAndTheNextLooksUp()
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, Device.Phone, Motion.Reduced, ReaderSession.Episode + "?lang=en&learn=1");
        var page = session.Page;
        var row = page.Locator(Benchmarks);
        await row.ScrollIntoViewIfNeededAsync();

        await TapTextAsync(session, row.Locator("> .zh"), "基准");
        await page.WaitForTimeoutAsync(300);

        Assert.True(await row.EvaluateAsync<bool>("r => r.classList.contains('revealed')"), "the tap did not reveal the blurred Chinese line");
        Assert.True(await page.Locator("[data-word-popup]").IsHiddenAsync(), "a tap on a blurred line looked a word up instead of revealing it");

        await TapTextAsync(session, row.Locator("> .zh"), "基准");

        await ReaderSession.ShownAsync(page.Locator("[data-word-popup]"), "a tap on the revealed line opened no word popup");
        await page.WaitForTimeoutAsync(100);
        Assert.True(await row.EvaluateAsync<bool>("r => r.classList.contains('revealed')"), "looking a word up blurred its line again");
    }

    [BrowserFact]
    public async Task WhatTheServerSaysIsShownAsTextNeverAsMarkup()
    {
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        await page.RouteAsync("**/api/lookup**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = """{"word":"<img src=x onerror=alert(1)>","start":0,"length":2,"pinyin":"<b>p</b>","senses":["<script>alert(1)</script>","\u0007\ud800"],"counterparts":[{"start":0,"length":3,"text":"<i>x</i>"}]}""",
        }));
        var chinese = page.Locator(Benchmarks + " > .zh");
        await chinese.ScrollIntoViewIfNeededAsync();

        await TapTextAsync(session, chinese, "基准");

        var popup = page.Locator("[data-word-popup]");
        await ReaderSession.ShownAsync(popup, "the popup did not open on a hostile answer");
        await Assertions.Expect(popup.Locator("[data-word-senses]")).ToContainTextAsync("<script>alert(1)</script>");
        Assert.Equal(0, await popup.Locator("script, img, b, i").CountAsync());
        Assert.Equal("<b>p</b>", await popup.Locator("[data-word-pinyin]").TextContentAsync());
    }

    [BrowserFact]
    public async Task APopupThatOpensAfterTheReaderMovedOnLeavesTheFocusWhereTheyPutIt()
    {
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var answer = new TaskCompletionSource();
        await page.RouteAsync("**/api/lookup**", async route =>
        {
            await answer.Task; // a slow connection: the reader presses / before the word's answer arrives
            await route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = """{"word":"基准","start":0,"length":2,"pinyin":"jī zhǔn","senses":["benchmark"],"counterparts":[]}""" });
        });
        var chinese = page.Locator(Benchmarks + " > .zh");
        await chinese.ScrollIntoViewIfNeededAsync();
        await TapTextAsync(session, chinese, "基准");

        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("[data-find-input]")).ToBeFocusedAsync();
        answer.SetResult();

        await ReaderSession.ShownAsync(page.Locator("[data-word-popup]"), "the slow answer opened no popup");
        await Assertions.Expect(page.Locator("[data-find-input]")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task WhileTheDictionaryIsMissingThePopupSaysSo()
    {
        var session = await ReaderSession.OpenAsync(app, Device.Desktop, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        await page.RouteAsync("**/api/lookup**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 503, ContentType = "application/json", Body = """{"error":"importing"}""" }));
        var chinese = page.Locator(Benchmarks + " > .zh");
        await chinese.ScrollIntoViewIfNeededAsync();

        await TapTextAsync(session, chinese, "基准");

        await Assertions.Expect(page.Locator("[data-word-popup] [data-word-status]")).ToContainTextAsync("not ready");
        Assert.True(await page.Locator("[data-word-popup] [data-word-save]").IsDisabledAsync(), "Save is offered without a word to save");
    }

    [BrowserFact]
    public async Task APressOnAWordAsksForItBeforeTheClickAndOnlyOnce()
    {
        var (session, lookups, point) = await ReadyToPressAsync(Device.Desktop);
        var page = session.Page;

        await page.Mouse.MoveAsync(point[0], point[1]);
        await page.Mouse.DownAsync();
        await AnsweredAsync(page, "a press on a word did not ask for it before the click");
        Assert.True(await page.Locator("[data-word-popup]").IsHiddenAsync(), "the popup opened before the press ended");
        await page.Mouse.UpAsync();

        await ReaderSession.ShownAsync(page.Locator("[data-word-popup]"), "the click after the press opened no popup");
        await Assertions.Expect(page.Locator("[data-word-popup] [data-word-text]")).ToHaveTextAsync("基准");
        Assert.Equal(1, lookups());
    }

    [BrowserFact]
    public async Task ATouchThatStaysAsksEarlyAndATouchThatScrollsAsksNothing()
    {
        var (session, lookups, point) = await ReadyToPressAsync(Device.Phone);
        var page = session.Page;
        var touch = await page.Context.NewCDPSessionAsync(page);
        Task TouchAsync(string type, float x = 0, float y = 0) => touch.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = type == "touchEnd" ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        });
        await page.EvaluateAsync("() => addEventListener('pointerup', e => window.liftedAt ??= e.timeStamp, true)");

        // A tap held a moment (shorter than a long press): the lookup starts while the finger is down, and the
        // popup opens when it lifts.
        await TouchAsync("touchStart", point[0], point[1]);
        await page.WaitForTimeoutAsync(150);
        await TouchAsync("touchEnd");

        await ReaderSession.ShownAsync(page.Locator("[data-word-popup]"), "a held tap opened no popup");
        await Assertions.Expect(page.Locator("[data-word-popup] [data-word-text]")).ToHaveTextAsync("基准");
        Assert.Equal(1, lookups());
        Assert.True(await page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').find(e => e.name.includes('/api/lookup')).startTime < window.liftedAt"),
            "a touch held on a word asked for it only after it lifted");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-word-popup]")).ToBeHiddenAsync();

        // A flick up the page from another word: the touch moves at once, and the page scrolls. Sent in one go,
        // not awaited one by one, so that a loaded machine's round trips do not make it a touch held still first.
        var from = await PointOfTextAsync(session, page.Locator(Benchmarks + " > .en"), "development");
        var scrolledFrom = await page.EvaluateAsync<double>("() => scrollY");
        var flick = new List<Task> { TouchAsync("touchStart", from[0], from[1]) };
        for (var step = 1; step <= 6; step++)
            flick.Add(TouchAsync("touchMove", from[0], from[1] - step * 30));
        flick.Add(TouchAsync("touchEnd"));
        await Task.WhenAll(flick);
        await page.WaitForTimeoutAsync(300);

        Assert.NotEqual(scrolledFrom, await page.EvaluateAsync<double>("() => scrollY"));
        Assert.True(await page.Locator("[data-word-popup]").IsHiddenAsync(), "a scroll opened the word popup");
        Assert.Equal(1, lookups());
        await touch.DetachAsync();
    }

    /// <summary>The reader with the dictionary ready, its lookups counted, and where 基准 is in the benchmarks line.</summary>
    private async Task<(ReaderSession Session, Func<int> Lookups, float[] Point)> ReadyToPressAsync(Device device)
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, device, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var lookups = CountLookups(session.Page);
        var chinese = session.Page.Locator(Benchmarks + " > .zh");
        await chinese.ScrollIntoViewIfNeededAsync();
        return (session, lookups, await PointOfTextAsync(session, chinese, "基准"));
    }

    private static async Task AnsweredAsync(IPage page, string failure)
    {
        try
        {
            await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.includes('/api/lookup'))",
                null, new PageWaitForFunctionOptions { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(failure);
        }
    }

    private static Func<int> CountLookups(IPage page)
    {
        var count = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/lookup", StringComparison.Ordinal))
                Interlocked.Increment(ref count);
        };
        return () => Volatile.Read(ref count);
    }

    /// <summary>Taps (or clicks) the middle of the first occurrence of some text in a cell.</summary>
    public static async Task TapTextAsync(ReaderSession session, ILocator cell, string text)
    {
        var point = await PointOfTextAsync(session, cell, text);
        if (session.IsPhone)
            await session.Page.Touchscreen.TapAsync(point[0], point[1]);
        else
            await session.Page.Mouse.ClickAsync(point[0], point[1]);
    }

    /// <summary>The middle of the first character of the first occurrence of some text in a cell, in the viewport.</summary>
    private static async Task<float[]> PointOfTextAsync(ReaderSession session, ILocator cell, string text)
    {
        var point = await cell.EvaluateAsync<float[]>("""
            (cell, text) => {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (node.parentElement.closest('rt')) continue;
                    const at = node.data.indexOf(text);
                    if (at < 0) continue;
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + 1);
                    const r = range.getBoundingClientRect();
                    return [r.left + r.width / 2, r.top + r.height / 2];
                }
                return null;
            }
            """, text);
        Assert.True(point is { Length: 2 }, $"“{text}” is not in the cell ({session.Screen})");
        return point;
    }

    private static async Task AssertInViewAndClearOfTheBarAsync(ReaderSession session, ILocator popup)
    {
        var box = (await popup.BoundingBoxAsync())!;
        var viewport = Screens.Viewport(session.Device);
        var bar = (await session.Page.Locator("[data-reading-bar]").BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height,
            $"the popup ({box.X:0},{box.Y:0} {box.Width:0}×{box.Height:0}) is not inside the viewport ({session.Screen})");
        Assert.True(box.Y >= bar.Y + bar.Height - 1, $"the popup's top ({box.Y:0}) is under the reading bar (its bottom at {bar.Y + bar.Height:0}) ({session.Screen})");
    }

    /// <summary>A row's two cells as markup: what a popup must leave as it found.</summary>
    public static Task<string> CellsAsync(ILocator row) => row.EvaluateAsync<string>("r => [...r.querySelectorAll(':scope > p')].map(p => p.innerHTML).join('\\n')");
}
