using Bunit;
using Reader.Web.Components.Reader;

namespace Reader.Web.Tests.Components.Reader;

public sealed class ExportMenuTests : BunitContext
{
    [Fact]
    public void TheMenuOffersEveryFormatAsADownloadOfTheEpisode()
    {
        var cut = Render<ExportMenu>(p => p.Add(c => c.Slug, "an-episode"));

        var links = cut.FindAll("a[data-export]");

        Assert.Equal(
            ["md", "vtt", "srt", "txt", "json", "chapters.json"],
            links.Select(a => a.GetAttribute("data-export")));
        Assert.All(links, a =>
        {
            Assert.Equal($"episodes/an-episode/export.{a.GetAttribute("data-export")}", a.GetAttribute("href"));
            Assert.True(a.HasAttribute("download"));
        });
    }
}
