using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// Pages kept open between the browser tests of one Chromium. A page in a new browser context starts a renderer
/// process, which costs this 2-core machine ~0.7 s of CPU on top of loading the reader (~0.4 s); a page a finished
/// test used is navigated on instead. Its site data (local and session storage, cookies) and its routes are cleared
/// first, so each test still starts as a first visit, on a page of its own while it runs.
/// </summary>
public sealed class PagePool(IBrowser browser, string baseUrl)
{
    // A static file of the app's origin: leaving the last test's page runs its unload handlers, closes its circuit
    // and stops anything it played, and the storage cleared here is the origin's.
    private const string Clearing = "/favicon.svg";

    private readonly ConcurrentDictionary<(Device, bool JavaScript), ConcurrentBag<(IPage Page, Task<bool> Left)>> idle = new();

    /// <summary>A page at this size and with these preferences, blank or on a cleared page of the app's origin.</summary>
    public async Task<IPage> TakeAsync(Device device, bool javaScript, ViewportSize viewport, Motion motion, ColorScheme colorScheme)
    {
        var pages = idle.GetOrAdd((device, javaScript), _ => []);
        IPage? page = null;
        while (page is null && pages.TryTake(out var used))
            page = await used.Left && await ClearedAsync(used.Page, javaScript) ? used.Page : null;
        page ??= await (await browser.NewContextAsync(ContextOptions(device, javaScript))).NewPageAsync();

        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = Preference(motion), ColorScheme = colorScheme });
        TestPages.Current?.WhenDone(() => pages.Add((page, LeaveAsync(page))));
        return page;
    }

    /// <summary>The options of a fresh context on a device: a phone is a touch screen.</summary>
    public BrowserNewContextOptions ContextOptions(Device device, bool javaScript, Motion motion = Motion.Reduced, ColorScheme colorScheme = ColorScheme.Light) => new()
    {
        BaseURL = baseUrl,
        ViewportSize = Screens.Viewport(device),
        IsMobile = device == Device.Phone,
        HasTouch = device == Device.Phone,
        JavaScriptEnabled = javaScript,
        ReducedMotion = Preference(motion),
        ColorScheme = colorScheme,
        Permissions = javaScript ? ["clipboard-read", "clipboard-write"] : [],
    };

    private static ReducedMotion Preference(Motion motion) => motion == Motion.Reduced ? ReducedMotion.Reduce : ReducedMotion.NoPreference;

    // Started when a test ends, so that a page waiting in the pool is idle.
    private static async Task<bool> LeaveAsync(IPage page)
    {
        try
        {
            await page.UnrouteAllAsync(new PageUnrouteAllOptions { Behavior = UnrouteBehavior.IgnoreErrors });
            await page.GotoAsync(Clearing);
            return true;
        }
        catch (PlaywrightException)
        {
            await CloseQuietlyAsync(page.Context); // a page that cannot be left is not handed on
            return false;
        }
    }

    private static async Task<bool> ClearedAsync(IPage page, bool javaScript)
    {
        try
        {
            if (javaScript)
                await page.EvaluateAsync("() => { localStorage.clear(); sessionStorage.clear(); }");
            await page.Context.ClearCookiesAsync();
            return true;
        }
        catch (PlaywrightException)
        {
            await CloseQuietlyAsync(page.Context);
            return false;
        }
    }

    public static async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already gone with its browser.
        }
    }
}
