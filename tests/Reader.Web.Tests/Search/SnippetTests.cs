using Reader.Storage.Search;
using Reader.Web.Search;

namespace Reader.Web.Tests.Search;

public sealed class SnippetTests
{
    // "w00 w01 … w99": word k starts at 4k, so where a window falls can be worked out by hand.
    private static readonly string Numbered = string.Join(' ', Enumerable.Range(0, 100).Select(k => $"w{k:00}"));

    [Theory]
    [InlineData("The vibes of the model are good.", "model", "The vibes of the [model] are good.")]
    [InlineData("这个模型的氛围很好。", "模型", "这个[模型]的氛围很好。")]
    [InlineData("The vibes of the model are good.", "the", "[The] vibes of [the] model are good.")]
    [InlineData("Like benchmarks and model development is always hand in hand.", "bench model", "Like [benchmarks] and [model] development is always hand in hand.")]
    public void AShortLineIsKeptWholeWithItsHitsMarked(string text, string query, string expected)
    {
        var parts = Snippet.Of(text, SearchQuery.Parse(query).FindIn(text));

        Assert.Equal(expected, Show(parts));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void ALineWithoutHitsIsOnePlainPart()
    {
        var parts = Snippet.Of("Reception seems super positive.", []);

        var part = Assert.Single(parts);
        Assert.Equal(new SnippetPart("Reception seems super positive.", false), part);
    }

    [Fact]
    public void ALongLineIsCutAroundItsFirstHitAtWordBoundaries()
    {
        // The window would run 150..330; both ends fall inside a word (w37, w82) and move to the next space in.
        var parts = Snippet.Of(Numbered, [new TextRange(200, 3)]);

        Assert.Equal("…" + Words(38, 49) + " [w50] " + Words(51, 81) + "…", Show(parts));
        Assert.Equal(new SnippetPart("…", false), parts[0]);
        Assert.Equal(new SnippetPart("…", false), parts[^1]);
    }

    [Fact]
    public void ACutLineKeepsNoMoreThanTheMaximumLength()
    {
        var parts = Snippet.Of(Numbered, [new TextRange(200, 3)]);

        var kept = parts.Where(p => p.Text != "…").Sum(p => p.Text.Length);
        Assert.InRange(kept, Snippet.MaxLength - 30, Snippet.MaxLength);
    }

    [Fact]
    public void ARealLongLineStartsAndEndsOnWholeWords()
    {
        const string line = "And, like, like, how actually, how in a world where there's, like, a zillion benchmarks now actually of, "
            + "you know, you could choose where you wanna hill climb, how are you thinking about for just, like, broadly Gemini, "
            + "but also maybe the pro model specifically?";
        var parts = Snippet.Of(line, SearchQuery.Parse("\"hill climb\"").FindIn(line));

        // 261 characters: the window is the last 180, which would start inside "benchmarks".
        Assert.Equal("…now actually of, you know, you could choose where you wanna [hill climb], "
            + "how are you thinking about for just, like, broadly Gemini, but also maybe the pro model specifically?", Show(parts));
    }

    [Fact]
    public void AHitNearTheStartNeedsNoLeadingEllipsis()
    {
        var parts = Snippet.Of(Numbered, [new TextRange(8, 3)]);

        Assert.StartsWith("w00 w01 [w02] w03", Show(parts));
        Assert.Equal("…", parts[^1].Text);
    }

    [Fact]
    public void AHitNearTheEndShowsTheLastWordsWithoutTrailingEllipsis()
    {
        var parts = Snippet.Of(Numbered, [new TextRange(392, 3)]);

        Assert.Equal("…", parts[0].Text);
        Assert.EndsWith("w97 [w98] w99", Show(parts));
    }

    [Fact]
    public void ALongLineWithoutHitsIsCutAtTheEndOnly()
    {
        var parts = Snippet.Of(Numbered, []);

        // 180 falls inside w45 (180..182): the window ends at the space before it.
        Assert.Equal(Words(0, 44) + "…", Show(parts));
    }

    [Fact]
    public void AHitRunningPastTheWindowIsMarkedUpToTheCut()
    {
        // The window ends after w81 (at 327); the second hit runs from w80 to w84.
        var parts = Snippet.Of(Numbered, [new TextRange(200, 3), new TextRange(320, 19)]);

        Assert.EndsWith(" w79 [w80 w81]…", Show(parts));
        Assert.Equal(new SnippetPart("w80 w81", true), parts[^2]);
    }

    [Fact]
    public void HitsPastTheWindowAreLeftOut()
    {
        var parts = Snippet.Of(Numbered, [new TextRange(200, 3), new TextRange(380, 3)]);

        Assert.Single(parts, p => p.IsHit);
    }

    [Fact]
    public void ChineseWithoutSpacesIsCutAtTheExactCharacter()
    {
        var text = new string('的', 150) + "模型" + new string('的', 150);

        var parts = Snippet.Of(text, [new TextRange(150, 2)]);

        Assert.Equal(["…", new string('的', 50), "模型", new string('的', 128), "…"], parts.Select(p => p.Text));
    }

    [Fact]
    public void AWindowNeverSplitsACharacterOutsideTheBasicPlane()
    {
        // "ab " then 100 × U+20000 (two UTF-16 units each, starting at odd indexes): the window would end at 180, between the two halves of one.
        var text = "ab " + string.Concat(Enumerable.Repeat("\U00020000", 100));

        var parts = Snippet.Of(text, [new TextRange(0, 2)]);

        Assert.All(parts, part => Assert.False(
            char.IsHighSurrogate(part.Text[^1]) || char.IsLowSurrogate(part.Text[0]),
            $"a part starts or ends with half a character: {part.Text.Length} units"));
    }

    /// <summary>The parts as one string, hits in brackets.</summary>
    private static string Show(IEnumerable<SnippetPart> parts) =>
        string.Concat(parts.Select(p => p.IsHit ? $"[{p.Text}]" : p.Text));

    private static string Words(int first, int last) =>
        string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => $"w{k:00}"));
}
