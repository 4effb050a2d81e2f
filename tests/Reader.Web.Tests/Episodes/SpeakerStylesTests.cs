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
    public void EachLabelHasARuleForItsTurnsAndOneForTheirMarkers()
    {
        var css = SpeakerStyles.For(Labels);

        var rules = css.Split('}', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(Labels.Length * 2, rules.Length);
        Assert.Equal(Labels.Length, rules.Count(rule => rule.EndsWith("{ display: none;", StringComparison.Ordinal)));
        Assert.Equal(Labels.Length, rules.Count(rule => rule.EndsWith("{ display: flex;", StringComparison.Ordinal)));
    }

    [Fact]
    public void AHiddenSpeakersTurnShownByItsMarkerStaysShown()
    {
        var selectors = RuleFor(SpeakerStyles.For(Labels), "Speaker 1");

        var matches = Hides(selectors, "Speaker 1", "Speaker 1", revealed: true);

        Assert.False(matches);
    }

    [Theory]
    [InlineData("Speaker 1", true)]
    [InlineData("Speaker 0,Speaker 1", true)]
    [InlineData("Speaker 11", false)]
    [InlineData("", false)]
    public void AMarkerStandsInForATurnOnlyWhileItsSpeakerIsHidden(string hidden, bool shown)
    {
        var css = SpeakerStyles.For(Labels);
        var markerRule = css.Split("}\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r[..r.IndexOf('{')].Trim().Split(",\n"))
            .Single(selectors => selectors.All(s => s.EndsWith("[data-marker-for=\"Speaker 1\"]", StringComparison.Ordinal)));
        var document = new HtmlParser().ParseDocument("<div class=\"transcript\"><button data-hidden-turn data-marker-for=\"Speaker 1\"></button></div>");
        document.QuerySelector(".transcript")!.SetAttribute("data-hidden-speakers", hidden);

        var matches = markerRule.Any(selector => document.QuerySelector(selector) is not null);

        Assert.Equal(shown, matches);
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

    /// <summary>The selectors of the rule that hides <paramref name="label"/>'s turns.</summary>
    private static string[] RuleFor(string css, string label)
    {
        var speaker = $".turn[data-speaker=\"{label.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]:not([data-revealed])";
        var rule = css.Split("}\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r[..r.IndexOf('{')].Trim().Split(",\n"))
            .Single(selectors => selectors.All(s => s.EndsWith(speaker, StringComparison.Ordinal)));
        return rule;
    }

    /// <summary>Whether any of the selectors matches a turn of <paramref name="label"/> inside a transcript hiding <paramref name="hidden"/>.</summary>
    private static bool Hides(IEnumerable<string> selectors, string hidden, string label, bool revealed = false)
    {
        var document = new HtmlParser().ParseDocument("<div class=\"transcript\"><div class=\"turn\"></div></div>");
        document.QuerySelector(".transcript")!.SetAttribute("data-hidden-speakers", hidden);
        var turn = document.QuerySelector(".turn")!;
        turn.SetAttribute("data-speaker", label);
        if (revealed)
            turn.SetAttribute("data-revealed", "");
        return selectors.Any(selector => document.QuerySelector(selector) == turn);
    }
}
