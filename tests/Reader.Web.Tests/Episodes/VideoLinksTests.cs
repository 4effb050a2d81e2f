using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class VideoLinksTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=fXtna7UrL44", 125, "https://www.youtube.com/watch?v=fXtna7UrL44&t=125s")]
    [InlineData("https://www.youtube.com/watch?v=fXtna7UrL44", 0, "https://www.youtube.com/watch?v=fXtna7UrL44&t=0s")]
    [InlineData("https://youtube.com/watch?v=abc", 60, "https://youtube.com/watch?v=abc&t=60s")]
    [InlineData("https://m.youtube.com/watch?v=abc", 60, "https://m.youtube.com/watch?v=abc&t=60s")]
    [InlineData("https://WWW.YouTube.com/watch?v=abc", 60, "https://www.youtube.com/watch?v=abc&t=60s")]
    [InlineData("http://www.youtube.com/watch?v=abc", 60, "http://www.youtube.com/watch?v=abc&t=60s")]
    [InlineData("https://www.youtube.com/watch?v=abc&list=PL1", 60, "https://www.youtube.com/watch?v=abc&list=PL1&t=60s")]
    public void AYouTubeWatchLinkOpensAtTheTime(string source, int seconds, string expected)
    {
        var link = VideoLinks.At(source, seconds);

        Assert.Equal(expected, link);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=abc&t=30s", "https://www.youtube.com/watch?v=abc&t=90s")]
    [InlineData("https://www.youtube.com/watch?t=30&v=abc", "https://www.youtube.com/watch?v=abc&t=90s")]
    [InlineData("https://youtu.be/abc?t=30", "https://youtu.be/abc?t=90s")]
    public void AnExistingTimeIsReplaced(string source, string expected)
    {
        var link = VideoLinks.At(source, 90);

        Assert.Equal(expected, link);
    }

    [Theory]
    [InlineData("https://youtu.be/fXtna7UrL44", 125, "https://youtu.be/fXtna7UrL44?t=125s")]
    [InlineData("https://youtu.be/abc?si=share", 5, "https://youtu.be/abc?si=share&t=5s")]
    public void AShortYouTubeLinkOpensAtTheTime(string source, int seconds, string expected)
    {
        var link = VideoLinks.At(source, seconds);

        Assert.Equal(expected, link);
    }

    [Fact]
    public void OtherParametersKeepTheirEncoding()
    {
        var link = VideoLinks.At("https://www.youtube.com/watch?v=abc&q=a%26b%20c", 5);

        Assert.Equal("https://www.youtube.com/watch?v=abc&q=a%26b%20c&t=5s", link);
    }

    [Theory]
    [InlineData("https://vimeo.com/12345", 0, "https://vimeo.com/12345")]
    [InlineData("https://www.bilibili.com/video/BV1xx", 0, "https://www.bilibili.com/video/BV1xx")]
    [InlineData("https://vimeo.com/12345", 60, null)]
    [InlineData("https://youtube.com.example.com/watch?v=abc", 60, null)]
    [InlineData("https://example.com/youtube.com/watch?v=abc", 60, null)]
    public void OtherSitesAreLinkedOnlyFromTheStart(string source, int seconds, string? expected)
    {
        var link = VideoLinks.At(source, seconds);

        Assert.Equal(expected, link);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/episodes/local")]
    [InlineData("javascript:alert(1)")]
    [InlineData("javascript://www.youtube.com/%0Aalert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://www.youtube.com/watch?v=abc")]
    [InlineData("file:///etc/passwd")]
    public void ANonWebSourceHasNoLink(string? source)
    {
        var link = VideoLinks.At(source, 0);

        Assert.Null(link);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=fXtna7UrL44", "fXtna7UrL44")]
    [InlineData("https://m.youtube.com/watch?list=PL1&v=fXtna7UrL44&t=30s", "fXtna7UrL44")]
    [InlineData("https://youtu.be/fXtna7UrL44?t=30", "fXtna7UrL44")]
    [InlineData("https://www.youtube.com/embed/fXtna7UrL44", "fXtna7UrL44")]
    [InlineData("https://www.youtube.com/shorts/fXtna7UrL44", "fXtna7UrL44")]
    [InlineData("https://www.youtube.com/watch?v=abc", null)]
    [InlineData("https://www.youtube.com/watch?v=fXtna7UrL44%22onload", null)]
    [InlineData("https://vimeo.com/123", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData(null, null)]
    public void TheYouTubeVideoIdIsTakenOnlyFromYouTubeLinks(string? source, string? id)
    {
        Assert.Equal(id, VideoLinks.YouTubeId(source));
    }
}
