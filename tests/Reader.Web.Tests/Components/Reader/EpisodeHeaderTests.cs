using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Reader.Transcripts;
using Reader.Web.Components.Reader;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Reader;

public sealed class EpisodeHeaderTests : BunitContext
{
    public EpisodeHeaderTests() => Services.AddSingleton(PlayerEmbed.Default);

    [Fact]
    public void TheHeaderNamesTheShowAndBothTitles()
    {
        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var title = cut.Find("h1#episode-title");

        Assert.Equal("Google AI: Release Notes", cut.Find(".episode-show").TextContent);
        Assert.Equal("科莱·卡武克乔格鲁：“我们就是这样打造通用人工智能的”", title.QuerySelector(".title-zh[lang='zh-Hans']")!.TextContent);
        Assert.Equal("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", title.QuerySelector(".title-en[lang='en']")!.TextContent);
    }

    [Fact]
    public void TheHeaderListsSpeakersWithTheirRoles()
    {
        SpeakerView[] speakers = [new("Speaker 0", "Logan Kilpatrick", SpeakerRole.Host, 4), new("Speaker 1", "Koray Kavukcuoglu", SpeakerRole.Guest, 2), new("Speaker 2", "Speaker 2", SpeakerRole.Unknown, 1)];

        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create(speakers: speakers)));

        var items = cut.FindAll(".speaker-list li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Logan Kilpatrick · host · 主持人", "Koray Kavukcuoglu · guest · 嘉宾", "Speaker 2"], items);
    }

    [Theory]
    [InlineData(SampleEpisode.SourceUrl, false)]
    [InlineData(null, true)]
    public void TheListenFactIsThereFromTheStartAndOnlyAFactWithoutMediaNeedsScript(string? sourceUrl, bool scriptOnly)
    {
        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create(sourceUrl: sourceUrl)));

        var fact = cut.Find(".listen-fact");

        Assert.False(fact.HasAttribute("hidden"));
        Assert.Equal(scriptOnly, fact.HasAttribute("data-script-only"));
    }

    [Theory]
    [InlineData(2970, "≈49:30")]
    [InlineData(3725, "≈1:02:05")]
    public void TheHeaderShowsTheLength(int seconds, string length)
    {
        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create(durationSeconds: seconds)));

        var facts = cut.FindAll(".episode-facts dd").Select(dd => dd.TextContent);

        Assert.Contains(length, facts);
    }

    [Fact]
    public void AnUnknownLengthIsLeftOut()
    {
        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create(durationSeconds: null)));

        var terms = cut.FindAll(".episode-facts dt").Select(dt => dt.TextContent);

        Assert.DoesNotContain("Length · 时长", terms);
    }

    [Fact]
    public void TheSourceOpensInANewTabWithoutReferrer()
    {
        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var link = cut.Find(".episode-facts a:not([data-player-start])");

        Assert.Equal(SampleEpisode.SourceUrl, link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public void AnEpisodeWithoutASourceHasNoSourceLink()
    {
        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create(sourceUrl: null)));

        var links = cut.FindAll(".episode-facts a");

        Assert.Empty(links);
    }

    [Fact]
    public void TheSummaryIsRenderedAsHtml()
    {
        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var summary = cut.Find(".episode-summary");

        Assert.Equal("Logan Kilpatrick", summary.QuerySelector("strong")!.TextContent);
        Assert.Equal("https://www.youtube.com/watch?v=fXtna7UrL44", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", summary.QuerySelector("a")!.GetAttribute("rel"));
    }

    [Fact]
    public void AHostileSummaryIsShownAsText()
    {
        const string summary = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))";

        var cut = Render<EpisodeHeader>(p => p.Add(c => c.Episode, SampleEpisode.Create(summary: summary)));

        var element = cut.Find(".episode-summary");
        Assert.Empty(element.QuerySelectorAll("script, img, a"));
        Assert.Contains("<script>alert(1)</script> <img src=x onerror=alert(1)>", element.TextContent);
    }
}
