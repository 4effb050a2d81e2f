using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Http;

public sealed class PageMetaTests(ReaderHost host) : IClassFixture<ReaderHost>
{
    private const string Origin = "http://localhost";

    [Theory]
    [InlineData("/", "Reader · 双语播客", "website", "/")]
    [InlineData("/search", "Search · Search · Reader", "website", "/search")]
    [InlineData("/search?q=AGI", "“AGI” · Search · Reader", "website", "/search?q=AGI")]
    [InlineData(ReaderHost.Reader + "?lang=en", "Koray Kavukcuoglu: “This Is How We Are Going to Build AGI” · 科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”", "article", ReaderHost.Reader)]
    public async Task A_page_has_a_description_a_canonical_address_and_a_card(string path, string title, string type, string canonical)
    {
        var head = await HeadAsync(path);

        Assert.Equal(title, head.QuerySelector("title")?.TextContent);
        var description = Meta(head, "name", "description");
        Assert.InRange(description.Length, 20, PageDescription.MaxLength + 1);
        Assert.Equal(Origin + canonical, Single(head, "link[rel=canonical]").GetAttribute("href"));
        Assert.Equal(title, Meta(head, "property", "og:title"));
        Assert.Equal(description, Meta(head, "property", "og:description"));
        Assert.Equal(type, Meta(head, "property", "og:type"));
        Assert.Equal(Origin + canonical, Meta(head, "property", "og:url"));
        Assert.Equal("Reader · 双语播客", Meta(head, "property", "og:site_name"));
        Assert.Equal("summary", Meta(head, "name", "twitter:card"));
    }

    [Fact]
    public async Task An_episode_is_described_by_its_summary_trimmed()
    {
        var head = await HeadAsync(ReaderHost.Reader);

        var description = Meta(head, "name", "description");
        Assert.StartsWith("加入Logan Kilpatrick与谷歌DeepMind首席技术官", description);
        Assert.EndsWith("…", description);
    }

    [Fact]
    public async Task A_segment_link_is_described_by_the_segments_words_and_shared_at_its_address()
    {
        var head = await HeadAsync(ReaderHost.Reader + "?s=2");

        Assert.Equal("反响看起来非常积极。 — Reception seems super positive.", Meta(head, "name", "description"));
        Assert.Equal("反响看起来非常积极。 — Reception seems super positive.", Meta(head, "property", "og:description"));
        Assert.Equal($"{Origin}{ReaderHost.Reader}?s=2", Meta(head, "property", "og:url"));
        Assert.Equal(Origin + ReaderHost.Reader, Single(head, "link[rel=canonical]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("?s=0")]
    [InlineData("?s=999999")]
    [InlineData("?s=-1")]
    [InlineData("?s=abc")]
    public async Task A_segment_number_that_is_not_a_segment_is_ignored(string query)
    {
        var head = await HeadAsync(ReaderHost.Reader + query);

        Assert.StartsWith("加入Logan Kilpatrick", Meta(head, "name", "description"));
        Assert.Equal(Origin + ReaderHost.Reader, Meta(head, "property", "og:url"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?s=1")]
    public async Task Hostile_text_stays_encoded_in_the_head(string query)
    {
        var html = await host.Client.GetStringAsync("/episodes/hostile-episode" + query);
        var head = new HtmlParser().ParseDocument(html).Head!;

        Assert.DoesNotContain("<script>alert", html);
        Assert.Empty(head.QuerySelectorAll("script"));
        Assert.Contains(ReaderHost.Hostile, Meta(head, "name", "description"));
        Assert.Contains(ReaderHost.Hostile, Meta(head, "property", "og:title"));
    }

    [Fact]
    public async Task The_not_found_page_is_described_but_claims_no_address()
    {
        using var response = await host.Client.GetAsync("/no-such-page");
        var html = await response.Content.ReadAsStringAsync();
        var head = new HtmlParser().ParseDocument(html).Head!;

        Assert.Contains("no episode or page at this address", Meta(head, "name", "description"));
        Assert.Null(head.QuerySelector("link[rel=canonical]"));
        Assert.Null(head.QuerySelector("meta[property='og:url']"));
    }

    private async Task<IElement> HeadAsync(string path) =>
        new HtmlParser().ParseDocument(await host.Client.GetStringAsync(path)).Head!;

    private static string Meta(IElement head, string attribute, string name) =>
        Single(head, $"meta[{attribute}='{name}']").GetAttribute("content")!;

    private static IElement Single(IElement head, string selector) => Assert.Single(head.QuerySelectorAll(selector));
}
