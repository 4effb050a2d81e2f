using Bunit;
using Microsoft.AspNetCore.Components;
using Reader.Web.Components.Reader;
using Reader.Web.Episodes;
using Reader.Web.Tests.Episodes;

namespace Reader.Web.Tests.Components.Reader;

public sealed class ReaderToolbarTests : BunitContext
{
    private readonly EpisodeView episode = SampleEpisode.Create();

    private readonly BunitJSModuleInterop module;

    public ReaderToolbarTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        module = JSInterop.SetupModule(BrowserModules.Toolbar.Path);
        ComponentFactories.AddStub<FindInEpisode>(); // has tests of its own (FindInEpisodeTests)
    }

    /// <summary>The modes the toolbar asked its browser module to apply, in order.</summary>
    private List<ReadingMode> Changes => module.Invocations[BrowserModules.Toolbar.ApplyMode]
        .Select(i => ModeOf((string)i.Arguments[0]!))
        .ToList();

    [Fact]
    public void ThereIsOneButtonPerLanguage()
    {
        var cut = RenderToolbar(ReadingMode.Default);

        var options = cut.FindAll("[data-lang-option]").Select(b => b.GetAttribute("data-lang-option"));

        Assert.Equal(["zh", "en", "both"], options);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    [InlineData("both")]
    public void OnlyTheCurrentLanguageIsPressed(string language)
    {
        var cut = RenderToolbar(ReadingMode.Default.WithLanguage(language));

        var pressed = cut.FindAll("[data-lang-option][aria-pressed='true']").Select(b => b.GetAttribute("data-lang-option"));

        Assert.Equal([language], pressed);
        Assert.Equal(2, cut.FindAll("[data-lang-option][aria-pressed='false']").Count);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    [InlineData("both")]
    public void ClickingALanguageAsksForItKeepingTheRest(string language)
    {
        var mode = new ReadingMode("zh", true, ["Speaker 1"]);
        var cut = RenderToolbar(mode);

        cut.Find($"[data-lang-option='{language}']").Click();

        var change = Assert.Single(Changes);
        Assert.Equal(language, change.Language);
        Assert.True(change.Learning);
        Assert.Equal(["Speaker 1"], change.HiddenSpeakers);
    }

    [Theory]
    [InlineData("Speaker 0", "Logan Kilpatrick", "4")]
    [InlineData("Speaker 1", "Koray Kavukcuoglu", "2")]
    public void ASpeakerChipShowsTheNameAndSegmentCount(string label, string name, string count)
    {
        var cut = RenderToolbar(ReadingMode.Default);

        var chip = cut.Find($"[data-speaker-toggle='{label}']");

        Assert.Equal($"{name} {count}", chip.TextContent.Trim());
        Assert.Equal(count, chip.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public void ThereIsOneChipPerSpeaker()
    {
        var cut = RenderToolbar(ReadingMode.Default);

        var chips = cut.FindAll("[data-speaker-toggle]").Select(c => c.GetAttribute("data-speaker-toggle"));

        Assert.Equal(["Speaker 0", "Speaker 1"], chips);
    }

    [Theory]
    [InlineData(new string[0], "Speaker 1", new[] { "Speaker 1" })]
    [InlineData(new[] { "Speaker 1" }, "Speaker 1", new string[0])]
    [InlineData(new[] { "Speaker 1" }, "Speaker 0", new[] { "Speaker 0", "Speaker 1" })]
    public void ClickingASpeakerChipTogglesThatSpeaker(string[] hidden, string label, string[] expected)
    {
        var cut = RenderToolbar(new ReadingMode("en", false, hidden));

        cut.Find($"[data-speaker-toggle='{label}']").Click();

        var change = Assert.Single(Changes);
        Assert.Equal(expected, change.HiddenSpeakers);
        Assert.Equal("en", change.Language);
    }

    [Fact]
    public void AHiddenSpeakersChipIsNotPressed()
    {
        var cut = RenderToolbar(new ReadingMode("both", false, ["Speaker 1"]));

        var shown = cut.Find("[data-speaker-toggle='Speaker 0']");
        var hidden = cut.Find("[data-speaker-toggle='Speaker 1']");

        Assert.Equal("true", shown.GetAttribute("aria-pressed"));
        Assert.Equal("false", hidden.GetAttribute("aria-pressed"));
        Assert.Equal("Show Koray Kavukcuoglu", hidden.GetAttribute("title"));
    }

    [Theory]
    [InlineData("both")]
    [InlineData("zh")]
    [InlineData("en")]
    public void LearningModeCanStartFromEveryLanguage(string language)
    {
        var cut = RenderToolbar(ReadingMode.Default.WithLanguage(language));

        var toggle = cut.Find("[data-learn-toggle]");

        Assert.False(toggle.HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void LearningFromBothLanguagesShowsTheLanguageBeingLearned(string learned)
    {
        var cut = RenderToolbar(ReadingMode.Default, learned);

        cut.Find("[data-learn-toggle]").Click();

        var change = Assert.Single(Changes);
        Assert.True(change.IsLearning);
        Assert.Equal(learned, change.Language);
    }

    [Fact]
    public void WithoutJavaScriptLearningFromBothLanguagesSubmitsTheLanguageBeingLearned()
    {
        var cut = RenderToolbar(ReadingMode.Default, ReadingMode.English);

        var form = cut.Find("[data-learn-toggle]").Closest("form")!;

        Assert.Equal("en", form.QuerySelector("input[name='lang']")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void ClickingLearningModeFlipsIt(bool learning, bool expected)
    {
        var cut = RenderToolbar(new ReadingMode("zh", learning, []));

        cut.Find("[data-learn-toggle]").Click();

        var change = Assert.Single(Changes);
        Assert.Equal(expected, change.Learning);
        Assert.Equal("zh", change.Language);
    }

    [Theory]
    [InlineData("zh", true, "true")]
    [InlineData("zh", false, "false")]
    [InlineData("both", true, "false")]
    public void LearningModeIsPressedOnlyWhileLearning(string language, bool learning, string pressed)
    {
        var cut = RenderToolbar(new ReadingMode(language, learning, []));

        var toggle = cut.Find("[data-learn-toggle]");

        Assert.Equal(pressed, toggle.GetAttribute("aria-pressed"));
    }

    [Fact]
    public void EveryControlGroupIsAGetFormForTheEpisode()
    {
        var cut = RenderToolbar(ReadingMode.Default);

        var forms = cut.FindAll("form");

        Assert.Equal(3, forms.Count);
        Assert.All(forms, form =>
        {
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal($"episodes/{SampleEpisode.Slug}", form.GetAttribute("action"));
        });
    }

    [Theory]
    [InlineData("[data-lang-option='en']", "lang", "en")]
    [InlineData("[data-learn-toggle]", "learn", "1")]
    [InlineData("[data-speaker-toggle='Speaker 0']", "toggle", "Speaker 0")]
    public void EachButtonSubmitsTheOneThingItChanges(string selector, string name, string value)
    {
        var cut = RenderToolbar(new ReadingMode("zh", false, []));

        var button = cut.Find(selector);

        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.Equal(name, button.GetAttribute("name"));
        Assert.Equal(value, button.GetAttribute("value"));
    }

    [Theory]
    [InlineData("[data-lang-option]", "learn=1&hide=Speaker 0,Speaker 1")]
    [InlineData("[data-learn-toggle]", "lang=en&hide=Speaker 0,Speaker 1")]
    [InlineData("[data-speaker-toggle]", "lang=en&learn=1&hide=Speaker 0,Speaker 1")]
    public void AFormCarriesTheRestOfTheStateInHiddenInputs(string button, string state)
    {
        var cut = RenderToolbar(new ReadingMode("en", true, ["Speaker 0", "Speaker 1"]));

        var form = cut.Find(button).Closest("form")!;

        var inputs = form.QuerySelectorAll("input[type='hidden']").Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}");
        Assert.Equal(state, string.Join("&", inputs));
    }

    [Theory]
    [InlineData("[data-lang-option]", "")]
    [InlineData("[data-learn-toggle]", "lang=zh")] // learning from 双语 shows the language learned
    [InlineData("[data-speaker-toggle]", "lang=both")]
    public void DefaultsAreLeftOutOfTheHiddenInputs(string button, string state)
    {
        var cut = RenderToolbar(ReadingMode.Default);

        var form = cut.Find(button).Closest("form")!;

        var inputs = form.QuerySelectorAll("input[type='hidden']").Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}");
        Assert.Equal(state, string.Join("&", inputs));
    }

    [Fact]
    public void ConnectingHandsTheToolbarToItsBrowserModule()
    {
        RenderToolbar(ReadingMode.Default);

        Assert.Single(module.Invocations[BrowserModules.Toolbar.Attach]);
    }

    [Fact]
    public void AModeChangedInTheBrowserIsShownWithoutAskingForItAgain()
    {
        var cut = RenderToolbar(ReadingMode.Default);

        cut.InvokeAsync(() => cut.Instance.ShowMode("?lang=en&hide=Speaker%201"));

        Assert.Equal("true", cut.Find("[data-lang-option='en']").GetAttribute("aria-pressed"));
        Assert.Equal("false", cut.Find("[data-speaker-toggle='Speaker 1']").GetAttribute("aria-pressed"));
        Assert.Empty(Changes);
    }

    [Fact]
    public void AClickShowsTheNewStateAtOnce()
    {
        var cut = RenderToolbar(ReadingMode.Default);

        cut.Find("[data-lang-option='zh']").Click();

        Assert.Equal("true", cut.Find("[data-lang-option='zh']").GetAttribute("aria-pressed"));
        Assert.False(cut.Find("[data-learn-toggle]").HasAttribute("disabled"));
    }

    private ReadingMode ModeOf(string query)
    {
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        return ReadingMode.FromQuery(values.GetValueOrDefault("lang"), values.GetValueOrDefault("learn"), values.GetValueOrDefault("hide"), episode.Speakers.Select(s => s.Label).ToList());
    }

    private IRenderedComponent<ReaderToolbar> RenderToolbar(ReadingMode mode, string learned = ReadingMode.Chinese) =>
        Render<ReaderToolbar>(p => p
            .Add(c => c.Slug, episode.Slug)
            .Add(c => c.Speakers, episode.Speakers)
            .Add(c => c.Mode, mode)
            .Add(c => c.LearningLanguage, learned));
}
