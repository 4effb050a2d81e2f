using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Pinyin over the characters: the toggle and ?pinyin=1 put a ruby per word in the Chinese cells, reading
/// polyphones right; turning it off restores the cells exactly; the choice is remembered like the language;
/// find and copying a quote still work on the text alone.
/// </summary>
[Collection(SavedWordsCollection.Name)]
public sealed class PinyinModeTests(ReaderApp app)
{
    // Found by the text alone: with pinyin on, a cell's text content has the pinyin in it too.
    private const string GrowthLine = "这是最令人兴奋的增长领域之一";
    private const string LongTimeLine = "我们长期拥有";

    public static TheoryData<Device> Devices => new(Screens.Devices);

    [BrowserTheory]
    [MemberData(nameof(Devices))]
    public async Task TheToggleShowsPinyinPerWordAndOffRestoresTheCells(Device device)
    {
        await DictionaryReady.WaitAsync(app);
        var session = await ReaderSession.OpenAsync(app, device, Motion.Reduced, ReaderSession.Episode + "?lang=both");
        var page = session.Page;
        var before = await ChineseCellsAsync(page);
        Assert.Equal(0, await page.Locator("#transcript ruby").CountAsync());

        await TogglePinyinAsync(session);

        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-pinyin", "on", $"the pinyin toggle did not turn pinyin on ({session.Screen})");
        // What is on screen has pinyin at once; the rest of the episode follows in slices.
        Assert.True(await page.Locator("#transcript .zh ruby rt").CountAsync() > 50, "the words on screen have no pinyin over them");
        try
        {
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#transcript .zh rt').length > 7000", null, new PageWaitForFunctionOptions { Timeout = 3000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"3 s after the switch, {await page.Locator("#transcript .zh rt").CountAsync()} of the seed's ~7,800 words have pinyin ({session.Screen})");
        }
        Assert.Contains("pinyin=1", page.Url);

        await TogglePinyinAsync(session);

        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-pinyin", "off", $"the pinyin toggle did not turn pinyin off ({session.Screen})");
        Assert.Equal(before, await ChineseCellsAsync(page));
        Assert.DoesNotContain("pinyin=1", page.Url);
    }

    [BrowserFact]
    public async Task PolyphonesReadAsTheirWordSaysAndTheAddressTurnsPinyinOn()
    {
        await DictionaryReady.WaitAsync(app);
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=zh&pinyin=1");

        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-pinyin", "on", "?pinyin=1 did not turn pinyin on");
        Assert.Equal("zēng zhǎng", await RubyOfAsync(page, await RowWithAsync(page, GrowthLine), "增长"));
        Assert.Equal("cháng qī", await RubyOfAsync(page, await RowWithAsync(page, LongTimeLine), "长期"));
    }

    [BrowserFact]
    public async Task PinyinIsRememberedForTheNextPageAndTheYKeyTurnsItOff()
    {
        await DictionaryReady.WaitAsync(app);
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=both&pinyin=1");
        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-pinyin", "on", "?pinyin=1 did not turn pinyin on");

        await page.GotoAsync(ReaderSession.Episode);
        await ReaderApp.WaitForCircuitAsync(page);

        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-pinyin", "on", "pinyin was not remembered for an address without it");
        Assert.Contains("pinyin=1", page.Url);
        await page.Locator("body").FocusAsync();
        await page.Keyboard.PressAsync("y");
        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-pinyin", "off", "the y key did not turn pinyin off");
    }

    [BrowserFact]
    public async Task FindMarksAndCopiedQuotesStayTextWithPinyinOn()
    {
        await DictionaryReady.WaitAsync(app);
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?lang=both&pinyin=1");
        await ReaderSession.AttributeBecomesAsync(page.Locator("#transcript"), "data-pinyin", "on", "?pinyin=1 did not turn pinyin on");

        var growth = await RowWithAsync(page, GrowthLine);
        await page.Locator("[data-find-input]").FillAsync("增长");
        await Assertions.Expect(page.Locator(growth + " mark.hit").First).ToBeAttachedAsync();
        Assert.Equal("增长", await page.Locator(growth + " mark.hit").First.TextContentAsync());
        var row = page.Locator(growth);
        await row.HoverAsync();
        await row.Locator("[data-act='quote']").ClickAsync();

        var quote = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("这是最令人兴奋的增长领域之一", quote);
        Assert.DoesNotContain("zēng", quote);
    }

    [BrowserFact]
    public async Task WithoutJavaScriptThePinyinAddressSaysItNeedsIt()
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode + "?pinyin=1", javaScript: false);

        await Assertions.Expect(page.Locator(".word-popup-noscript")).ToContainTextAsync("needs JavaScript");
        Assert.Equal(0, await page.Locator("#transcript ruby").CountAsync());
    }

    public static async Task TogglePinyinAsync(ReaderSession session)
    {
        await OpenWordOptionsAsync(session);
        await session.PressAsync(session.Page.Locator("[data-pinyin-toggle]"));
    }

    /// <summary>Opens the popover that holds the pinyin and saved-word toggles (inside the phone's options sheet).</summary>
    public static async Task OpenWordOptionsAsync(ReaderSession session)
    {
        var page = session.Page;
        if (await page.Locator("[data-pinyin-toggle]").IsVisibleAsync())
            return;
        var options = page.Locator("[data-options] > summary");
        if (await options.IsVisibleAsync() && await page.Locator("[data-options][open]").CountAsync() == 0)
            await session.PressAsync(options);
        await session.PressAsync(page.Locator("details.popover:not([data-options]):has([data-pinyin-toggle]) > summary"));
        await ReaderSession.ShownAsync(page.Locator("[data-pinyin-toggle]"), $"the pinyin toggle is not shown in the reading options ({session.Screen})");
    }

    /// <summary>The row (#s-N) whose Chinese line, without its pinyin, holds some text.</summary>
    private static async Task<string> RowWithAsync(IPage page, string text)
    {
        var id = await page.EvaluateAsync<string?>("""
            text => [...document.querySelectorAll('#transcript .segment')].find(s => {
                const zh = s.querySelector(':scope > .zh');
                if (!zh) return false;
                const copy = zh.cloneNode(true);
                copy.querySelectorAll('rt').forEach(rt => rt.remove());
                return copy.textContent.includes(text);
            })?.id ?? null
            """, text);
        Assert.True(id is not null, $"no Chinese line holds “{text}”");
        return "#" + id;
    }

    private static Task<string> ChineseCellsAsync(IPage page) =>
        page.EvaluateAsync<string>("() => [...document.querySelectorAll('#transcript .zh')].map(p => p.innerHTML).join('\\n')");

    private static Task<string?> RubyOfAsync(IPage page, string row, string word) =>
        page.Locator(row).EvaluateAsync<string?>("(r, w) => [...r.querySelectorAll('ruby')].find(x => x.firstChild.textContent === w)?.querySelector('rt').textContent ?? null", word);
}
