using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Keyboard and focus: a skip link that works on every page; a drawer that takes focus, keeps it, closes on
/// Escape and on a tap outside (over a scrim) and gives focus back; the reading controls before the chapter
/// list in Tab order (or a skip target that puts them first); at most one tab stop per segment.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class KeyboardFocusTests(ReaderApp app)
{
    // What has focus, described for a message: its tag, hooks and text.
    private const string DescribeFocus = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body)
                return 'nothing (the page itself)';
            const hooks = [...e.attributes].filter(a => a.name.startsWith('data-') || a.name === 'id').map(a => `[${a.name}="${a.value}"]`).join('');
            return `${e.tagName.toLowerCase()}${hooks} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
        }
        """;

    [BrowserTheory, MemberData(nameof(ReaderSession.EveryKindOfPage), MemberType = typeof(ReaderSession))]
    public async Task TheSkipLinkTakesTheKeyboardToTheContent(string path)
    {
        var page = await app.OpenAsync(Device.Desktop, path);

        await page.Keyboard.PressAsync("Tab");

        var skip = await page.EvaluateAsync<string?>("() => document.activeElement?.matches('a[href*=\"#\"]') ? document.activeElement.getAttribute('href') : null");
        Assert.True(skip is not null, $"on {path} the first Tab reaches {await page.EvaluateAsync<string>(DescribeFocus)}, not a skip link");
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight; }"),
            $"on {path} the focused skip link is not visible");
        var target = skip![(skip.IndexOf('#') + 1)..];

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(200);

        Assert.True(new Uri(page.Url).PathAndQuery == path, $"the skip link on {path} took the reader to another page, {page.Url}");
        Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id)?.contains(document.activeElement) ?? false", target),
            $"after the skip link on {path} focus is on {await page.EvaluateAsync<string>(DescribeFocus)}, not in #{target}");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id)?.contains(document.activeElement) ?? false", target),
            $"the Tab after the skip link on {path} went to {await page.EvaluateAsync<string>(DescribeFocus)}, outside #{target}");
    }

    [BrowserFact]
    public async Task TheReadingControlsComeBeforeTheChapterListInTabOrder()
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode);

        var plain = await TabsUntilAsync(page);
        await page.ReloadAsync();
        await ReaderApp.WaitForCircuitAsync(page);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        var skipped = await TabsUntilAsync(page);

        Assert.True(plain.ControlsFirst || skipped.ControlsFirst,
            $"Tab does not reach the reading controls before the chapter list: from the top it reaches {plain.Reached} after {plain.Stops} tab stops, from the skip link's target {skipped.Reached} after {skipped.Stops}");
    }

    [BrowserFact]
    public async Task NoSegmentIsMoreThanOneTabStop()
    {
        var page = await app.OpenAsync(Device.Desktop, ReaderSession.Episode);

        var crowded = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[data-segment]')].map(segment => {
                const stops = [...segment.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
                    .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
                return [segment.id, stops.length + (segment.tabIndex >= 0 ? 1 : 0)];
            }).filter(([, n]) => n > 1).map(([id, n]) => `${id}: ${n}`)
            """);

        Assert.True(crowded.Length == 0, $"{crowded.Length} segments take more than one Tab each (e.g. {string.Join(", ", crowded.Take(3))})");
    }

    [BrowserFact]
    public async Task TheDrawerTakesFocusKeepsItAndGivesItBackOnEscape()
    {
        var page = await app.OpenAsync(Device.Phone, ReaderSession.Episode);
        var toggle = page.Locator("[data-drawer-toggle]:visible").First;
        await toggle.FocusAsync();
        await toggle.EvaluateAsync("e => e.setAttribute('data-test-opener', '')");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(300);

        Assert.True(await FocusInDrawerAsync(page), $"opening the chapter drawer left focus on {await page.EvaluateAsync<string>(DescribeFocus)}, outside it");
        foreach (var (key, times) in new[] { ("Tab", 40), ("Shift+Tab", 10) })
        {
            for (var i = 1; i <= times; i++)
            {
                await page.Keyboard.PressAsync(key);
                Assert.True(await FocusInDrawerAsync(page), $"{key} × {i} in the open drawer moved focus out of it, to {await page.EvaluateAsync<string>(DescribeFocus)}");
            }
        }

        await page.Keyboard.PressAsync("Escape");
        await page.WaitForTimeoutAsync(300);

        Assert.False(await DrawerShownAsync(page), "Escape did not close the chapter drawer");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.hasAttribute('data-test-opener') ?? false"),
            $"after Escape closed the drawer, focus is on {await page.EvaluateAsync<string>(DescribeFocus)}, not back on the control that opened it");
    }

    [BrowserFact]
    public async Task ATapOutsideTheOpenDrawerLandsOnAScrimAndClosesIt()
    {
        var page = await app.OpenAsync(Device.Phone, ReaderSession.Episode);
        var url = page.Url;
        var toggle = page.Locator("[data-drawer-toggle]:visible").First;
        await toggle.EvaluateAsync("e => e.setAttribute('data-test-opener', '')");
        await toggle.TapAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.True(await DrawerShownAsync(page), "tapping the chapters control did not open the drawer");
        var point = await page.EvaluateAsync<double[]>("""
            () => { const r = Drawer().getBoundingClientRect(); return [(r.right + innerWidth) / 2, innerHeight / 2]; }
            """.Replace("Drawer()", DrawerJs));
        Assert.True(point[0] < Screens.PhoneWidth - 4, "the open drawer covers the whole width of the phone: there is nowhere outside it to tap");

        var under = await page.EvaluateAsync<string>("""
            ([x, y]) => {
                const e = document.elementFromPoint(x, y);
                return !e || e === document.body || e === document.documentElement || e.closest('#transcript, article, .reader-main')
                    ? 'the page: ' + (e?.outerHTML.slice(0, 80) ?? 'nothing')
                    : 'a scrim';
            }
            """, point);
        Assert.True(under == "a scrim", $"beside the open drawer a tap would land on {under}, with no scrim over it");
        await page.Touchscreen.TapAsync((float)point[0], (float)point[1]);
        await page.WaitForTimeoutAsync(300);

        Assert.False(await DrawerShownAsync(page), "a tap outside the open drawer did not close it");
        Assert.Equal(url, page.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.hasAttribute('data-test-opener') ?? false"),
            $"after a tap outside closed the drawer, focus is on {await page.EvaluateAsync<string>(DescribeFocus)}, not back on the control that opened it");
    }

    // The drawer: what the chapters control says it controls, or the element holding the chapter list.
    private const string DrawerJs = """
        (document.getElementById(document.querySelector('[data-drawer-toggle][aria-controls]')?.getAttribute('aria-controls') ?? '')
            ?? document.querySelector('[data-chapter-link]')?.closest('nav, aside, dialog, [role=dialog]'))
        """;

    private static Task<bool> FocusInDrawerAsync(IPage page) =>
        page.EvaluateAsync<bool>($"() => {DrawerJs}?.contains(document.activeElement) ?? false");

    private static Task<bool> DrawerShownAsync(IPage page) => page.EvaluateAsync<bool>($$"""
        () => {
            const drawer = {{DrawerJs}};
            if (!drawer || drawer.getClientRects().length === 0 || getComputedStyle(drawer).visibility === 'hidden')
                return false;
            const r = drawer.getBoundingClientRect();
            return r.right > 1 && r.left < innerWidth - 1;
        }
        """);

    private sealed record TabOrder(string Reached, int Stops)
    {
        public bool ControlsFirst => Reached == "the language switch";
    }

    // Tabs forward (60 stops at most) until a language option or a chapter link has focus: which comes first.
    private static async Task<TabOrder> TabsUntilAsync(IPage page)
    {
        for (var stops = 1; stops <= 60; stops++)
        {
            await page.Keyboard.PressAsync("Tab");
            var reached = await page.EvaluateAsync<string>("() => document.activeElement?.matches('[data-lang-option]') ? 'the language switch' : document.activeElement?.matches('[data-chapter-link]') ? 'the chapter list' : ''");
            if (reached != "")
                return new TabOrder(reached, stops);
        }
        return new TabOrder("neither", 60);
    }
}
