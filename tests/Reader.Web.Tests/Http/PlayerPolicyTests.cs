using Microsoft.AspNetCore.Hosting;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Http;

/// <summary>The reader page's policy widened by exactly what its player needs: the YouTube embed, or the episode's own file.</summary>
public sealed class PlayerPolicyTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    private const string BasePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    [Fact]
    public async Task A_reader_page_with_a_YouTube_video_may_frame_the_embed_and_play_media_from_itself()
    {
        using var response = await host.Client.GetAsync(ReaderHost.Reader);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(BasePolicy + "; frame-src https://www.youtube-nocookie.com; media-src 'self' blob:", policy);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-media=\"youtube\" data-embed-origin=\"https://www.youtube-nocookie.com\"", page);
    }

    [Fact]
    public async Task A_reader_page_without_media_frames_nothing()
    {
        using var response = await host.Client.GetAsync("/episodes/hostile-episode");

        Assert.Equal(BasePolicy + "; media-src 'self' blob:", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain("data-media=", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=AGI")]
    [InlineData(ReaderHost.Reader + "/timing.json")]
    [InlineData(ReaderHost.Reader + "/export.vtt")]
    [InlineData("/no-such-page")]
    public async Task Every_other_response_keeps_the_base_policy(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(BasePolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }
}

public sealed class PlayerPolicyWithMediaTests(PlayerPolicyWithMediaTests.Host host) : IClassFixture<PlayerPolicyWithMediaTests.Host>
{
    [Fact]
    public async Task A_reader_page_with_its_own_file_plays_media_from_its_origin_and_frames_nothing()
    {
        using var response = await host.Client.GetAsync(ReaderHost.Reader);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.EndsWith("frame-ancestors 'none'; media-src 'self' blob: https://media.example.com:8443", policy);
        Assert.DoesNotContain("frame-src", policy);
        Assert.Contains("data-media=\"audio\" data-embed-origin=\"http://localhost\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_timing_names_the_file_over_the_video()
    {
        var timing = await host.Client.GetStringAsync(ReaderHost.Reader + "/timing.json");

        Assert.StartsWith("""{"media":{"kind":"audio","url":"https://media.example.com:8443/ep/1.mp3","type":"audio/mpeg"},""", timing);
    }

    public sealed class Host : ReaderHost
    {
        protected override void Configure(IWebHostBuilder web, string seeds)
        {
            web.UseSetting(PlayerEmbed.SettingName, "http://localhost/");
            File.WriteAllText(Path.Combine(seeds, "release-notes-koray-kavukcuoglu-build-agi.media.json"), """{ "url": "https://media.example.com:8443/ep/1.mp3" }""");
        }
    }
}
