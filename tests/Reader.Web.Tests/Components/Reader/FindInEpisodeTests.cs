using AngleSharp.Html.Parser;
using Bunit;
using Bunit.JSInterop.InvocationHandlers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Reader.Storage.Search;
using Reader.Web.Components.Reader;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Reader;

/// <summary>
/// The find box's wiring, against the seed episode in a real database imported once for the class; its browser
/// module is faked by bUnit. The counting and stepping themselves are <see cref="FindInEpisodeStateTests"/>.
/// </summary>
public sealed class FindInEpisodeTests : BunitContext, IClassFixture<FindInEpisodeTests.Seed>
{
    private const string Slug = SeededDatabase.SeedSlug;

    private readonly Seed seed;

    /// <summary>The module's mark: what it returns is the hit the script made current.</summary>
    private readonly JSRuntimeInvocationHandler<int> mark;

    private readonly BunitJSModuleInterop find;

    private readonly BunitJSModuleInterop toolbar;

    private readonly List<ReadingMode> shown = [];

    public FindInEpisodeTests(Seed seed)
    {
        this.seed = seed;
        AddServices(Services, seed);
        JSInterop.Mode = JSRuntimeMode.Loose;
        find = JSInterop.SetupModule(BrowserModules.FindInEpisode.Path);
        toolbar = JSInterop.SetupModule(BrowserModules.Toolbar.Path);
        mark = find.Setup<int>(BrowserModules.FindInEpisode.Mark, _ => true);
        mark.SetResult(0);
    }

    private IReadOnlyList<int> Focused => find.Invocations[BrowserModules.FindInEpisode.Focus].Select(i => (int)i.Arguments[0]!).ToList();

    private IReadOnlyList<JSRuntimeInvocation> Marks => find.Invocations[BrowserModules.FindInEpisode.Mark];

    [Fact]
    public void TypingAWordCountsItsHitsFromTheFirst()
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input("模型");

