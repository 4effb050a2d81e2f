using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

[Collection(ReadingStateCollection.Name)]
public sealed class ReaderPageTests(ReaderApp app)
{
    private const string Episode = "/episodes/" + ReaderApp.SeedSlug;

    [BrowserFact]
    public async Task TheSeedEpisodeShowsEverySegmentWithItsTranslationOnTheSameBaseline()
    {
        var page = await app.OpenAsync(Episode);

        await Expect(page.Locator("[data-segment]")).ToHaveCountAsync(611);
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "both");
        foreach (var n in new[] { 1, 36, 300, 611 })
        {
            var zh = await page.Locator($"[data-segment='{n}'] > [lang='zh-Hans']").BoundingBoxAsync();
            var en = await page.Locator($"[data-segment='{n}'] > [lang='en']").BoundingBoxAsync();
            var baselines = await page.EvaluateAsync<double[]>(BaselinesOf, n);
            Assert.True(Math.Abs(baselines[0] - baselines[1]) <= 1, $"segment {n}: first baselines {baselines[0]} and {baselines[1]}");
            Assert.True(en!.X > zh!.X + zh.Width - 1, $"segment {n}: English should sit beside the Chinese");
        }
        await Expect(page.Locator("[data-segment='435'] .zh.missing")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-segment='435'] [lang='en']")).ToHaveTextAsync("at,");
    }

    /// <summary>Each cell's first baseline: where an empty inline-block at its start sits (its bottom is the baseline).</summary>
    internal const string BaselinesOf = """
        n => [...document.querySelectorAll(`[data-segment='${n}'] > p`)].map(cell => {
            const probe = Object.assign(document.createElement("span"), { style: "display:inline-block;width:0;height:0" });
            cell.prepend(probe);
            const baseline = probe.getBoundingClientRect().bottom;
            probe.remove();
            return baseline;
        })
        """;

    [BrowserFact]
    public async Task ChoosingChineseShowsOnlyChineseAndPutsItInTheUrl()
    {
        var page = await app.OpenAsync(Episode);

        await page.ClickAsync("[data-lang-option='zh']");

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "zh");
        await Expect(page.Locator("[data-segment='38'] [lang='zh-Hans']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-segment='38'] [lang='en']")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-lang-option='zh']")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Contains("lang=zh", page.Url);
    }

    [BrowserFact]
    public async Task ChoosingEnglishThenBothShowsTheRightLanguages()
    {
        var page = await app.OpenAsync(Episode);

        await page.ClickAsync("[data-lang-option='en']");
        await Expect(page.Locator("[data-segment='38'] [lang='zh-Hans']")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-segment='38'] [lang='en']")).ToBeVisibleAsync();
        await page.ClickAsync("[data-lang-option='both']");

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "both");
        await Expect(page.Locator("[data-segment='38'] [lang='zh-Hans']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-segment='38'] [lang='en']")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task SwitchingLanguageKeepsTheTranscriptRowsInsteadOfRerenderingThem()
    {
        var page = await app.OpenAsync(Episode);
        await page.EvaluateAsync("() => document.querySelector('[data-segment=\"300\"]').marker = 'kept'");

        await page.ClickAsync("[data-lang-option='en']");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "en");

        Assert.Equal("kept", await page.EvaluateAsync<string>("() => document.querySelector('[data-segment=\"300\"]').marker"));
    }

    [BrowserFact]
    public async Task SwitchingLanguageKeepsTheReaderAtTheSameSegment()
    {
        var page = await app.OpenAsync(Episode + "#s-300");
        await Expect(page.Locator("#s-300")).ToBeInViewportAsync();

        await page.ClickAsync("[data-lang-option='zh']");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "zh");
        await page.WaitForTimeoutAsync(300);

        await Expect(page.Locator("#s-300")).ToBeInViewportAsync();
        Assert.InRange((await page.Locator("#s-300").BoundingBoxAsync())!.Y, 0, 900 * 0.4);
        Assert.EndsWith("#s-300", page.Url);
    }

    [BrowserFact]
    public async Task HidingASpeakerHidesTheirSegmentsAndShowingThemBringsThemBack()
    {
        var page = await app.OpenAsync(Episode);

        await page.ClickAsync("[data-speaker-toggle='Speaker 1']");

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 1");
        await Expect(page.Locator("[data-segment='4']")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-segment='1']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-speaker='Speaker 1'][data-segment]:visible").CountAsync());
        Assert.Contains("hide=Speaker", page.Url);

        await page.ClickAsync("[data-speaker-toggle='Speaker 1']");

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "");
        await Expect(page.Locator("[data-segment='4']")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task QuickSuccessiveSwitchesAllStickAndReplaceTheHistoryEntry()
    {
        var page = await app.OpenAsync(Episode + "?lang=both");
        var entries = await page.EvaluateAsync<int>("() => history.length");

        await page.ClickAsync("[data-speaker-toggle='Speaker 0']");
        await page.ClickAsync("[data-speaker-toggle='Speaker 1']");
        await page.WaitForTimeoutAsync(600);

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 0,Speaker 1");
        await Expect(page.Locator("[data-speaker-toggle='Speaker 1']")).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("hide=Speaker%200(,|%2C)Speaker%201"));
        Assert.Equal(entries, await page.EvaluateAsync<int>("() => history.length"));
    }

    [BrowserFact]
    public async Task ExportLinksCarryTheCurrentLanguageAndSpeakersForAnyKindOfClick()
    {
        var page = await app.OpenAsync(Episode);

        await page.ClickAsync("[data-lang-option='en']");
        await page.ClickAsync("[data-speaker-toggle='Speaker 1']");

        await Expect(page.Locator("a[data-export='vtt']")).ToHaveAttributeAsync("href", $"episodes/{ReaderApp.SeedSlug}/export.vtt?lang=en&hide=Speaker%201");
    }

    [BrowserFact]
    public async Task ClickingAChapterBringsItsFirstSegmentToTheTopOfTheView()
    {
        var page = await app.OpenAsync(Episode);

        foreach (var chapter in new[] { 11, 6, 17, 2 })
        {
            await page.ClickAsync($"[data-chapter-link='{chapter}']");
            var first = page.Locator($"[data-chapter='{chapter}']").First;

            await Expect(first).ToBeInViewportAsync();
            var box = await first.BoundingBoxAsync();
            Assert.InRange(box!.Y, 0, 900 * 0.4);
            await Expect(page.Locator($"[data-chapter-link='{chapter}']")).ToHaveAttributeAsync("aria-current", "location");
        }
    }

    [BrowserFact]
    public async Task NanoBananaProChapterStartsAtTheHostsQuestion()
    {
        var page = await app.OpenAsync(Episode);

        await page.ClickAsync("[data-chapter-link='11']");

        var first = page.Locator("[data-chapter='11']").First;
        await Expect(first.Locator("[lang='en']")).ToContainTextAsync("We should talk about, Nano Banana Pro");
    }

    [BrowserFact]
    public async Task APermalinkOpensScrolledToItsSegment()
    {
        var page = await app.OpenAsync(Episode + "?lang=en#s-300");

        var row = page.Locator("#s-300");

        await Expect(row).ToBeInViewportAsync();
        Assert.InRange((await row.BoundingBoxAsync())!.Y, 0, 900 * 0.4);
    }

    [BrowserFact]
    public async Task ReloadAndHistoryRestoreTheReadingState()
    {
        var page = await app.OpenAsync(Episode);
        await page.ClickAsync("[data-lang-option='zh']");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "zh");
        await page.ClickAsync("[data-speaker-toggle='Speaker 0']");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 0");

        await page.ReloadAsync();
        await ReaderApp.WaitForCircuitAsync(page);

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "zh");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 0");

        await page.ClickAsync("[data-chapter-link='5']");
        await page.ClickAsync("[data-speaker-toggle='Speaker 0']");
        await page.GoBackAsync();

        // Back leaves the jump, in the mode the reader had when they jumped.
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "Speaker 0");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "zh");
    }

    [BrowserFact]
    public async Task TheLastLanguageChoiceIsRememberedForTheNextVisit()
    {
        var page = await app.OpenAsync(Episode);
        await page.ClickAsync("[data-lang-option='en']");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "en");

        await page.GotoAsync(Episode);
        await ReaderApp.WaitForCircuitAsync(page);

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "en");
        Assert.Contains("lang=en", page.Url);
    }

    [BrowserFact]
    public async Task LearningModeBlursTheOtherLanguageUntilTheRowIsFocused()
    {
        var page = await app.OpenAsync(Episode + "?lang=en&learn=1");
        var chinese = page.Locator("[data-segment='38'] [lang='zh-Hans']");

        await Expect(chinese).ToBeVisibleAsync();
        Assert.Contains("blur", await chinese.EvaluateAsync<string>("e => getComputedStyle(e).filter"));

        await page.Locator("[data-segment='38']").HoverAsync(); // the segment menu comes to this row
        await page.Mouse.MoveAsync(1, 1);
        await page.Locator("[data-segment='38'] [data-act='link']").FocusAsync();

        Assert.Equal("none", await chinese.EvaluateAsync<string>("e => getComputedStyle(e).filter"));
    }

    [BrowserFact]
    public async Task KeysSwitchLanguageAndMoveBetweenChapters()
    {
        var page = await app.OpenAsync(Episode);

        await page.Keyboard.PressAsync("1");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "zh");
        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("n");

        await Expect(page.Locator("[data-chapter-link='3']")).ToHaveAttributeAsync("aria-current", "location");
        await Expect(page.Locator("[data-chapter='3']").First).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task CopyQuoteCopiesBothLanguagesTheSpeakerTheTimeAndTheLink()
    {
        var page = await app.OpenAsync(Episode);
        await page.Locator("#s-39").HoverAsync();

        await page.ClickAsync("#s-39 [data-act='quote']");

        var quote = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("反响看起来非常积极。", quote);
        Assert.Contains("Reception seems super positive.", quote);
        Assert.Contains("Logan Kilpatrick", quote);
        Assert.Contains("≈", quote);
        Assert.EndsWith(Episode + "?s=39#s-39", quote); // the server sees ?s=, the page scrolls to #s-
    }

    [BrowserFact]
    public async Task APhoneGetsNoHorizontalScrollingAndStacksTheLanguages()
    {
        var page = await app.OpenAsync(Episode, width: 375, height: 740);

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        var zh = await page.Locator("[data-segment='40'] [lang='zh-Hans']").BoundingBoxAsync();
        var en = await page.Locator("[data-segment='40'] [lang='en']").BoundingBoxAsync();
        Assert.True(en!.Y >= zh!.Y + zh.Height - 1, "on a phone the English line sits below the Chinese");

        await page.ClickAsync("[data-reading-bar] [data-drawer-toggle]");
        await page.ClickAsync("[data-chapter-link='11']");

        await Expect(page.Locator("[data-chapter='11']").First).ToBeInViewportAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
    }

    [BrowserFact]
    public async Task WithoutJavaScriptTheWholeTranscriptIsReadable()
    {
        var page = await app.OpenAsync(Episode + "?lang=zh", javaScript: false);

        await Expect(page.Locator("[data-segment]")).ToHaveCountAsync(611);
        await Expect(page.Locator("[data-segment='611'] [lang='zh-Hans']")).ToHaveTextAsync("非常感谢。");
        await Expect(page.Locator("[data-segment='611'] [lang='en']")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task ThePageRunsUnderItsContentSecurityPolicyWithoutViolations()
    {
        var context = await app.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };

        var response = await page.GotoAsync(Episode);
        await ReaderApp.WaitForCircuitAsync(page);
        await page.ClickAsync("[data-lang-option='en']");
        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "en");

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task OutboundVideoLinksCarryNoopenerNoreferrer()
    {
        var page = await app.OpenAsync(Episode);

        var rels = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href^=\"http\"]')].map(a => a.rel)");

        Assert.NotEmpty(rels);
        Assert.All(rels, rel => Assert.Equal("noopener noreferrer", rel));
    }
}
