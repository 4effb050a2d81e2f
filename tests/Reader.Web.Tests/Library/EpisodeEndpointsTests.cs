using System.Net;
using System.Text.Json;
using Reader.Storage.Tests.Library;
using Reader.Web.Tests.Http;

namespace Reader.Web.Tests.Library;

public sealed class EpisodeEndpointsTests(OwnerHost host) : IClassFixture<OwnerHost>
{
    [Fact]
    public async Task A_timed_sources_timing_starts_are_its_cue_starts()
    {
        var slug = await host.ImportBilingualAsync("timed-talk.srt");

        using var timing = JsonDocument.Parse(await host.Client.GetStringAsync($"/episodes/{slug}/timing.json"));

        Assert.Equal(Subtitles.Cues.Select(c => c.Start), timing.RootElement.GetProperty("starts").EnumerateArray().Select(s => s.GetDouble()));
    }

    [Fact]
    public async Task A_timed_sources_webvtt_export_carries_its_cue_times_and_no_estimate_note()
    {
        var slug = await host.ImportBilingualAsync("vtt-talk.srt");

        var vtt = await host.Client.GetStringAsync($"/episodes/{slug}/export.vtt");

        Assert.Contains("00:00:01.500 --> ", vtt);
        Assert.Contains("00:00:04.000 --> ", vtt);
        Assert.Contains("00:00:07.125 --> ", vtt);
        Assert.DoesNotContain("Times are estimated", vtt);
    }

    [Fact]
    public async Task Own_media_answers_a_range_request_with_206_and_its_type()
    {
        var wav = Subtitles.Wav();
        var slug = await host.ImportBilingualAsync("media-talk.srt", ("media-talk.wav", wav));

        using var response = await host.SendAsync(HttpMethod.Get, $"/episodes/{slug}/media", ("Range", "bytes=0-99"));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal($"bytes 0-99/{wav.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(wav[..100], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_episode_without_its_own_media_has_none_to_serve()
    {
        using var response = await host.Client.GetAsync($"{ReaderHost.Reader}/media");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Deleting_an_episode_takes_its_page_and_files_and_leaves_the_others()
    {
        var slug = await host.ImportBilingualAsync("doomed-talk.srt");

        using var deleted = await host.SendAsync(HttpMethod.Delete, $"/episodes/{slug}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var page = await host.Client.GetAsync($"/episodes/{slug}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("doomed-talk", host.SourceFolders());
        using var other = await host.Client.GetAsync(ReaderHost.Reader);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Deleting_an_unknown_episode_is_404()
    {
        using var response = await host.SendAsync(HttpMethod.Delete, "/episodes/no-such-episode");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public async Task Only_the_owner_may_delete(string accept)
    {
        var slug = await host.ImportBilingualAsync($"kept-talk-{accept.Length}.srt");

        using var response = await host.SendAsync(HttpMethod.Delete, $"/episodes/{slug}", ("Accept", accept), (OwnerHost.RemoteAddressHeader, OwnerHost.Elsewhere));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(slug, host.SourceFolders());
        using var page = await host.Client.GetAsync($"/episodes/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_delete_form_without_its_confirmation_deletes_nothing()
    {
        var slug = await host.ImportBilingualAsync("unconfirmed-talk.srt");

        using var response = await OwnerHost.PostFormAsync(host.Client, $"/episodes/{slug}/delete", ("confirm", "no"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/episodes/{slug}/edit", response.Headers.Location?.OriginalString);
        Assert.Contains("unconfirmed-talk", host.SourceFolders());
        using var page = await host.Client.GetAsync($"/episodes/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
