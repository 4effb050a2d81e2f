using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class SummaryMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "script")]
    [InlineData("Before <script>alert(1)</script> after", "script")]
    [InlineData("<img src=x onerror=alert(1)>", "img")]
    [InlineData("See <img src=x onerror=alert(1)> here", "img")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>", "a")]
    [InlineData("Click <a href=javascript:alert(1)>here</a>", "a")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>", "iframe")]
    public void RawHtmlIsShownAsText(string markdown, string element)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var text = document.Body!.TextContent.Trim();

        Assert.Empty(document.Body!.QuerySelectorAll(element));
        Assert.Contains(markdown.Trim(), text);
    }

    [Fact]
    public void NoRawHtmlAttributeSurvives()
    {
        var document = Parse(SummaryMarkdown.ToHtml("<div onmouseover=\"alert(1)\">hover</div>\n\ntext <span onclick=alert(1)>x</span>"));

        var elements = document.Body!.QuerySelectorAll("*");

        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))")]
    [InlineData("[click me](JavaScript:alert(1))")]
    [InlineData("[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click me](vbscript:msgbox(1))")]
    [InlineData("[click me](jav&#x09;ascript:alert(1))")]
    [InlineData("[click me](<javascript:alert(1)>)")]
    [InlineData("[click me](/relative/path)")]
    [InlineData("[click me][1]\n\n[1]: javascript:alert(1)")]
    public void UnsafeLinksBecomePlainText(string markdown)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var text = document.Body!.TextContent.Trim();

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.StartsWith("click me", text);
        Assert.DoesNotContain("script", text);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))", "click me")]
    [InlineData("[**click** me](javascript:alert(1))", "click me")]
    [InlineData("![a diagram](https://example.com/diagram.png)", "a diagram")]
    [InlineData("[![logo](https://example.com/logo.png)](https://example.com)", "logo")]
    public void TheTextOfARemovedLinkOrImageIsShownOnce(string markdown, string text)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var shown = document.Body!.TextContent.Trim();

        Assert.Equal(text, shown);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,hi>")]
    public void UnsafeAutolinksBecomePlainText(string markdown)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var text = document.Body!.TextContent.Trim();

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal(markdown.Trim('<', '>'), text);
    }

    [Theory]
    [InlineData("[the video](https://www.youtube.com/watch?v=fXtna7UrL44)", "https://www.youtube.com/watch?v=fXtna7UrL44")]
    [InlineData("[a page](http://example.com/page)", "http://example.com/page")]
    [InlineData("<https://example.com/auto>", "https://example.com/auto")]
    public void WebLinksStayAndOpenWithoutReferrer(string markdown, string href)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var link = Assert.Single(document.QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("See https://example.com/page for more.", "https://example.com/page")]
    [InlineData("Watch: https://www.youtube.com/watch?v=fXtna7UrL44 now", "https://www.youtube.com/watch?v=fXtna7UrL44")]
    [InlineData("链接： https://example.com/page", "https://example.com/page")]
    public void BareUrlsBecomeLinks(string markdown, string href)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var link = Assert.Single(document.QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("YouTube观看链接：https://www.youtube.com/watch?v=fXtna7UrL44 章节时间点", "https://www.youtube.com/watch?v=fXtna7UrL44")]
    [InlineData("详见https://example.com/page 了解更多", "https://example.com/page")]
    [InlineData("（https://example.com/page）", "https://example.com/page")]
    public void BareUrlsInChineseProseBecomeLinks(string markdown, string href)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var link = Assert.Single(document.QuerySelectorAll("a"));

        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public void MailLinksStay()
    {
        var document = Parse(SummaryMarkdown.ToHtml("[write to us](mailto:hello@example.com)"));

        var link = Assert.Single(document.QuerySelectorAll("a"));

        Assert.Equal("mailto:hello@example.com", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("![a diagram](https://example.com/diagram.png)", "a diagram")]
    [InlineData("![tracker](https://example.com/pixel.gif \"title\")", "tracker")]
    [InlineData("![x](javascript:alert(1))", "x")]
    public void ImagesBecomeText(string markdown, string text)
    {
        var document = Parse(SummaryMarkdown.ToHtml(markdown));

        var shown = document.Body!.TextContent.Trim();

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.StartsWith(text, shown);
    }

    [Fact]
    public void AnImageInsideASafeLinkLeavesTheLinkWithoutTheImage()
    {
        var document = Parse(SummaryMarkdown.ToHtml("[![logo](https://example.com/logo.png)](https://example.com)"));

        var link = Assert.Single(document.QuerySelectorAll("a"));

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Equal("https://example.com", link.GetAttribute("href"));
        Assert.StartsWith("logo", link.TextContent);
    }

    [Fact]
    public void MarkdownFormattingStillRenders()
    {
        var document = Parse(SummaryMarkdown.ToHtml("加入 **Logan Kilpatrick** 与 *Koray*。"));

        var strong = document.QuerySelector("strong");

        Assert.Equal("Logan Kilpatrick", strong?.TextContent);
        Assert.Equal("Koray", document.QuerySelector("em")?.TextContent);
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");
}
