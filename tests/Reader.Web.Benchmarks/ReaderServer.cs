using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Library;

namespace Reader.Web.Benchmarks;

/// <summary>The app in this process on a free loopback port, with a temporary database and the seed imported.</summary>
internal sealed class ReaderServer : IAsyncDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("reader-web-bench-").FullName;
    private readonly WebApplicationFactory<Program> factory;

    /// <param name="prepareSeeds">Adds to the seeds folder before the start (a sidecar), given the folder and the seed's path.</param>
    public ReaderServer(Action<string>? prepareSeeds = null)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt"))
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        prepareSeeds?.Invoke(seeds);

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            // Development only so that the framework's static assets are served from the build, as in the tests.
            web.UseEnvironment("Development");
            web.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "Reader.Web"));
            web.UseSetting("ConnectionStrings:Reader", $"Data Source={Path.Combine(root, "reader.db")}");
            web.UseSetting("Reader:SeedsFolder", seeds);
            web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        // The app imports the seeds in the background once it listens; the tests read the seed.
        factory.Services.GetRequiredService<LibraryImportStatus>().Completed.Wait();
    }

    /// <summary>The dictionary is imported in the background after the seeds: waits until lookups answer.</summary>
    public async Task WaitForDictionaryAsync()
    {
        using var http = new HttpClient();
        var probe = $"{BaseUrl}/api/lookup?episode={SeedPath["/episodes/".Length..]}&segment=1&lang=en&at=0";
        for (var i = 0; i < 600; i++)
        {
            using var response = await http.GetAsync(probe);
            if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable)
                return;
            await Task.Delay(200);
        }
        throw new InvalidOperationException("The dictionary was not ready within 120 s.");
    }

    public const string SeedPath = "/episodes/koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    public string BaseUrl { get; }

    public IServiceProvider Services => factory.Services;

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Run the harness from inside the Reader repository.");
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
