using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Library;
using Microsoft.Playwright;

namespace Reader.Web.Tests.Browser.Listening;

/// <summary>
/// The app with three copies of the seed to listen to: one with an audio file in its media sidecar (played by
/// the HTML5 adapter), one with only its YouTube link (played through the embed's stand-in), and one with no
/// media at all (a file from the reader's device plays). Both media hosts are <see cref="MediaHost"/>, another
/// loopback origin.
/// </summary>
public sealed class ListeningApp : IAsyncLifetime
{
    public const string AudioSlug = ReaderApp.SeedSlug;
    public const string VideoSlug = "listening-test-watch-along";
    public const string NoMediaSlug = "listening-test-read-along";

    private readonly string root = Directory.CreateTempSubdirectory("reader-listening-tests-").FullName;
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;
    private PagePool pages = null!;

    public string BaseUrl { get; private set; } = "";

    public MediaHost Media { get; private set; } = null!;

    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (BrowserFactAttribute.SkipReason is not null)
            return;

        Media = await MediaHost.StartAsync(LoopbackPort.Free());
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        var seed = File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt").Single());
        File.WriteAllText(Path.Combine(seeds, "listen.txt"), seed);
        File.WriteAllText(Path.Combine(seeds, "listen.media.json"), $$"""{ "url": "{{Media.AudioUrl}}", "type": "audio/wav" }""");
        File.WriteAllText(Path.Combine(seeds, "watch.txt"),
            seed.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "Listening Test: Watch Along"));
        File.WriteAllText(Path.Combine(seeds, "read.txt"), seed
            .Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "Listening Test: Read Along")
            .Replace("https://www.youtube.com/watch?v=fXtna7UrL44", ""));

        var port = LoopbackPort.Free();
        BaseUrl = $"http://127.0.0.1:{port}";
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:Reader", $"Data Source={Path.Combine(root, "reader.db")}");
            web.UseSetting("Reader:SeedsFolder", seeds);
            web.UseSetting("Reader:DictionaryPackage", Path.Combine(root, "no-dictionary"));
            web.UseSetting("Reader:YouTubeEmbedOrigin", Media.Origin);
            web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            web.UseShutdownTimeout(TimeSpan.FromSeconds(1));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        factory.Services.GetRequiredService<LibraryImportStatus>().Completed.Wait();

        playwright = await Playwright.CreateAsync();
        browser = await BrowserFactAttribute.LaunchChromiumAsync(playwright, "--autoplay-policy=no-user-gesture-required");
        pages = new PagePool(browser, BaseUrl);
    }

    /// <summary>A page of its own on a device, once the circuit is up; every request it makes meanwhile is kept.</summary>
    public async Task<(IPage Page, List<string> Requests)> OpenAsync(Device device, string path, Motion motion = Motion.Reduced, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await pages.TakeAsync(device, javaScript: true, Screens.Viewport(device), motion, colorScheme);
        var requests = new List<string>();
        EventHandler<IRequest> keep = (_, request) => { lock (requests) requests.Add(request.Url); };
        page.Request += keep;
        TestPages.Current?.WhenDone(() => page.Request -= keep);
        await page.GotoAsync(path);
        await ReaderApp.WaitForCircuitAsync(page);
        return (page, requests);
    }

    /// <summary>A page of its own on a device with JavaScript off, at a path.</summary>
    public async Task<IPage> OpenWithoutScriptAsync(Device device, string path)
    {
        var page = await pages.TakeAsync(device, javaScript: false, Screens.Viewport(device), Motion.Reduced, ColorScheme.Light);
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>The estimated start of every segment of an episode, as its timing.json gives them.</summary>
    public async Task<double[]> StartsAsync(string slug)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var timing = await http.GetFromJsonAsync<JsonElement>($"/episodes/{slug}/timing.json");
        return [.. timing.GetProperty("starts").EnumerateArray().Select(s => s.GetDouble())];
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null)
            await factory.DisposeAsync();
        if (Media is not null)
            await Media.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}

[CollectionDefinition(Name), HandsBackItsPages]
public sealed class ListeningAppCollection : ICollectionFixture<ListeningApp>
{
    public const string Name = "Reader app with media to listen to";
}
