using System.Text.Encodings.Web;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Library;
using Reader.Web.Components.Pages;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Pages;

public sealed class HomeTests : BunitContext
{
    private readonly SeededDatabase database = new();

    public HomeTests()
    {
        Services.AddLogging();
        Services.AddSingleton(database.Factory);
        Services.AddSingleton(new global::Reader.Storage.DatabaseFile($"Data Source={database.DatabasePath}"));
        Services.AddSingleton<HtmlEncoder>(SampleEpisode.Encoder);
        Services.AddSingleton<EpisodeCatalog>();
        Services.AddOwnerAccess();
        Services.AddSingleton<LibraryImportStatus>();
        // The library shows the owner's Import link; these tests read it as a visitor (no HttpContext).
        Services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Services.AddDataProtection();
        Services.AddAntiforgery();
        Services.AddSingleton<OwnerAccess>();
    }

    [Fact]
    public void TheLibraryListsTheEpisodeWithBothTitles()
    {
        database.ImportSeed();

        var cut = Render<Home>();

        var card = cut.WaitForElement(".episode-card");
        Assert.Equal("科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”", card.QuerySelector(".episode-title-zh")!.TextContent);
        Assert.Equal("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", card.QuerySelector(".episode-title-en")!.TextContent);
        Assert.Equal("Google AI: Release Notes", card.QuerySelector(".episode-show")!.TextContent);
    }

    [Fact]
    public void AnEpisodeLinksToItsReader()
    {
        database.ImportSeed();

        var cut = Render<Home>();

        var link = cut.WaitForElement(".episode-link");
        Assert.Equal($"episodes/{SeededDatabase.SeedSlug}", link.GetAttribute("href"));
    }

    [Fact]
    public void AnEpisodeSaysWhoSpeaksAndHowLongItIs()
    {
        database.ImportSeed();

        var cut = Render<Home>();

        var facts = cut.WaitForElement(".episode-card .episode-facts").QuerySelectorAll("span").Select(s => s.TextContent).ToList();
        Assert.Equal("Logan Kilpatrick · Koray Kavukcuoglu", facts[0]);
        Assert.Equal("17 chapters", facts[1]);
        Assert.Equal("611 segments", facts[2]);
    }

    [Fact]
    public void TheNewestEpisodeComesFirst()
    {
        database.ImportSeed("a.txt");
        database.ImportSeed("b.txt", text => text.Replace("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "A Newer Episode"));

        var cut = Render<Home>();

        cut.WaitForAssertion(() => Assert.Equal(
            ["A Newer Episode", "Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”"],
            cut.FindAll(".episode-title-en").Select(t => t.TextContent)));
    }

    [Fact]
    public void WhileTheSeedsImportTheLibrarySaysHowFarItIs()
    {
        var seeds = Services.GetRequiredService<LibraryImportStatus>();
        seeds.Start(12);
        seeds.Imported();
        seeds.Imported();

        var cut = Render<Home>();

        Assert.StartsWith("Importing 3 of 12 transcripts…", cut.WaitForElement(".import-status[role=status]").TextContent);
    }

    [Fact]
    public void OnceTheSeedsAreInTheLibrarySaysNothingOfImporting()
    {
        database.ImportSeed();
        var seeds = Services.GetRequiredService<LibraryImportStatus>();
        seeds.Start(1);
        seeds.Imported();
        seeds.Finish();

        var cut = Render<Home>();

        cut.WaitForElement(".episode-card");
        Assert.Empty(cut.FindAll(".import-status"));
    }

    [Fact]
    public void AnEmptyLibrarySaysHowToImport()
    {
        var cut = Render<Home>();

        var empty = cut.WaitForElement(".empty-state");
        Assert.Contains("No episodes yet", empty.QuerySelector("h2")!.TextContent);
        Assert.Contains("seeds/", empty.TextContent);
        Assert.Contains("dotnet run --project src/Reader.Cli -- import", empty.QuerySelector("pre")!.TextContent);
        Assert.Empty(cut.FindAll(".episode-card"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        database.Dispose();
    }
}
