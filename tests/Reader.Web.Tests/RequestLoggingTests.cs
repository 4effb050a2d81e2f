using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Reader.Web.Tests;

public sealed class RequestLoggingTests
{
    private const string Reader = "/episodes/koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    [Theory]
    [InlineData("/", 200, LogEventLevel.Information)]
    [InlineData("/search", 200, LogEventLevel.Information)]
    [InlineData(Reader, 200, LogEventLevel.Information)]
    [InlineData(Reader, 302, LogEventLevel.Information)]
    [InlineData(Reader + "/export.md", 200, LogEventLevel.Information)]
    [InlineData(Reader + "/export.chapters.json", 200, LogEventLevel.Information)]
    [InlineData(Reader + "/speakers.css", 200, LogEventLevel.Debug)]
    [InlineData(Reader + "/speakers.css", 304, LogEventLevel.Debug)]
    [InlineData("/_blazor", 101, LogEventLevel.Debug)]
    [InlineData("/_blazor/negotiate", 200, LogEventLevel.Debug)]
    [InlineData("/_framework/blazor.web.js", 200, LogEventLevel.Debug)]
    [InlineData("/_content/Some.Library/x.js", 200, LogEventLevel.Debug)]
    [InlineData("/app.4pn6rcy88k.css", 200, LogEventLevel.Debug)]
    [InlineData("/Components/Reader/ReaderToolbar.razor.js", 200, LogEventLevel.Debug)]
    [InlineData("/js/reading-place.js", 200, LogEventLevel.Debug)]
    [InlineData("/favicon.zuzqx5o4p8.svg", 200, LogEventLevel.Debug)]
    [InlineData("/export.md", 200, LogEventLevel.Debug)]
    [InlineData("/no-such-page", 404, LogEventLevel.Warning)]
    [InlineData("/_framework/missing.js", 404, LogEventLevel.Warning)]
    [InlineData(Reader + "/export.vtt", 404, LogEventLevel.Warning)]
    [InlineData("/", 400, LogEventLevel.Warning)]
    [InlineData("/api/lookup", 200, LogEventLevel.Debug)]
    [InlineData(Reader + "/pinyin.json", 200, LogEventLevel.Debug)]
    [InlineData(Reader + "/timing.json", 200, LogEventLevel.Debug)]
    [InlineData("/api/lookup", 400, LogEventLevel.Warning)]
    [InlineData("/api/lookup", 404, LogEventLevel.Warning)]
    [InlineData("/api/lookup", 503, LogEventLevel.Warning)]
    [InlineData(Reader + "/pinyin.json", 503, LogEventLevel.Warning)]
    [InlineData("/api/lookup", 500, LogEventLevel.Error)]
    [InlineData("/", 500, LogEventLevel.Error)]
    [InlineData("/", 503, LogEventLevel.Error)]
    [InlineData("/_blazor", 503, LogEventLevel.Error)]
    public void A_request_is_logged_at_the_level_of_what_it_tells_a_reader_of_the_log(string path, int status, LogEventLevel expected)
    {
        Assert.Equal(expected, RequestLogging.LevelFor(new PathString(path), status, exception: null));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/_framework/blazor.web.js")]
    public void A_request_that_threw_is_an_error(string path)
    {
        Assert.Equal(LogEventLevel.Error, RequestLogging.LevelFor(new PathString(path), 200, new InvalidOperationException()));
    }

    [Fact]
    public async Task Each_request_is_one_line_with_its_own_method_path_and_final_status()
    {
        var root = Directory.CreateTempSubdirectory("reader-request-log-tests-").FullName;
        var sink = new CollectingSink();
        try
        {
            await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseSetting("ConnectionStrings:Reader", $"Data Source={Path.Combine(root, "reader.db")}");
                web.UseSetting("Reader:SeedsFolder", Path.Combine(root, "no-seeds"));
                web.UseSetting("Reader:DictionaryPackage", Path.Combine(root, "no-dictionary"));
                web.UseSetting("Serilog:MinimumLevel:Default", "Debug");
                web.UseSetting("Serilog:MinimumLevel:Override:Microsoft", "Warning");
                web.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink));
            }))
            {
                using var client = app.CreateClient();
                using (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/")))
                using (await client.GetAsync("/no-such-page"))
                using (await client.GetAsync("/favicon.svg"))
                {
                }
            }

            // Other events carry RequestPath too, from the request's scope.
            var lines = sink.Events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == "\"Serilog.AspNetCore.RequestLoggingMiddleware\"").ToList();
            var requests = lines.Select(e =>
                (e.Level, Method: Scalar(e, "RequestMethod"), Path: Scalar(e, "RequestPath"), Status: Scalar(e, "StatusCode"))).ToList();
            Assert.Equal(
                [
                    (LogEventLevel.Information, "HEAD", "/", "200"),
                    (LogEventLevel.Warning, "GET", "/no-such-page", "404"),
                    (LogEventLevel.Debug, "GET", "/favicon.svg", "200"),
                ],
                requests);
            Assert.All(lines, e => Assert.True(e.Properties.ContainsKey("Elapsed")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_request_the_client_hung_up_on_is_logged_as_aborted_not_as_an_error()
    {
        var sink = new CollectingSink();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSerilog((_, logger) => logger.MinimumLevel.Debug().WriteTo.Sink(sink));
        await using var app = builder.Build();
        app.UseRequestLogging();
        // What a long load does when its client goes: its work is cancelled by RequestAborted.
        app.MapGet("/long-load", (HttpContext context) =>
        {
            context.Abort();
            context.RequestAborted.ThrowIfCancellationRequested();
            return "never";
        });
        await app.StartAsync();

        try
        {
            using var _ = await app.GetTestClient().GetAsync("/long-load");
        }
        catch (Exception)
        {
            // The client was cut off: that is the point.
        }
        await sink.WhenAsync(IsRequestLine).WaitAsync(TimeSpan.FromSeconds(30));

        var line = Assert.Single(sink.Events, IsRequestLine);
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("499", Scalar(line, "StatusCode"));
        Assert.Null(line.Exception);
        Assert.DoesNotContain(sink.Events, e => e.Level >= LogEventLevel.Error);
    }

    private static bool IsRequestLine(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == "\"Serilog.AspNetCore.RequestLoggingMiddleware\"";

    private static string Scalar(LogEvent e, string name) => ((ScalarValue)e.Properties[name]).Value?.ToString() ?? "";

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();
        private readonly ConcurrentBag<(Func<LogEvent, bool> Match, TaskCompletionSource Seen)> waiters = [];

        public IEnumerable<LogEvent> Events => events;

        public void Emit(LogEvent logEvent)
        {
            events.Enqueue(logEvent);
            foreach (var (match, seen) in waiters)
            {
                if (match(logEvent))
                    seen.TrySetResult();
            }
        }

        /// <summary>Done once an event that matches has been logged, before this call or after it.</summary>
        public Task WhenAsync(Func<LogEvent, bool> match)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, seen));
            if (events.Any(match))
                seen.TrySetResult();
            return seen.Task;
        }
    }
}
