using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Library;

namespace Reader.Web.Tests.Http;

/// <summary>
/// The app in memory (no browser, no socket) with a temporary database and the seed imported on start,
/// shared by one test class. Its client neither follows redirects nor decompresses, so tests see the wire.
/// </summary>
public class ReaderHost : IAsyncLifetime
{
    public const string SeedSlug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";
    public const string Reader = $"/episodes/{SeedSlug}";

    /// <summary>Text a hostile transcript could carry, in an episode's titles, summary and first segment.</summary>
    public const string Hostile = "<script>alert(\"x\")</script> & 'it'";

    // A second, tiny episode whose every text is hostile.
    private static readonly string HostileSeed = string.Join("\n\n",
        $"Hostile Show - 标题{Hostile} 封面",
        $"标题{Hostile}",
        "Hostile Episode",
        "本集简介",
        $"Summary {Hostile}",
        "双语字幕",
        "仅展示文本字幕。",
        "Speaker 0",
        $"中文{Hostile}",
        $"English {Hostile}") + "\n";

    private readonly string root = Directory.CreateTempSubdirectory("reader-http-tests-").FullName;
    private WebApplicationFactory<Program>? factory;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>
    /// Where the app finds the dictionary package: by default nowhere, so that hosts for other things do not
    /// import it (lookups then answer 503).
    /// </summary>
    protected virtual string DictionaryPackage => Path.Combine(root, "no-dictionary");

    /// <summary>Whether the host starts from a database that already holds the dictionary (<see cref="Dictionary.DictionaryTemplate"/>).</summary>
    protected virtual bool StartsWithTheDictionary => false;

    public IServiceProvider Services => factory!.Services;

    public async Task InitializeAsync()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt"))
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(seeds, "hostile.txt"), HostileSeed);
        if (StartsWithTheDictionary)
            Dictionary.DictionaryTemplate.CopyTo(Path.Combine(root, "reader.db"));

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:Reader", $"Data Source={Path.Combine(root, "reader.db")}");
            web.UseSetting("Reader:SeedsFolder", seeds);
            web.UseSetting("Reader:DictionaryPackage", DictionaryPackage);
            web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            Configure(web, seeds);
        });
        Client = CreateClient();
        // The app serves while it imports the seeds; these tests are about pages of imported episodes.
        await factory.Services.GetRequiredService<LibraryImportStatus>().Completed;
        await factory.Services.GetRequiredService<Reader.Web.Dictionary.DictionaryState>().Settled;
    }

    /// <summary>For a host of one test class: more settings, more files in the seeds folder before the import.</summary>
    protected virtual void Configure(IWebHostBuilder web, string seeds)
    {
    }

    /// <summary>A client of its own, with its own cookies, for a test that signs in or must not share them.</summary>
    public HttpClient CreateClient() => factory!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (factory is not null)
            await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
