using Bunit;
using Reader.Web.Components.Reader;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Reader;

public sealed class ChapterListTests : BunitContext
{
    [Fact]
    public void EveryChapterIsListedInOrder()
    {
        var cut = Render<ChapterList>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var links = cut.FindAll("[data-chapter-link]").Select(a => a.GetAttribute("data-chapter-link"));

        Assert.Equal(["1", "2", "3"], links);
    }

    [Theory]
    [InlineData(1, "0:00", "开场")]
    [InlineData(2, "2:05", "Gemini 3发布反响")]
    [InlineData(3, "1:02:05", "结束语")]
    public void AChapterLinkShowsItsTimeAndTitleAndJumpsToItsHeading(int chapter, string time, string title)
    {
        var cut = Render<ChapterList>(p => p.Add(c => c.Episode, SampleEpisode.Create()).Add(c => c.PageAddress, $"episodes/{SampleEpisode.Slug}"));

        var link = cut.Find($"[data-chapter-link='{chapter}']");

        Assert.Equal(time, link.QuerySelector(".chapter-time")!.TextContent);
        Assert.Equal(title, link.QuerySelector(".chapter-name")!.TextContent);
        Assert.Equal($"episodes/{SampleEpisode.Slug}#c-{chapter}", link.GetAttribute("href"));
    }

    [Fact]
    public void WithoutJavaScriptAChapterLinkKeepsThePageAsItWasAsked()
    {
        const string page = $"episodes/{SampleEpisode.Slug}?lang=en&hide=Speaker%201&q=%E6%A8%A1";

        var cut = Render<ChapterList>(p => p.Add(c => c.Episode, SampleEpisode.Create()).Add(c => c.PageAddress, page));

        Assert.Equal(page + "#c-2", cut.Find("[data-chapter-link='2']").GetAttribute("href"));
    }

    [Fact]
    public void TheFirstChapterIsCurrentUntilTheBrowserTracksThePlace()
    {
        var cut = Render<ChapterList>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var current = cut.FindAll("[data-chapter-link][data-current]");

        Assert.Equal("1", Assert.Single(current).GetAttribute("data-chapter-link"));
        Assert.Equal("location", current[0].GetAttribute("aria-current"));
    }

    [Fact]
    public void AChapterWithAVideoLinksToItInANewTabWithoutReferrer()
    {
        var cut = Render<ChapterList>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var video = cut.Find("[data-chapter-link='2'] ~ .chapter-video-link");

        Assert.Equal("https://www.youtube.com/watch?v=fXtna7UrL44&t=125s", video.GetAttribute("href"));
        Assert.Equal("_blank", video.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", video.GetAttribute("rel"));
        Assert.Equal("Watch chapter 2 in the video from 2:05", video.GetAttribute("aria-label"));
    }

    [Fact]
    public void AChapterWithoutAVideoHasNoVideoLink()
    {
        var cut = Render<ChapterList>(p => p.Add(c => c.Episode, SampleEpisode.Create()));

        var videos = cut.FindAll("[data-chapter-link='3'] ~ .chapter-video-link");

        Assert.Empty(videos);
        Assert.Equal(2, cut.FindAll(".chapter-video-link").Count);
    }

    [Fact]
    public void AnEpisodeWithoutChaptersSaysSo()
    {
        var cut = Render<ChapterList>(p => p.Add(c => c.Episode, SampleEpisode.Create(chapters: [])));

        var note = cut.Find(".chapters p.muted");

        Assert.Equal("This episode lists no chapters.", note.TextContent);
        Assert.Empty(cut.FindAll("[data-chapter-link]"));
    }
}