        cut.WaitForAssertion(() => Assert.Equal("1 / 104", Status(cut)));
        Assert.False(cut.Find("[data-find-next]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-find-hidden]"));
    }

    [Fact]
    public void ABoxOpenedWithoutAQueryAsksNothingOfTheScript()
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Render();

        Assert.Empty(Marks);
        Assert.Equal("", Status(cut));
        Assert.True(cut.Find("[data-find-next]").HasAttribute("disabled"));
    }

    [Fact]
    public void TheScriptIsGivenTheQueryAndEveryHitAsFlatValues()
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input(" AlphaFold ");

        cut.WaitForAssertion(() => Assert.Single(Marks));
        Assert.Equal("AlphaFold", Marks[0].Arguments[0]);
        Assert.Equal(
            [429, "zh", 27, 9, true, 429, "en", 183, 9, true, 438, "zh", 40, 9, true, 438, "en", 119, 9, true],
            (object[])Marks[0].Arguments[1]!);
    }

    [Fact]
    public void TheHitTheScriptMadeCurrentIsTheOneCounted()
    {
        mark.SetResult(2);
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input("AlphaFold");

        cut.WaitForAssertion(() => Assert.Equal("3 / 4", Status(cut)));
    }

    [Fact]
    public void NextAndPreviousFocusTheHitTheyStepTo()
    {
        var cut = RenderFind(ReadingMode.Default);
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForAssertion(() => Assert.Equal("1 / 4", Status(cut)));

        foreach (var click in new[] { "next", "prev", "prev" })
            cut.Find($"[data-find-{click}]").Click();

        Assert.Equal([1, 0, 3], Focused);
        Assert.Equal("4 / 4", Status(cut));
    }

    [Fact]
    public void StepsTakenWhileTheHitsAreBeingMarkedCountFromTheFirstHit()
    {
        var slowMark = find.Setup<int>(BrowserModules.FindInEpisode.Mark, _ => true);
        var cut = RenderFind(ReadingMode.Default);
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForAssertion(() => Assert.Single(Marks));

        cut.Find("[data-find-next]").Click();
        cut.Find("[data-find-next]").Click();
        cut.InvokeAsync(() => slowMark.SetResult(0));

        cut.WaitForAssertion(() => Assert.Equal("3 / 4", Status(cut)));
        Assert.Equal(2, Focused[^1]);
    }

    [Fact]
    public void MarksForAnOlderQueryAnsweringLateLeaveTheNewerQuerysCount()
    {
        var slowMark = find.Setup<int>(BrowserModules.FindInEpisode.Mark, _ => true);
        var cut = RenderFind(ReadingMode.Default);
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForAssertion(() => Assert.Single(Marks));

        cut.Find("[data-find-input]").Input("模型");
        cut.WaitForAssertion(() => Assert.Equal(2, Marks.Count));
        cut.Find("[data-find-next]").Click();
        cut.InvokeAsync(() => slowMark.SetResult(0));

        cut.WaitForAssertion(() => Assert.Equal("2 / 104", Status(cut)));
    }

    [Fact]
    public void SubmittingTheBoxGoesToTheNextHit()
    {
        var cut = RenderFind(ReadingMode.Default);
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForAssertion(() => Assert.Equal("1 / 4", Status(cut)));

        cut.Find("form").Submit();

        Assert.Equal([1], Focused);
        Assert.Equal("2 / 4", Status(cut));
    }

    [Fact]
    public void AWordThatIsNotThereSaysNoMatchesAndCannotBeStepped()
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input("量子");

        cut.WaitForAssertion(() => Assert.Equal(FindInEpisodeState.NoMatches, Status(cut)));
        Assert.True(cut.Find("[data-find-next]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-find-prev]").HasAttribute("disabled"));
    }

    [Fact]
    public void PunctuationAloneAsksForAWordAndIsKeptAsTyped()
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input("，。！");

        cut.WaitForAssertion(() => Assert.Equal(FindInEpisodeState.TypeAWord, Status(cut)));
        Assert.Equal("，。！", Marks[^1].Arguments[0]); // kept in the address as typed, so a reload shows the same box
        Assert.Empty((object[])Marks[^1].Arguments[1]!);
    }

    [Fact]
    public void EmptyingTheBoxClearsTheStatusAndTheMarks()
    {
        var cut = RenderFind(ReadingMode.Default);
        cut.Find("[data-find-input]").Input("模型");
        cut.WaitForAssertion(() => Assert.Equal("1 / 104", Status(cut)));

        cut.Find("[data-find-input]").Input("");

        cut.WaitForAssertion(() => Assert.Equal(2, Marks.Count));
        Assert.Equal("", Status(cut));
        Assert.Equal("", Marks[1].Arguments[0]);
        Assert.Empty((object[])Marks[1].Arguments[1]!);
    }

    [Fact]
    public void InEnglishOnlyAChineseWordsHitsAreCountedAsHidden()
    {
        mark.SetResult(-1);
        var cut = RenderFind(new ReadingMode("en", false, []));

        cut.Find("[data-find-input]").Input("模型");

        cut.WaitForAssertion(() => Assert.Equal("104", cut.Find("[data-find-hidden]").GetAttribute("data-find-hidden")));
        Assert.Equal("", Status(cut));
        Assert.StartsWith("104 matches, all in the Chinese", cut.Find("[data-find-hidden]").TextContent.Trim());
        Assert.True(cut.Find("[data-find-next]").HasAttribute("disabled"));
        Assert.All(((object[])Marks[0].Arguments[1]!).Chunk(5), hit => Assert.Equal(false, hit[4]));
    }

    [Fact]
    public void ShowingHiddenChineseHitsAsksForBothLanguages()
    {
        mark.SetResult(-1);
        var cut = RenderFind(new ReadingMode("en", false, []));
        cut.Find("[data-find-input]").Input("模型");
        cut.WaitForElement("[data-find-show-hidden]");

        cut.Find("[data-find-show-hidden]").Click();

        Assert.Equal([new ReadingMode("both", false, [])], shown, ModeComparer.Instance);
    }

    [Fact]
    public void InTheToolbarShowingHiddenHitsSwitchesTheReaderAndCountsThem()
    {
        var cut = Render<ReaderToolbar>(p => p
            .Add(c => c.Slug, Slug)
            .Add(c => c.Speakers, SampleEpisode.Speakers)
            .Add(c => c.Mode, new ReadingMode("en", false, []))
            .Add(c => c.Query, "模型"));
        cut.WaitForElement("[data-find-show-hidden]");

        cut.Find("[data-find-show-hidden]").Click();

        Assert.Equal("lang=both", Assert.Single(toolbar.Invocations[BrowserModules.Toolbar.ApplyMode]).Arguments[0]);
        Assert.Equal("true", cut.Find("[data-lang-option='both']").GetAttribute("aria-pressed"));
        Assert.Equal("1 / 104", cut.Find("[data-find-status]").TextContent);
        Assert.Empty(cut.FindAll("[data-find-hidden]"));
    }

    [Fact]
    public void AModeThatHidesTheCurrentHitCountsFromTheNextVisibleOneWithoutJumping()
    {
        var cut = RenderFind(ReadingMode.Default);
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForAssertion(() => Assert.Equal("1 / 4", Status(cut)));
        cut.Find("[data-find-next]").Click(); // the English of 429

        cut.Render(p => p.Add(c => c.Mode, new ReadingMode("zh", false, [])));

        Assert.Equal("2 / 2", Status(cut)); // the Chinese of 438
        Assert.Equal([1, 2], Focused);
        var moved = find.Invocations[BrowserModules.FindInEpisode.Focus][^1];
        Assert.Equal(false, moved.Arguments[1]); // highlighted where it is, not scrolled to
    }

    [Fact]
    public void TheQueryTheReaderWasOpenedWithIsSearchedAtOnce()
    {
        var cut = RenderFind(ReadingMode.Default, query: "模型");

        cut.WaitForAssertion(() => Assert.Equal("1 / 104", Status(cut)));
        Assert.Equal("模型", cut.Find("[data-find-input]").GetAttribute("value"));
    }

    [Fact]
    public async Task APrerenderedReaderShowsTheCountOfItsQueryWithoutScript()
    {
        var html = await PrerenderAsync(ReadingMode.Default, "模型");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("1 / 104", document.QuerySelector("[data-find-status]")!.TextContent);
        Assert.Equal("模型", document.QuerySelector("[data-find-input]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task APrerenderedReaderInEnglishOnlyOffersItsHiddenChineseHits()
    {
        var html = await PrerenderAsync(new ReadingMode("en", false, []), "模型");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("104", document.QuerySelector("[data-find-hidden]")!.GetAttribute("data-find-hidden"));
        Assert.NotNull(document.QuerySelector("[data-find-show-hidden]"));
    }

    private IRenderedComponent<FindInEpisode> RenderFind(ReadingMode mode, string? query = null) =>
        Render<FindInEpisode>(p => p
            .Add(c => c.Slug, Slug)
            .Add(c => c.Mode, mode)
            .Add(c => c.Query, query)
            .Add(c => c.OnShowHidden, (ReadingMode next) => shown.Add(next)));

    private static string Status(IRenderedComponent<FindInEpisode> cut) => cut.Find("[data-find-status]").TextContent;

    /// <summary>Renders the box as the server does before the circuit starts: to HTML, with no script to call.</summary>
    private async Task<string> PrerenderAsync(ReadingMode mode, string query)
    {
        var services = new ServiceCollection();
        AddServices(services, seed);
        services.AddSingleton<IJSRuntime, NoScript>();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<FindInEpisode>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(FindInEpisode.Slug)] = Slug,
                [nameof(FindInEpisode.Mode)] = mode,
                [nameof(FindInEpisode.Query)] = query,
            }));
            return output.ToHtmlString();
        });
    }

    private static void AddServices(IServiceCollection services, Seed seed)
    {
        services.AddLogging();
        services.AddSingleton(seed.Catalog);
        services.AddSingleton<FindInEpisodeSearch>();
    }

    /// <summary>The seed imported once, and the catalog that holds it read: every test here only reads it.</summary>
    public sealed class Seed : IDisposable
    {
        private readonly SeededDatabase database = new();

        public Seed()
        {
            database.ImportSeed();
            Catalog = database.CreateCatalog();
        }

        internal EpisodeCatalog Catalog { get; }

        public void Dispose() => database.Dispose();
    }

    private sealed class ModeComparer : IEqualityComparer<ReadingMode>
    {
        public static readonly ModeComparer Instance = new();

        public bool Equals(ReadingMode? x, ReadingMode? y) => x is not null && y is not null && x.QueryString == y.QueryString;

        public int GetHashCode(ReadingMode mode) => mode.QueryString.GetHashCode();
    }

    /// <summary>A prerender has no browser: any call to script is a mistake.</summary>
    private sealed class NoScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"{identifier} was called while prerendering.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"{identifier} was called while prerendering.");
    }
}
