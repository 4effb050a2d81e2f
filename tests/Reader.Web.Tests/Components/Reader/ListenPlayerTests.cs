using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Reader.Transcripts.Media;
using Reader.Web.Components.Reader;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Reader;

/// <summary>The player before play: a local placeholder that names what will play and links out without JavaScript.</summary>
public sealed class ListenPlayerTests : BunitContext
{
    public ListenPlayerTests() => Services.AddSingleton(new PlayerEmbed("https://embed.example"));

    [Fact]
    public void A_youtube_episode_gets_a_placeholder_that_links_to_the_video_and_loads_nothing()
    {
        var cut = Render<ListenPlayer>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var root = cut.Find("[data-listen]");
        Assert.Equal("youtube", root.GetAttribute("data-media"));
        Assert.Equal("https://embed.example", root.GetAttribute("data-embed-origin"));
        Assert.Equal($"episodes/{SampleEpisode.Slug}/timing.json", root.GetAttribute("data-timing"));
        var start = cut.Find("[data-player] a[data-player-start]");
        Assert.StartsWith("https://www.youtube.com/watch?v=fXtna7UrL44", start.GetAttribute("href"));
        Assert.Contains("Listen while reading", start.TextContent);
        Assert.Empty(cut.FindAll("iframe, audio, video, img"));
    }

    [Fact]
    public void A_media_file_wins_over_the_video_and_the_placeholder_says_it_is_audio()
    {
        var episode = SampleEpisode.Create() with { Media = new EpisodeMedia("https://cdn.example/episode.mp3", null) };

        var cut = Render<ListenPlayer>(p => p.Add(c => c.Episode, episode));

        Assert.Equal("audio", cut.Find("[data-listen]").GetAttribute("data-media"));
        Assert.Equal("https://cdn.example/episode.mp3", cut.Find("[data-player-start]").GetAttribute("href"));
        Assert.Contains("audio", cut.Find(".player-note").TextContent);
    }

    [Fact]
    public void A_moment_in_the_address_makes_the_link_out_start_there_and_say_so()
    {
        var cut = Render<ListenPlayer>(p => p.Add(c => c.Episode, SampleEpisode.Create()).Add(c => c.StartSeconds, 1234));

        var start = cut.Find("[data-player-start]");
        Assert.Equal("https://www.youtube.com/watch?v=fXtna7UrL44&t=1234s", start.GetAttribute("href"));
        Assert.Equal("Play from 20:34 · ", cut.Find(".player-start-label").TextContent);
    }

    [Theory]
    [InlineData("https://cdn.example/episode.mp3", 95, "https://cdn.example/episode.mp3#t=95")]
    [InlineData("https://cdn.example/episode.mp3", 0, "https://cdn.example/episode.mp3")]
    [InlineData("https://cdn.example/episode.mp3#t=10", 95, "https://cdn.example/episode.mp3#t=10")]
    public void A_media_file_is_linked_at_the_moment_with_a_media_fragment(string url, int seconds, string expected)
    {
        var episode = SampleEpisode.Create() with { Media = new EpisodeMedia(url, null) };

        var cut = Render<ListenPlayer>(p => p.Add(c => c.Episode, episode).Add(c => c.StartSeconds, seconds));

        Assert.Equal(expected, cut.Find("[data-player-start]").GetAttribute("href"));
    }

    [Fact]
    public void A_file_from_this_device_is_in_the_markup_from_the_start()
    {
        var cut = Render<ListenPlayer>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        // Not unhidden by the script (that moved the page under it): CSS withholds it without scripting.
        var option = cut.Find("label[data-player-local]:not([hidden])");
        var input = option.QuerySelector("input[type=file][data-player-file]")!;
        Assert.Equal("audio/*,video/*", input.GetAttribute("accept"));
        Assert.Contains("Play a file from this device", option.TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.com/video/123")]
    [InlineData("javascript:alert(1)")]
    public void Nothing_to_play_offers_only_a_file_from_this_device(string? sourceUrl)
    {
        var cut = Render<ListenPlayer>(p => p.Add(c => c.Episode, SampleEpisode.Create(sourceUrl: sourceUrl)));

        Assert.Null(cut.Find("[data-listen]").GetAttribute("data-media"));
        Assert.NotNull(cut.Find("[data-player] [data-player-local] [data-player-file]"));
        Assert.NotNull(cut.Find("button[data-player-start][hidden]"));
        Assert.Empty(cut.FindAll("a[data-player-start], iframe, audio, video"));
    }
}
