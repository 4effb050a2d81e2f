using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reader.Web.Tests.Browser;

[Collection(ReaderAppCollection.Name)]
public sealed class FindInEpisodeTests(ReaderApp app)
{
    private const string Episode = "/episodes/" + ReaderApp.SeedSlug;
    private const string Model = "%E6%A8%A1%E5%9E%8B"; // 模型

    // What the circuit sends reaches the server 80 ms later, in order: a reader some way from the server.
    private const string SlowCircuit = """
        (() => {
            const send = WebSocket.prototype.send;
            let last = 0;
            WebSocket.prototype.send = function (data) {
                const at = Math.max(performance.now() + 80, last);
                last = at;
                setTimeout(() => send.call(this, data), at - performance.now());
            };
        })();
        """;

    [BrowserFact]
    public async Task TypingAWordMarksEveryHitAndCountsThem()
    {
        var page = await app.OpenAsync(Episode);

        await page.FillAsync("[data-find-input]", "模型");

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(104);
        await Expect(page.Locator("#transcript mark.hit.current")).ToHaveCountAsync(1);
        await Expect(page.Locator("#transcript mark.hit.current")).ToHaveTextAsync("模型");
        await Expect(page.Locator("#transcript mark.hit.current")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task EveryHitIsMarkedOnTheWordItself()
    {
        var page = await app.OpenAsync(Episode + "?q=Nano%20Banana");

        // Words found side by side are one hit, as the reader reads them.
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 7");
        // The count is rendered by the server; the marks follow it from the browser.
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(7);
        var marks = await page.Locator("#transcript mark.hit").AllTextContentsAsync();
        Assert.All(marks, mark => Assert.Equal("nano banana", mark.ToLowerInvariant()));

        await page.FillAsync("[data-find-input]", "bench");

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 21");
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(21);
        marks = await page.Locator("#transcript mark.hit").AllTextContentsAsync();
        Assert.All(marks, mark => Assert.StartsWith("bench", mark));
    }

    [BrowserFact]
    public async Task TheQueryIsKeptInTheAddress()
    {
        var page = await app.OpenAsync(Episode + "?lang=both");

        await page.FillAsync("[data-find-input]", "模型");

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape($"{Episode}?lang=both&q={Model}") + "$"));
    }

