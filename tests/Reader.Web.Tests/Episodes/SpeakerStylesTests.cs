using AngleSharp.Html.Parser;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class SpeakerStylesTests
{
    private static readonly string[] Labels = ["Speaker 0", "Speaker 1", "Speaker 2", "Speaker 10", "Speaker 11", "Speaker 12"];

    [Theory]
    [InlineData("Speaker 1")]
    [InlineData("Speaker 0,Speaker 1")]
    [InlineData("Speaker 1,Speaker 2")]
    [InlineData("Speaker 0,Speaker 1,Speaker 2")]
    [InlineData("Speaker 1,Speaker 11")]
    [InlineData("Speaker 10,Speaker 1,Speaker 12")]
    public void ASpeakerInTheHiddenListIsHidden(string hidden)
    {
        var selectors = RuleFor(SpeakerStyles.For(Labels), "Speaker 1");

        var matches = Hides(selectors, hidden, "Speaker 1");

        Assert.True(matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Speaker 11")]
    [InlineData("Speaker 10,Speaker 12")]
    [InlineData("Speaker 0,Speaker 2")]
    [InlineData("Speaker 10")]
    [InlineData("Speaker 0,Speaker 11,Speaker 12")]
    [InlineData("speaker 1")]
    public void ASpeakerNotInTheHiddenListIsShown(string hidden)
    {
        var selectors = RuleFor(SpeakerStyles.For(Labels), "Speaker 1");

        var matches = Hides(selectors, hidden, "Speaker 1");

        Assert.False(matches);
    }

    [Theory]
    [InlineData("Speaker 1", "Speaker 0", false)]
    [InlineData("Speaker 1", "Speaker 11", false)]
    [InlineData("Speaker 11", "Speaker 11", true)]
    [InlineData("Speaker 1,Speaker 11", "Speaker 11", true)]
    [InlineData("Speaker 1,Speaker 12", "Speaker 11", false)]
    public void ARuleHidesOnlyItsOwnSpeaker(string hidden, string label, bool expected)
    {
        var selectors = RuleFor(SpeakerStyles.For(Labels), label);

        var matches = Hides(selectors, hidden, label);

        Assert.Equal(expected, matches);
    }

    [Fact]
    public void EachLabelHasOneRule()
    {
        var css = SpeakerStyles.For(Labels);

        var rules = css.Split('}', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(Labels.Length, rules.Length);
        Assert.All(rules, rule => Assert.EndsWith("{ display: none;", rule));
    }

    [Theory]
    [InlineData("Guest \"A\"")]
    [InlineData("Back\\slash")]
    public void ALabelWithQuotesOrBackslashesIsMatchedExactly(string label)
    {
        var selectors = RuleFor(SpeakerStyles.For([label, "Speaker 0"]), label);

        var matches = Hides(selectors, $"Speaker 0,{label}", label);

        Assert.True(matches);
    }

    /// <summary>The selectors of the rule that hides <paramref name="label"/>.</summary>
    private static string[] RuleFor(string css, string label)
    {
        var speaker = $"[data-speaker=\"{label.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]";
        var rule = css.Split("}\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r[..r.IndexOf('{')].Trim().Split(",\n"))
            .Single(selectors => selectors.All(s => s.EndsWith(speaker, StringComparison.Ordinal)));
        return rule;
    }

    /// <summary>Whether any of the selectors matches a row of <paramref name="label"/> inside a transcript hiding <paramref name="hidden"/>.</summary>
    private static bool Hides(IEnumerable<string> selectors, string hidden, string label)
    {
        var document = new HtmlParser().ParseDocument("<div class=\"transcript\"><div class=\"segment\"></div></div>");
        document.QuerySelector(".transcript")!.SetAttribute("data-hidden-speakers", hidden);
        var row = document.QuerySelector(".segment")!;
        row.SetAttribute("data-speaker", label);
        return selectors.Any(selector => document.QuerySelector(selector) == row);
    }
}
