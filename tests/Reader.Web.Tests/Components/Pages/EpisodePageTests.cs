using System.Text.Encodings.Web;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reader.Web.Components.Pages;
using Reader.Web.Components.Reader;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Pages;

public sealed class EpisodePageTests : BunitContext, IClassFixture<ImportedSeed>
{
    private const string Slug = SeededDatabase.SeedSlug;

    public EpisodePageTests(ImportedSeed seed)
    {
        Services.AddLogging();
        Services.AddSingleton(seed.Database.Factory);
        Services.AddSingleton<HtmlEncoder>(SampleEpisode.Encoder);
        Services.AddSingleton<EpisodeCatalog>();
        Services.AddOwnerAccess();
        Services.AddSingleton<FindInEpisodeSearch>();
        Services.AddSingleton(PlayerEmbed.Default);
        JSInterop.Mode = JSRuntimeMode.Loose;
        toolbar = JSInterop.SetupModule(BrowserModules.Toolbar.Path);
    }

    private readonly BunitJSModuleInterop toolbar;

    [Fact]
    public void TheSeedEpisodeShowsEverySegment()
    {
        var cut = RenderPage(Slug);

        var rows = cut.FindAll("#transcript .segment");

        Assert.Equal(611, rows.Count);
    }

    [Fact]
    public void ThePageHasTheChaptersHeaderToolbarAndTranscript()
    {
        var cut = RenderPage(Slug);

        var chapterLinks = cut.FindAll("[data-chapter-link]");

        Assert.Equal(17, chapterLinks.Count);
        Assert.Equal("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", cut.Find("h1 .title-en").TextContent);
        Assert.Equal(3, cut.FindAll("[data-lang-option]").Count);
        Assert.Equal(["Speaker 0", "Speaker 1"], cut.FindAll("[data-speaker-toggle]").Select(c => c.GetAttribute("data-speaker-toggle")));
    }

    [Fact]
    public void WithoutAQueryBothLanguagesShow()
    {
        var cut = RenderPage(Slug);

        var transcript = cut.Find("#transcript");

        Assert.Equal("both", transcript.GetAttribute("data-lang"));
        Assert.Equal("false", transcript.GetAttribute("data-learn"));
        Assert.Equal("", transcript.GetAttribute("data-hidden-speakers"));
    }

    [Theory]
    [InlineData("?lang=en", "en", "false", "")]
    [InlineData("?lang=zh&learn=1", "zh", "true", "")]
    [InlineData("?lang=klingon&learn=1", "both", "false", "")]
    [InlineData("?hide=Speaker%201", "both", "false", "Speaker 1")]
    [InlineData("?hide=Speaker%201,Speaker%200,Nobody", "both", "false", "Speaker 0,Speaker 1")]
    public void TheQuerySetsTheReadingMode(string query, string lang, string learn, string hidden)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"episodes/{Slug}{query}");

        var cut = RenderPage(Slug);

        var transcript = cut.Find("#transcript");
        Assert.Equal(lang, transcript.GetAttribute("data-lang"));
        Assert.Equal(learn, transcript.GetAttribute("data-learn"));
        Assert.Equal(hidden, transcript.GetAttribute("data-hidden-speakers"));
    }

    [Fact]
    public void ClickingALanguageAsksTheBrowserToShowItAndKeepsTheRest()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"episodes/{Slug}?hide=Speaker%201");
        var cut = RenderPage(Slug);

        cut.Find("[data-lang-option='en']").Click();

        var applied = Assert.Single(toolbar.Invocations[BrowserModules.Toolbar.ApplyMode]);
        Assert.Equal("lang=en&hide=Speaker%201", applied.Arguments[0]);
    }

    [Fact]
    public void ThePageAttachesTheReaderScriptOnce()
    {
        var cut = RenderPage(Slug);

        cut.Render();

        toolbar.VerifyInvoke(BrowserModules.Toolbar.Attach, calledTimes: 1);
    }

    [Fact]
    public void AnUnknownSlugIsNotFound()
    {
        var notFound = 0;
        Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound++;

        var cut = RenderPage("no-such-episode");

        Assert.Equal(1, notFound);
        Assert.Empty(cut.FindAll("#transcript"));
        Assert.Empty(JSInterop.Invocations);
    }

    private IRenderedComponent<EpisodePage> RenderPage(string slug) =>
        Render<EpisodePage>(p => p.Add(c => c.Slug, slug));
}
