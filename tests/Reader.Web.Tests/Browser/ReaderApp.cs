using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Library;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser;

/// <summary>
/// The real app on a free loopback port with a temporary database and the seed imported on start, and one
/// headless Chromium (Debian's, at /usr/bin/chromium) to drive it. Every browser collection shares one app and
/// one Chromium: the tests only read the seed and each opens its own browser context, so they can run side by
/// side. A test that restarts the server takes one of its own (<see cref="WithItsOwnServer"/>).
/// </summary>
public sealed class ReaderApp : IAsyncLifetime
{
    public const string SeedSlug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    private static readonly SemaphoreSlim SharedGate = new(1, 1);
    private static Host? shared;
    private static int sharedUsers;

    private readonly bool ownServer;
    private Host? host;

    /// <summary>A handle on the app and Chromium shared by the browser collections.</summary>
    public ReaderApp()
    {
    }

    private ReaderApp(bool ownServer) => this.ownServer = ownServer;

    /// <summary>An app and Chromium of its own, for a test that would disturb the others (a server restart).</summary>
    public static ReaderApp WithItsOwnServer() => new(ownServer: true);

    public string BaseUrl => host!.BaseUrl;

    public IBrowser Browser => host!.Browser;

    public IServiceProvider Services => host!.Services;

    public async Task InitializeAsync()
    {
        if (BrowserFactAttribute.SkipReason is not null)
            return;
        if (ownServer)
        {
            host = await Host.StartAsync();
            return;
        }

        await SharedGate.WaitAsync();
        try
        {
            shared ??= await Host.StartAsync();
            sharedUsers++;
            host = shared;
        }
        finally
        {
            SharedGate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (host is null)
            return;
        if (ownServer)
        {
            await host.DisposeAsync();
            return;
        }

        await SharedGate.WaitAsync();
        try
        {
            // The last collection out stops the shared app; one that starts later gets a new one.
            if (--sharedUsers == 0)
            {
                await shared!.DisposeAsync();
                shared = null;
            }
        }
        finally
        {
            SharedGate.Release();
        }
    }

    /// <summary>Stops the server and starts a new one on the same port and database, as a deployment would.</summary>
    public Task RestartServerAsync(TimeSpan downtime) => ownServer
        ? host!.RestartServerAsync(downtime)
        : throw new InvalidOperationException("Restarting the shared server would disturb the other browser tests; use ReaderApp.WithItsOwnServer().");

    /// <summary>A page of its own (a first visit: no storage), at desktop size unless told otherwise, once the circuit is up.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1366, int height = 900, bool javaScript = true)
    {
        var page = await host!.Pages.TakeAsync(Device.Desktop, javaScript, new ViewportSize { Width = width, Height = height }, Motion.Reduced, ColorScheme.Light);
        await page.GotoAsync(path);
        if (javaScript)
            await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>A page of its own on a device, not yet at any of the app's pages: for a test that opens one itself.</summary>
    public Task<IPage> NewPageAsync(Device device, Motion motion = Motion.Reduced, ColorScheme colorScheme = ColorScheme.Light) =>
        host!.Pages.TakeAsync(device, javaScript: true, Screens.Viewport(device), motion, colorScheme);

    /// <summary>A fresh browser context on a device (a phone is a touch screen), closed when the test ends.</summary>
    public async Task<IBrowserContext> NewContextAsync(Device device, Motion motion = Motion.Reduced, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(host!.Pages.ContextOptions(device, javaScript, motion, colorScheme));
        TestPages.Current?.Made(context);
        return context;
    }

    /// <summary>A page of its own on a device, with its motion preference and colour scheme; with JavaScript, once the circuit is up.</summary>
    public async Task<IPage> OpenAsync(Device device, string path, Motion motion = Motion.Reduced, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await host!.Pages.TakeAsync(device, javaScript, Screens.Viewport(device), motion, colorScheme);
        await page.GotoAsync(path);
        if (javaScript)
            await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>Waits until the reader's controls are connected to the server, so clicks reach it rather than submitting forms.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getElementById('transcript')?.dataset.attached === 'true' || !document.getElementById('transcript')");

    /// <summary>The server, its temporary folder and database, and Chromium.</summary>
    private sealed class Host : IAsyncDisposable
    {
        private readonly string root = Directory.CreateTempSubdirectory("reader-browser-tests-").FullName;
        private readonly int port = LoopbackPort.Free();
        private WebApplicationFactory<Program>? factory;
        private IPlaywright? playwright;

        public string BaseUrl => $"http://127.0.0.1:{port}";

        public IBrowser Browser { get; private set; } = null!;

        public PagePool Pages { get; private set; } = null!;

        public IServiceProvider Services => factory!.Services;

        public static async Task<Host> StartAsync()
        {
            var host = new Host();
            var seeds = Directory.CreateDirectory(Path.Combine(host.root, "seeds")).FullName;
            foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt"))
                File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
            Dictionary.DictionaryTemplate.CopyTo(Path.Combine(host.root, "reader.db"));
            host.StartServer();

            host.playwright = await Playwright.CreateAsync();
            host.Browser = await BrowserFactAttribute.LaunchChromiumAsync(host.playwright);
            host.Pages = new PagePool(host.Browser, host.BaseUrl);
            return host;
        }

        public async Task RestartServerAsync(TimeSpan downtime)
        {
            await factory!.DisposeAsync();
            await Task.Delay(downtime);
            StartServer();
        }

        private void StartServer()
        {
            var seeds = Path.Combine(root, "seeds");
            factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                // Development serves the framework's and the build's static web assets straight from their sources.
                web.UseEnvironment("Development");
                web.UseSetting("ConnectionStrings:Reader", $"Data Source={Path.Combine(root, "reader.db")}");
                web.UseSetting("Reader:SeedsFolder", seeds);
                web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
                // Open circuits would otherwise hold a restart up for the default 30 seconds.
                web.UseShutdownTimeout(TimeSpan.FromSeconds(1));
            });
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            factory.StartServer();
            // The app imports the seeds in the background once it listens; the tests read the seed.
            factory.Services.GetRequiredService<LibraryImportStatus>().Completed.Wait();
        }

        public async ValueTask DisposeAsync()
        {
            if (Browser is not null)
                await Browser.DisposeAsync();
            playwright?.Dispose();
            if (factory is not null)
                await factory.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
