using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Reader.Web.Benchmarks;

/// <summary>
/// What the app writes to its console during a scripted session of reading: the app as <c>dotnet run</c> starts
/// it (its own appsettings, Development) in a process of its own, on a temporary database with the seed; then
/// one reader opens the library and the episode, switches languages, finds, and jumps. Prints the lines by level
/// and by source.
/// </summary>
internal static partial class LogLines
{
    public static async Task RunAsync()
    {
        var root = Directory.CreateTempSubdirectory("reader-log-lines-").FullName;
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt"))
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        var url = $"http://127.0.0.1:{ReaderServer.FreePort()}";
        var lines = new List<string>();
        using var app = StartApp(root, seeds, url, lines);
        try
        {
            await WaitUntilServingAsync(url);
            var started = Count(lines);
            await ReadAsync(url);
            await Task.Delay(1000);
            var session = lines.Skip(started).ToList();
            Print(session);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    // Library → episode, the three languages, find 模型 and step through hits, two chapters from the list, n and p.
    private static async Task ReadAsync(string url)
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.OpenReaderAsync(browser, url + "/");
        await page.ClickAsync("a[href^='episodes/']");
        await page.WaitForFunctionAsync("() => document.getElementById('transcript')?.dataset.attached === 'true'");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        foreach (var language in new[] { "zh", "en", "both" })
        {
            await page.ClickAsync($"[data-lang-option='{language}']");
            await page.WaitForFunctionAsync("lang => document.getElementById('transcript').dataset.lang === lang", language);
        }
        await page.FillAsync("[data-find-input]", "模型");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-find-status]')?.textContent.includes('/')");
        for (var i = 0; i < 3; i++)
            await page.PressAsync("[data-find-input]", "Enter");
        await page.PressAsync("[data-find-input]", "Escape");
        foreach (var chapter in new[] { 3, 9 })
            await page.ClickAsync($"[data-chapter-link='{chapter}']:visible");
        await page.Keyboard.PressAsync("n");
        await page.Keyboard.PressAsync("p");
        await page.WaitForTimeoutAsync(500);
        await page.GotoAsync(url + "/search?q=%E5%9F%BA%E5%87%86");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    private static void Print(List<string> session)
    {
        Console.WriteLine($"Console lines during the session: {session.Count}");
        foreach (var (level, count) in session.GroupBy(Level).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())))
            Console.WriteLine($"  {level}: {count}");
        Console.WriteLine("By source:");
        foreach (var group in session.GroupBy(Source).OrderByDescending(g => g.Count()))
            Console.WriteLine($"  {group.Count(),5}  {group.Key}");
        Console.WriteLine("The lines:");
        foreach (var line in session)
            Console.WriteLine("  " + line);
    }

    private static Process StartApp(string root, string seeds, string url, List<string> lines)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Reader.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "Reader.Web.dll"), "--urls", url])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Reader"] = $"Data Source={Path.Combine(root, "reader.db")}";
        start.Environment["Reader__SeedsFolder"] = seeds;
        var app = Process.Start(start)!;
        app.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (lines) lines.Add(e.Data); };
        app.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (lines) lines.Add(e.Data); };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        return app;
    }

    private static async Task WaitUntilServingAsync(string url)
    {
        using var client = new HttpClient();
        for (var tries = 0; ; tries++)
        {
            try
            {
                var library = await client.GetStringAsync(url + "/");
                if (!library.Contains("Importing", StringComparison.Ordinal))
                    return;
            }
            catch (HttpRequestException) when (tries < 300)
            {
            }
            await Task.Delay(200);
        }
    }

    private static int Count(List<string> lines)
    {
        lock (lines)
            return lines.Count;
    }

    // "[12:00:01 INF] Serilog.AspNetCore.RequestLoggingMiddleware: HTTP GET / responded 200 in 3.1 ms"
    private static string Level(string line) => LinePattern().Match(line) is { Success: true } m ? m.Groups[1].Value : "(continued)";

    private static string Source(string line) => LinePattern().Match(line) is { Success: true } m
        ? m.Groups[2].Value + (RequestPattern().Match(line) is { Success: true } r ? " " + r.Groups[1].Value : "")
        : "(continued)";

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d (\w{3})\] ([\w.]+):")]
    private static partial Regex LinePattern();

    // The kind of request: the circuit's, the framework's, a static file, or a page.
    [GeneratedRegex(@"(?:HTTP )?(?:GET|HEAD|POST) (/_blazor|/_framework|/_content|/\S*\.(?:css|js|mjs|svg|woff2?)\b|/\S*)")]
    private static partial Regex RequestPattern();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reader.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Run the harness from inside the Reader repository.");
    }
}