    [BrowserFact]
    public async Task EnterGoesToTheNextHitAndShiftEnterBack()
    {
        var page = await app.OpenAsync(Episode);
        await page.FillAsync("[data-find-input]", "模型");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
        var first = await page.Locator("#transcript mark.hit.current").GetAttributeAsync("data-hit");

        await page.PressAsync("[data-find-input]", "Enter");

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("2 / 104");
        var second = page.Locator($"#transcript mark.hit[data-hit='{int.Parse(first!) + 1}']");
        await Expect(second).ToHaveClassAsync("hit current");
        await Expect(second).ToBeInViewportAsync();

        await page.PressAsync("[data-find-input]", "Shift+Enter");

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
        await Expect(page.Locator($"#transcript mark.hit[data-hit='{first}']")).ToHaveClassAsync("hit current");
        await Expect(page.Locator("#transcript mark.hit.current")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task EnterKeepsTheReaderOnThePage()
    {
        var page = await app.OpenAsync(Episode);
        await page.FillAsync("[data-find-input]", "AlphaFold");
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(4);
        var url = page.Url;

        for (var i = 0; i < 4; i++)
            await page.PressAsync("[data-find-input]", "Enter");

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 4");
        await Expect(page.Locator("#transcript mark.hit[data-hit='0']")).ToHaveClassAsync("hit current");
        Assert.Equal(url, page.Url);
    }

    [BrowserFact]
    public async Task OpeningTheReaderWithAQueryShowsItsHits()
    {
        var page = await app.OpenAsync($"{Episode}?q={Model}");

        await Expect(page.Locator("[data-find-input]")).ToHaveValueAsync("模型");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(104);
        await Expect(page.Locator("#transcript mark.hit.current")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task WithoutJavaScriptTheQueryIsStillCounted()
    {
        var page = await app.OpenAsync($"{Episode}?q={Model}", javaScript: false);

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task TheSlashKeyFocusesTheFindBox()
    {
        var page = await app.OpenAsync(Episode);
        await page.Locator("#s-10").ClickAsync();

        await page.Keyboard.PressAsync("/");

        await Expect(page.Locator("[data-find-input]")).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync("bench");
        await Expect(page.Locator("[data-find-input]")).ToHaveValueAsync("bench");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 21");
    }

    [BrowserFact]
    public async Task TypingQuicklyOnASlowConnectionKeepsEveryCharacter()
    {
        var context = await app.NewContextAsync(Device.Desktop);
        await context.AddInitScriptAsync(SlowCircuit);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Episode);
        await ReaderApp.WaitForCircuitAsync(page);

        await page.FocusAsync("[data-find-input]");
        await page.Keyboard.TypeAsync("benchmarks model", new KeyboardTypeOptions { Delay = 60 });

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 8");
        await Expect(page.Locator("[data-find-input]")).ToHaveValueAsync("benchmarks model");
    }

    [BrowserFact]
    public async Task InEnglishOnlyAChineseWordOffersToShowItsHiddenHits()
    {
        var page = await app.OpenAsync($"{Episode}?lang=en&q={Model}");
        await Expect(page.Locator("[data-find-hidden]")).ToHaveAttributeAsync("data-find-hidden", "104");
        await Expect(page.Locator("[data-find-hidden]")).ToContainTextAsync("104 matches, all in the Chinese");
        Assert.Equal(0, await page.Locator("#transcript mark.hit:visible").CountAsync());

        await page.ClickAsync("[data-find-show-hidden]");

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "both");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
        await Expect(page.Locator("[data-find-hidden]")).ToHaveCountAsync(0);
        await Expect(page.Locator("#transcript mark.hit:visible")).ToHaveCountAsync(104);
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]lang=both(&|$)"));
        Assert.Contains($"q={Model}", page.Url);
    }

    [BrowserFact]
    public async Task ShowingAHiddenSpeakersHitsBringsTheSpeakerBack()
    {
        var page = await app.OpenAsync(Episode + "?hide=Speaker%201&q=DQN");
        await Expect(page.Locator("[data-find-hidden]")).ToHaveAttributeAsync("data-find-hidden", "2");

        await page.ClickAsync("[data-find-show-hidden]");

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-hidden-speakers", "");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 2");
        await Expect(page.Locator("#s-438 mark.hit").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task APermalinkWithAQueryStartsAtItsSegment()
    {
        var page = await app.OpenAsync(Episode + "?q=bench#s-89");

        await Expect(page.Locator("#transcript mark.hit.current")).ToHaveCountAsync(1);
        await Expect(page.Locator("#s-89 mark.hit.current")).ToHaveTextAsync("benchmarks");
        await Expect(page.Locator("#s-89 mark.hit.current")).ToBeInViewportAsync();
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("13 / 21");
        Assert.EndsWith("?q=bench#s-89", page.Url);
    }

    [BrowserFact]
    public async Task ChangingTheQueryReplacesTheMarks()
    {
        var page = await app.OpenAsync($"{Episode}?q={Model}");
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(104);

        await page.FillAsync("[data-find-input]", "AlphaFold");

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 4");
        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(4);
        await Expect(page.Locator("#s-438 p.en")).ToContainTextAsync("AlphaGo, AlphaZero, AlphaFold");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape($"{Episode}?q=AlphaFold") + "$"));

        await page.FillAsync("[data-find-input]", "");

        await Expect(page.Locator("#transcript mark.hit")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-find-status]")).ToBeEmptyAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Episode) + "$"));
    }

    [BrowserFact]
    public async Task SwitchingLanguageKeepsTheQueryInTheAddress()
    {
        var page = await app.OpenAsync($"{Episode}?q={Model}");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");

        await page.ClickAsync("[data-lang-option='en']");

        await Expect(page.Locator("#transcript")).ToHaveAttributeAsync("data-lang", "en");
        await Expect(page.Locator("[data-find-hidden]")).ToHaveAttributeAsync("data-find-hidden", "104");
        Assert.Contains($"q={Model}", page.Url);
    }

    [BrowserFact]
    public async Task HostileQueriesInTheAddressStillShowTheReader()
    {
        var page = await app.NewPageAsync(Device.Desktop);
        var query = Uri.EscapeDataString("\"NEAR(" + new string('模', 10_000)); // ~90 KB of address

        var response = await page.GotoAsync($"{Episode}?q={query}");
        await ReaderApp.WaitForCircuitAsync(page);

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("No matches · 无结果");
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task AHitFarDownTheEpisodeIsStillOnScreenOnceTheTurnsAroundItAreLaidOut()
    {
        var page = await app.OpenAsync(Episode);

        await page.FillAsync("[data-find-input]", "AlphaFold");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 4");
        await page.WaitForTimeoutAsync(1000); // the layout has settled; no retrying below

        var top = await page.EvaluateAsync<double>("() => document.querySelector('#transcript mark.hit.current').getBoundingClientRect().top");
        Assert.InRange(top, 0, 900);
    }

    [BrowserFact]
    public async Task BackToAnAddressWithAnotherQueryShowsThatQuery()
    {
        var page = await app.OpenAsync(Episode);
        await page.FillAsync("[data-find-input]", "Gemini");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync(new Regex("^1 / "));
        await page.ClickAsync("[data-chapter-link='7']"); // a jump: a new history entry
        await Expect(page).ToHaveURLAsync(new Regex("#c-7$"));
        await page.FillAsync("[data-find-input]", "AlphaFold");
        await Expect(page).ToHaveURLAsync(new Regex("q=AlphaFold"));

        await page.GoBackAsync();

        await Expect(page).ToHaveURLAsync(new Regex("q=Gemini"));
        await Expect(page.Locator("[data-find-input]")).ToHaveValueAsync("Gemini");
        await Expect(page.Locator("#transcript mark.hit.current")).ToHaveTextAsync(new Regex("^Gemini$", RegexOptions.IgnoreCase));
    }

    [BrowserFact]
    public async Task APermalinkStartsOnlyThePagesFirstSearch()
    {
        var page = await app.OpenAsync($"{Episode}?q=Gemini#s-400");
        await Expect(page.Locator("#transcript mark.hit.current")).ToHaveCountAsync(1);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");

        await page.FillAsync("[data-find-input]", "模型");

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync(new Regex("^1 / 104$"));
    }

    [BrowserFact]
    public async Task TheEnterThatEndsAnInputMethodCompositionDoesNotMove()
    {
        var page = await app.OpenAsync($"{Episode}?q={Model}");
        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");

        await page.EvaluateAsync("""
            () => document.querySelector('[data-find-input]').dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true }))
            """);
        await page.WaitForTimeoutAsync(300);

        await Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("1 / 104");
    }
}
