using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reader.Web.Tests.Http;

public sealed partial class TimingEndpointTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    [Fact]
    public async Task The_timing_of_an_episode_has_its_media_speech_anchors_rate_and_starts()
    {
        using var response = await host.Client.GetAsync($"{ReaderHost.Reader}/timing.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var timing = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = timing.RootElement;
        Assert.Equal(["media", "speech", "anchors", "rate", "sidecar", "starts"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("release-notes-koray-kavukcuoglu-build-agi.times.json", root.GetProperty("sidecar").GetString());
        Assert.Equal("""{"kind":"youtube","id":"fXtna7UrL44"}""", root.GetProperty("media").GetRawText());
        Assert.Equal(612, root.GetProperty("speech").GetArrayLength());
        Assert.Equal(611, root.GetProperty("starts").GetArrayLength());
        Assert.Equal("""{"segment":1,"seconds":0,"kind":"chapter"}""", root.GetProperty("anchors")[0].GetRawText());
        Assert.Equal(17, root.GetProperty("anchors").GetArrayLength());
        Assert.InRange(root.GetProperty("rate").GetDouble(), 10, 25);
    }

    [Fact]
    public async Task The_starts_are_the_times_the_rows_show_to_the_second()
    {
        var page = await host.Client.GetStringAsync(ReaderHost.Reader);
        using var timing = JsonDocument.Parse(await host.Client.GetStringAsync($"{ReaderHost.Reader}/timing.json"));

        var starts = timing.RootElement.GetProperty("starts").EnumerateArray().Select(s => (int)Math.Floor(s.GetDouble()));

        var shown = RowTime().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(611, shown.Count);
        Assert.Equal(shown, starts.Select(s => Reader.Transcripts.ChapterTime.Format(s)));
    }

    [Fact]
    public async Task Timing_the_client_has_is_revalidated_and_not_sent_again()
    {
        using var first = await host.Client.GetAsync($"{ReaderHost.Reader}/timing.json");

        using var again = await host.SendAsync(HttpMethod.Get, $"{ReaderHost.Reader}/timing.json", ("If-None-Match", first.Headers.ETag!.Tag));

        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task An_episode_without_chapters_or_video_has_no_media_and_no_anchors()
    {
        using var timing = JsonDocument.Parse(await host.Client.GetStringAsync("/episodes/hostile-episode/timing.json"));

        Assert.Equal(JsonValueKind.Null, timing.RootElement.GetProperty("media").ValueKind);
        Assert.Equal("[]", timing.RootElement.GetProperty("anchors").GetRawText());
    }

    [Fact]
    public async Task An_unknown_episode_has_no_timing()
    {
        using var response = await host.Client.GetAsync("/episodes/no-such-episode/timing.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex(@"data-segment=""\d+""[^>]*? data-time=""([0-9:]+)""")]
    private static partial Regex RowTime();
}
