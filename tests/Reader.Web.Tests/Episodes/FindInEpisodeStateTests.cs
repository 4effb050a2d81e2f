using Reader.Storage.Search;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class FindInEpisodeStateTests
{
    private static readonly SearchQuery Query = SearchQuery.Parse("AlphaFold");

    /// <summary>A word said once by each speaker, in both languages: hits 0 and 1 in segment 1, 2 and 3 in segment 2.</summary>
    private static readonly FindInEpisodeHit[] BothSpeakers =
    [
        new(1, "Speaker 0", "zh", 0, 9),
        new(1, "Speaker 0", "en", 4, 9),
        new(2, "Speaker 1", "zh", 2, 9),
        new(2, "Speaker 1", "en", 0, 9),
    ];

    /// <summary>A Chinese word, in the Chinese lines only.</summary>
    private static readonly FindInEpisodeHit[] ChineseOnly =
    [
        new(1, "Speaker 0", "zh", 2, 2),
        new(3, "Speaker 1", "zh", 0, 2),
        new(4, "Speaker 0", "zh", 5, 2),
    ];

    private static readonly ReadingMode English = new("en", false, []);

    [Fact]
    public void ANewSearchCountsFromItsFirstHit()
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, ReadingMode.Default);

        Assert.Equal(0, state.Current);
        Assert.Equal("1 / 4", state.Status("AlphaFold"));
        Assert.Empty(state.Hidden);
    }

    [Theory]
    [InlineData(new[] { 1 }, 1, "2 / 4")]
    [InlineData(new[] { 1, 1, 1 }, 3, "4 / 4")]
    [InlineData(new[] { 1, 1, 1, 1 }, 0, "1 / 4")]
    [InlineData(new[] { -1 }, 3, "4 / 4")]
    [InlineData(new[] { 1, -1, -1 }, 3, "4 / 4")]
    public void NextAndPreviousStepThroughTheHitsAndWrapAround(int[] steps, int current, string status)
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, ReadingMode.Default);

        foreach (var step in steps)
            state = state.Step(step);

        Assert.Equal(current, state.Current);
        Assert.Equal(status, state.Status("AlphaFold"));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(-1, 3)]
    public void WithoutACurrentHitNextGoesToTheFirstAndPreviousToTheLast(int step, int current)
    {
        var state = new FindInEpisodeState(Query, BothSpeakers, ReadingMode.Default, -1);

        Assert.Equal(current, state.Step(step).Current);
    }

    [Fact]
    public void InEnglishOnlyTheStepsGoThroughTheEnglishHitsOnly()
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, English);

        var steps = new[] { state.Current, state.Step(1).Current, state.Step(1).Step(1).Current };

        Assert.Equal([1, 3, 1], steps);
        Assert.Equal("1 / 2", state.Status("AlphaFold"));
        Assert.Equal("2 more in the Chinese", state.HiddenText);
    }

    [Fact]
    public void StepsWithNothingVisibleChangeNothing()
    {
        var state = FindInEpisodeState.Found(Query, ChineseOnly, English);

        Assert.Same(state, state.Step(1));
        Assert.Equal(-1, state.Current);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyBoxSaysNothing(string typed)
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, ReadingMode.Default);

        Assert.Equal("", state.Status(typed));
    }

    [Fact]
    public void AQueryWithoutWordsAsksForAWord()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("?!"), [], ReadingMode.Default);

        Assert.Equal(FindInEpisodeState.TypeAWord, state.Status("?!"));
    }

    [Fact]
    public void AWordThatIsNotThereSaysNoMatches()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("zebra"), [], ReadingMode.Default);

        Assert.Equal(FindInEpisodeState.NoMatches, state.Status("zebra"));
        Assert.Equal(-1, state.Current);
    }

    [Fact]
    public void WhenEveryHitIsHiddenTheStatusIsEmptyAndTheHiddenOnesAreCounted()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("模型"), ChineseOnly, English);

        Assert.Equal("", state.Status("模型"));
        Assert.Equal(3, state.Hidden.Count);
        Assert.All(ChineseOnly, hit => Assert.False(state.IsVisible(hit)));
    }

    [Theory]
    [InlineData("en", "", 3, "3 matches, all in the Chinese")]
    [InlineData("en", "", 1, "1 match, all in the Chinese")]
    [InlineData("both", "Speaker 1", 3, "1 more in hidden speakers")]
    [InlineData("both", "Speaker 0,Speaker 1", 3, "3 matches, all in hidden speakers")]
    [InlineData("en", "Speaker 0", 3, "3 matches, all in the Chinese and hidden speakers")]
    public void TheHiddenHitsSayWhereTheyAre(string language, string hidden, int hits, string text)
    {
        var mode = new ReadingMode(language, false, hidden.Split(',', StringSplitOptions.RemoveEmptyEntries));

        var state = FindInEpisodeState.Found(SearchQuery.Parse("模型"), ChineseOnly[..hits], mode);

        Assert.Equal(text, state.HiddenText);
    }

    [Theory]
    [InlineData("zh", "Speaker 1", "1 / 1", "3 more in the English and hidden speakers")]
    [InlineData("both", "Speaker 1", "1 / 2", "2 more in hidden speakers")]
    [InlineData("en", "Speaker 0", "1 / 1", "3 more in the Chinese and hidden speakers")]
    public void SomeHitsHiddenAreCountedBesideTheVisibleOnes(string language, string hidden, string status, string text)
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, new ReadingMode(language, false, [hidden]));

        Assert.Equal(status, state.Status("AlphaFold"));
        Assert.Equal(text, state.HiddenText);
    }

    [Fact]
    public void InLearningModeTheBlurredLanguagesHitsCount()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("模型"), ChineseOnly, new ReadingMode("en", true, []));

        Assert.Equal("1 / 3", state.Status("模型"));
        Assert.Empty(state.Hidden);
    }

    [Fact]
    public void AModeThatHidesTheCurrentHitCarriesOnFromTheNextVisibleOne()
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, ReadingMode.Default).Step(1); // the English of 1

        var chinese = state.InMode(new ReadingMode("zh", false, []));

        Assert.Equal(2, chinese.Current);
        Assert.Equal("2 / 2", chinese.Status("AlphaFold"));
    }

    [Fact]
    public void AModeThatHidesTheLastVisibleHitCarriesOnFromTheFirst()
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, ReadingMode.Default).Step(-1); // the English of 2

        var chinese = state.InMode(new ReadingMode("zh", false, []));

        Assert.Equal(0, chinese.Current);
    }

    [Fact]
    public void AModeThatHidesEveryHitLeavesNoneCurrent()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("模型"), ChineseOnly, ReadingMode.Default);

        Assert.Equal(-1, state.InMode(English).Current);
    }

    [Fact]
    public void AModeThatShowsHitsWhereNoneWereVisibleStartsAtTheFirstAndNextGoesOnFromIt()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("模型"), ChineseOnly, English);

        var both = state.InMode(state.ShowingHidden());

        Assert.Equal("1 / 3", both.Status("模型"));
        Assert.Equal("2 / 3", both.Step(1).Status("模型"));
    }

    [Fact]
    public void AModeThatKeepsTheCurrentHitVisibleKeepsIt()
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, ReadingMode.Default).Step(1).Step(1);

        Assert.Equal(2, state.InMode(new ReadingMode("both", true, [])).Current);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(-1, 0)]
    [InlineData(4, 0)]
    public void TheHitTheBrowserWentToIsCurrentWhenItIsOne(int hit, int current)
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, ReadingMode.Default);

        Assert.Equal(current, state.At(hit).Current);
    }

    [Fact]
    public void ShowingHiddenChineseHitsAsksForBothLanguages()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("模型"), ChineseOnly, English);

        Assert.Equal(new ReadingMode("both", false, []).QueryString, state.ShowingHidden().QueryString);
    }

    [Fact]
    public void ShowingHiddenHitsUnhidesOnlyTheSpeakersWhoHaveThem()
    {
        FindInEpisodeHit[] saidBySpeaker1 = [new(3, "Speaker 1", "en", 0, 3)];
        var state = FindInEpisodeState.Found(SearchQuery.Parse("DQN"), saidBySpeaker1, new ReadingMode("both", false, ["Speaker 0", "Speaker 1"]));

        var shown = state.ShowingHidden();

        Assert.Equal(["Speaker 0"], shown.HiddenSpeakers);
        Assert.Equal(ReadingMode.Both, shown.Language);
    }

    [Fact]
    public void AHiddenLanguageAndAHiddenSpeakerAreShownTogether()
    {
        var state = FindInEpisodeState.Found(Query, BothSpeakers, new ReadingMode("zh", false, ["Speaker 1"]));

        var shown = state.ShowingHidden();

        Assert.Equal(ReadingMode.Both, shown.Language);
        Assert.Empty(shown.HiddenSpeakers);
    }

    [Fact]
    public void ShowingHiddenHitsOfAHiddenSpeakerKeepsTheLanguage()
    {
        var state = FindInEpisodeState.Found(SearchQuery.Parse("模型"), ChineseOnly, new ReadingMode("zh", true, ["Speaker 1"]));

        var shown = state.ShowingHidden();

        Assert.Equal("zh", shown.Language);
        Assert.True(shown.Learning);
        Assert.Empty(shown.HiddenSpeakers);
    }
}
