using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

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

/// <summary>
/// What one browser test holds: the pages it took from a <see cref="PagePool"/>, handed back when it ends, and
/// the browser contexts it made for itself, closed then (left open, ~300 of them would pile up in a run).
/// </summary>
public sealed class TestPages
{
    private static readonly AsyncLocal<TestPages?> Running = new();

    // The tests of one method run one after another (its class is in one collection), so the method tells
    // After which test ended even where the test's own async flow does not reach it.
    private static readonly ConcurrentDictionary<MethodInfo, TestPages> ByMethod = new();

    private readonly ConcurrentBag<Action> handBack = [];

    /// <summary>The running test's, or null outside a collection marked <see cref="HandsBackItsPagesAttribute"/>.</summary>
    public static TestPages? Current => Running.Value;

    public void WhenDone(Action handBack) => this.handBack.Add(handBack);

    /// <summary>A context the test made for itself: closed when it ends, without waiting.</summary>
    public void Made(IBrowserContext context) => WhenDone(() => _ = PagePool.CloseQuietlyAsync(context));

    internal static void Begin(MethodInfo test)
    {
        var pages = new TestPages();
        Running.Value = pages;
        ByMethod[test] = pages;
    }

    internal static void End(MethodInfo test)
    {
        Running.Value = null;
        if (ByMethod.TryRemove(test, out var pages))
            foreach (var handBack in pages.handBack)
                handBack();
    }
}

/// <summary>On a browser collection: each test's pages go back to the pool, and its own contexts close, when it ends.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class HandsBackItsPagesAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => TestPages.Begin(methodUnderTest);

    public override void After(MethodInfo methodUnderTest) => TestPages.End(methodUnderTest);
}
