using System.Text.Encodings.Web;
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

namespace Reader.Web.Tests.Search;

/// <summary>The find box of the reader, against the seed episode in a real database; its browser module is faked by bUnit.</summary>
public sealed class FindInEpisodeTests : BunitContext
{
    private const string Slug = SeededDatabase.SeedSlug;
    private const string NoMatches = "No matches · 无结果";
    private const string TypeAWord = "Type a word · 请输入词语";

    private readonly SeededDatabase database = new();

    /// <summary>The module's mark: what it returns is the hit the script made current.</summary>
    private readonly JSRuntimeInvocationHandler<int> mark;

    private readonly BunitJSModuleInterop find;

    private readonly BunitJSModuleInterop toolbar;

    private readonly List<ReadingMode> shown = [];

    public FindInEpisodeTests()
    {
        database.ImportSeed();
        AddServices(Services, database);
        JSInterop.Mode = JSRuntimeMode.Loose;
        find = JSInterop.SetupModule(BrowserModules.Find.Path);
        toolbar = JSInterop.SetupModule(BrowserModules.Toolbar.Path);
        mark = find.Setup<int>(BrowserModules.Find.Mark, _ => true);
        mark.SetResult(0);
    }

    private IReadOnlyList<int> Focused => find.Invocations[BrowserModules.Find.Focus].Select(i => (int)i.Arguments[0]!).ToList();

    private IReadOnlyList<JSRuntimeInvocation> Marks => find.Invocations[BrowserModules.Find.Mark];

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

    [Theory]
    [InlineData("next", new[] { 1 }, "2 / 4")]
    [InlineData("next next next", new[] { 1, 2, 3 }, "4 / 4")]
    [InlineData("next next next next", new[] { 1, 2, 3, 0 }, "1 / 4")]
    [InlineData("prev", new[] { 3 }, "4 / 4")]
    [InlineData("next prev prev", new[] { 1, 0, 3 }, "4 / 4")]
    public void NextAndPreviousStepThroughTheHitsAndWrapAround(string clicks, int[] focused, string status)
    {
        var cut = RenderFind(ReadingMode.Default);
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForAssertion(() => Assert.Equal("1 / 4", Status(cut)));

        foreach (var click in clicks.Split(' '))
            cut.Find($"[data-find-{click}]").Click();

        Assert.Equal(focused, Focused);
        Assert.Equal(status, Status(cut));
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

    [Theory]
    [InlineData("量子")]
    [InlineData("zebra")]
    public void AWordThatIsNotThereSaysNoMatches(string query)
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input(query);

        cut.WaitForAssertion(() => Assert.Equal(NoMatches, Status(cut)));
        Assert.True(cut.Find("[data-find-next]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-find-prev]").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("?!")]
    [InlineData("，。！")]
    [InlineData("\"")]
    [InlineData("*")]
    public void PunctuationAloneAsksForAWord(string query)
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input(query);

        cut.WaitForAssertion(() => Assert.Equal(TypeAWord, Status(cut)));
        Assert.Equal(query, Marks[^1].Arguments[0]); // kept in the address as typed, so a reload shows the same box
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
    public void InEnglishOnlyTheStepsGoThroughTheEnglishHitsOnly()
    {
        mark.SetResult(1);
        var cut = RenderFind(new ReadingMode("en", false, []));
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForAssertion(() => Assert.Equal("1 / 2", Status(cut)));

        cut.Find("[data-find-next]").Click();
        cut.Find("[data-find-next]").Click();

        Assert.Equal([3, 1], Focused);
        Assert.Equal("2", cut.Find("[data-find-hidden]").GetAttribute("data-find-hidden"));
        Assert.StartsWith("2 more in the Chinese", cut.Find("[data-find-hidden]").TextContent.Trim());
    }

    [Fact]
    public void InLearningModeTheBlurredLanguagesHitsCount()
    {
        var cut = RenderFind(new ReadingMode("en", true, []));

        cut.Find("[data-find-input]").Input("模型");

        cut.WaitForAssertion(() => Assert.Equal("1 / 104", Status(cut)));
        Assert.Empty(cut.FindAll("[data-find-hidden]"));
    }

    [Fact]
    public void HitsOfAHiddenSpeakerAreCountedAsHidden()
    {
        mark.SetResult(-1);
        var cut = RenderFind(new ReadingMode("both", false, ["Speaker 1"]));

        cut.Find("[data-find-input]").Input("DQN");

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-find-hidden]").GetAttribute("data-find-hidden")));
        Assert.StartsWith("2 matches, all in hidden speakers", cut.Find("[data-find-hidden]").TextContent.Trim());
        Assert.Equal("", Status(cut));
    }

