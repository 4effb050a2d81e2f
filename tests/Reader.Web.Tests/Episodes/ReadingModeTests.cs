using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class ReadingModeTests
{
    private static readonly string[] Speakers = ["Speaker 0", "Speaker 1", "Speaker 2"];

    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("en", "en")]
    [InlineData("both", "both")]
    [InlineData(null, "both")]
    [InlineData("", "both")]
    [InlineData("fr", "both")]
    [InlineData("ZH", "both")]
    [InlineData("zh-Hans", "both")]
    public void TheQueryChoosesAKnownLanguageOrBoth(string? lang, string expected)
    {
        var mode = ReadingMode.FromQuery(lang, null, null, Speakers);

        Assert.Equal(expected, mode.Language);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("yes", false)]
    [InlineData(null, false)]
    public void TheQueryTurnsLearningOnOnlyWhenAskedTo(string? learn, bool expected)
    {
        var mode = ReadingMode.FromQuery("zh", learn, null, Speakers);

        Assert.Equal(expected, mode.Learning);
    }

    [Theory]
    [InlineData("Speaker 1,Speaker 9", new[] { "Speaker 1" })]
    [InlineData("Speaker 9", new string[0])]
    [InlineData("<script>,Speaker 0", new[] { "Speaker 0" })]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void UnknownSpeakersInTheQueryAreDropped(string? hide, string[] expected)
    {
        var mode = ReadingMode.FromQuery("both", null, hide, Speakers);

        Assert.Equal(expected, mode.HiddenSpeakers);
    }

    [Fact]
    public void HiddenSpeakersFromTheQueryAreTrimmedSortedAndDistinct()
    {
        var mode = ReadingMode.FromQuery("both", null, "Speaker 2, Speaker 0,,Speaker 2", Speakers);

        Assert.Equal(["Speaker 0", "Speaker 2"], mode.HiddenSpeakers);
    }

    [Fact]
    public void ToggleHidesAShownSpeakerKeepingTheListInOrder()
    {
        var mode = ReadingMode.Default with { HiddenSpeakers = ["Speaker 0", "Speaker 2"] };

        var toggled = mode.Toggle("Speaker 1");

        Assert.Equal(["Speaker 0", "Speaker 1", "Speaker 2"], toggled.HiddenSpeakers);
    }

    [Fact]
    public void ToggleShowsAHiddenSpeakerKeepingTheListInOrder()
    {
        var mode = ReadingMode.Default with { HiddenSpeakers = ["Speaker 0", "Speaker 1", "Speaker 2"] };

        var toggled = mode.Toggle("Speaker 1");

        Assert.Equal(["Speaker 0", "Speaker 2"], toggled.HiddenSpeakers);
    }

    [Fact]
    public void ToggleLeavesTheOriginalModeAsItWas()
    {
        var mode = ReadingMode.Default with { HiddenSpeakers = ["Speaker 0"] };

        mode.Toggle("Speaker 1");

        Assert.Equal(["Speaker 0"], mode.HiddenSpeakers);
    }

    [Fact]
    public void ToggleTwiceRestoresTheMode()
    {
        var mode = ReadingMode.FromQuery("zh", "1", "Speaker 2", Speakers);

        var twice = mode.Toggle("Speaker 0").Toggle("Speaker 0");

        Assert.Equal(mode.HiddenSpeakers, twice.HiddenSpeakers);
        Assert.Equal(mode.HiddenAttribute, twice.HiddenAttribute);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Speaker 1" }, "Speaker 1")]
    [InlineData(new[] { "Speaker 0", "Speaker 1" }, "Speaker 0,Speaker 1")]
    public void TheHiddenAttributeJoinsLabelsWithCommas(string[] hidden, string expected)
    {
        var mode = ReadingMode.Default with { HiddenSpeakers = hidden };

        var attribute = mode.HiddenAttribute;

        Assert.Equal(expected, attribute);
    }

    [Theory]
    [InlineData("both", true, false)]
    [InlineData("both", false, false)]
    [InlineData("zh", true, true)]
    [InlineData("en", true, true)]
    [InlineData("zh", false, false)]
    public void LearningNeedsOneLanguage(string language, bool learning, bool expected)
    {
        var mode = new ReadingMode(language, learning, []);

        var isLearning = mode.IsLearning;

        Assert.Equal(expected, isLearning);
    }

    [Fact]
    public void TheDefaultQueryHasOnlyTheLanguage()
    {
        var query = ReadingMode.Default.Query;

        Assert.Equal("both", query["lang"]);
        Assert.Null(query["learn"]);
        Assert.Null(query["hide"]);
    }

    [Fact]
    public void TheQueryCarriesLearningAndHiddenSpeakers()
    {
        var mode = new ReadingMode("en", true, ["Speaker 0", "Speaker 1"]);

        var query = mode.Query;

        Assert.Equal("en", query["lang"]);
        Assert.Equal("1", query["learn"]);
        Assert.Equal("Speaker 0,Speaker 1", query["hide"]);
    }

    [Fact]
    public void TheQueryRoundTrips()
    {
        var mode = new ReadingMode("zh", true, ["Speaker 0", "Speaker 2"]);

        var query = mode.Query;
        var read = ReadingMode.FromQuery((string?)query["lang"], (string?)query["learn"], (string?)query["hide"], Speakers);

        Assert.Equal(mode.Language, read.Language);
        Assert.Equal(mode.Learning, read.Learning);
        Assert.Equal(mode.HiddenSpeakers, read.HiddenSpeakers);
    }
}