    [Fact]
    public void ShowingHiddenHitsUnhidesOnlyTheSpeakersWhoHaveThem()
    {
        mark.SetResult(-1);
        var cut = RenderFind(new ReadingMode("both", false, ["Speaker 0", "Speaker 1"]));
        cut.Find("[data-find-input]").Input("DQN"); // said only by Speaker 1
        cut.WaitForElement("[data-find-show-hidden]");

        cut.Find("[data-find-show-hidden]").Click();

        var mode = Assert.Single(shown);
        Assert.Equal(["Speaker 0"], mode.HiddenSpeakers);
        Assert.Equal(ReadingMode.Both, mode.Language);
    }

    [Fact]
    public void AHiddenLanguageAndHiddenSpeakerAreShownTogether()
    {
        var cut = RenderFind(new ReadingMode("zh", false, ["Speaker 1"]));
        cut.Find("[data-find-input]").Input("AlphaFold");
        cut.WaitForElement("[data-find-show-hidden]");

        cut.Find("[data-find-show-hidden]").Click();

        Assert.Equal("1 / 1", Status(cut));
        Assert.StartsWith("3 more in the English and hidden speakers", cut.Find("[data-find-hidden]").TextContent.Trim());
        var mode = Assert.Single(shown);
        Assert.Equal(ReadingMode.Both, mode.Language);
        Assert.Empty(mode.HiddenSpeakers);
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
        var moved = find.Invocations[BrowserModules.Find.Focus][^1];
        Assert.Equal(false, moved.Arguments[1]); // highlighted where it is, not scrolled to
    }

    [Fact]
    public void AfterShowingHiddenHitsNextGoesOnFromTheOneCounted()
    {
        mark.SetResult(-1);
        var cut = RenderFind(new ReadingMode("en", false, []));
        cut.Find("[data-find-input]").Input("模型");
        cut.WaitForElement("[data-find-show-hidden]");
        cut.Find("[data-find-show-hidden]").Click();
        cut.Render(p => p.Add(c => c.Mode, shown.Single()));
        var before = Status(cut);

        cut.Find("[data-find-next]").Click();

        Assert.Equal("1 / 104", before);
        Assert.Equal("2 / 104", Status(cut));
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

    [Theory]
    [InlineData("NEAR(", "1 / 2")]
    [InlineData("NEAR(bench model, 5)", NoMatches)]
    [InlineData("a* -b", NoMatches)]
    [InlineData("AND", "1 / 279")]
    [InlineData("模型 OR", "1 / 16")]
    [InlineData("\"hill climb", "1 / 3")]
    [InlineData("bench\" OR \"model", "1 / 3")]
    [InlineData("模型\u0000\u0007", "1 / 104")]
    [InlineData("^模型 :model {x}", "1 / 4")]
    public void SearchSyntaxIsTakenAsText(string query, string status)
    {
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input(query);

        cut.WaitForAssertion(() => Assert.Equal(status, Status(cut)));
    }

    [Theory]
    [InlineData("模型 ", "1 / 104")]
    [InlineData("x", NoMatches)]
    public void TenThousandCharactersAreSearchedByTheirStart(string repeated, string status)
    {
        var query = string.Concat(Enumerable.Repeat(repeated, 10_000 / repeated.Length));
        var cut = RenderFind(ReadingMode.Default);

        cut.Find("[data-find-input]").Input(query);

        cut.WaitForAssertion(() => Assert.Equal(status, Status(cut)));
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
        AddServices(services, database);
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

    private static void AddServices(IServiceCollection services, SeededDatabase database)
    {
        services.AddLogging();
        services.AddSingleton(database.Factory);
        services.AddSingleton<HtmlEncoder>(SampleEpisode.Encoder);
        services.AddSingleton<EpisodeCatalog>();
        services.AddSingleton<TranscriptSearch>();
        services.AddSingleton<EpisodeFinder>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        database.Dispose();
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
