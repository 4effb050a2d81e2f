using System.Diagnostics;
using Reader.Transcripts.Formats;

namespace Reader.Transcripts.Tests.Formats;

public sealed class CuePairingTests
{
    private static SubtitleCue Cue(int number, double start, double end, string text = "x") => new(number, start, end, [text], null, number);

    private static (int[] Zh, int[] En)[] Numbers(IEnumerable<CuePair> pairs) =>
        [.. pairs.Select(p => (p.Zh.Select(c => c.Number).ToArray(), p.En.Select(c => c.Number).ToArray()))];

    [Theory]
    [InlineData(0, 2, 0, 2, 1.0)]
    [InlineData(0, 2, 1, 3, 0.5)]
    [InlineData(0, 4, 1, 2, 0.25)]
    [InlineData(0, 1, 2, 3, 0.0)]
    [InlineData(0, 1, 1, 2, 0.0)]
    public void ScoreIsTheOverlapOverTheLongerCue(double startA, double endA, double startB, double endB, double score)
    {
        var scored = CuePairing.Score(startA, endA, startB, endB);

        Assert.Equal(score, scored, 6);
    }

    [Fact]
    public void CuesAtTheSameTimesPairOneToOne()
    {
        var pairs = CuePairing.Pair([Cue(1, 0, 2), Cue(2, 2, 4)], [Cue(1, 0.1, 2.1), Cue(2, 2.1, 3.9)]);

        Assert.Equal([([1], [1]), ([2], [2])], Numbers(pairs));
    }

    [Fact]
    public void ChineseCueOverTwoEnglishCuesTakesBoth()
    {
        var pairs = CuePairing.Pair([Cue(1, 0, 4), Cue(2, 4, 6)], [Cue(1, 0, 2), Cue(2, 2, 4), Cue(3, 4, 6)]);

        Assert.Equal([([1], [1, 2]), ([2], [3])], Numbers(pairs));
    }

    [Fact]
    public void TwoChineseCuesOverOneEnglishCueGoTogether()
    {
        var pairs = CuePairing.Pair([Cue(1, 0, 1.5), Cue(2, 1.5, 4)], [Cue(1, 0, 4)]);

        Assert.Equal([([1, 2], [1])], Numbers(pairs));
    }

    [Fact]
    public void CueWithNothingAtItsTimeStaysAlone()
    {
        var pairs = CuePairing.Pair([Cue(1, 0, 2), Cue(2, 3, 4), Cue(3, 5, 7)], [Cue(1, 0, 2), Cue(2, 5, 7), Cue(3, 8, 9)]);

        Assert.Equal([([1], [1]), ([2], []), ([3], [2]), ([], [3])], Numbers(pairs));
    }

    [Fact]
    public void NeighbourTouchedByJitterIsNotTakenIntoAMatch()
    {
        // The second English cue starts 0.05 s before the first Chinese cue ends; it is the second Chinese cue's.
        var pairs = CuePairing.Pair([Cue(1, 0, 3), Cue(2, 3, 6)], [Cue(1, 0, 2.95), Cue(2, 2.95, 6)]);

        Assert.Equal([([1], [1]), ([2], [2])], Numbers(pairs));
    }

    [Fact]
    public void SplitSentencePairIsPairedAsAReaderWould()
    {
        var zh = SrtParser.Parse(SplitSentencePair.ZhFile, SplitSentencePair.ZhSrt).Cues;
        var en = SrtParser.Parse(SplitSentencePair.EnFile, SplitSentencePair.EnSrt).Cues;

        var pairs = Numbers(CuePairing.Pair(zh, en));

        // Accuracy: the expected groups the pairing reproduces exactly, of all expected groups. Measured 21 of 21 (100%).
        var expected = SplitSentencePair.Expected.Select(g => (string.Join(',', g.Zh), string.Join(',', g.En))).ToHashSet();
        var found = pairs.Count(g => expected.Contains((string.Join(',', g.Zh), string.Join(',', g.En))));
        var accuracy = (double)found / SplitSentencePair.Expected.Length;
        Assert.True(accuracy >= 0.95, $"pairing accuracy {accuracy:P0} ({found} of {SplitSentencePair.Expected.Length} groups)");
        Assert.Equal(SplitSentencePair.Expected.Length, pairs.Length);
    }

    [Fact]
    public void EveryCueIsInExactlyOnePair()
    {
        var zh = SrtParser.Parse(SplitSentencePair.ZhFile, SplitSentencePair.ZhSrt).Cues;
        var en = SrtParser.Parse(SplitSentencePair.EnFile, SplitSentencePair.EnSrt).Cues;

        var pairs = CuePairing.Pair(zh, en);

        Assert.Equal(zh.Select(c => c.Number), pairs.SelectMany(p => p.Zh).Select(c => c.Number));
        Assert.Equal(en.Select(c => c.Number), pairs.SelectMany(p => p.En).Select(c => c.Number));
    }

    [Fact]
    public void PairingIsTheSameOnEveryRun()
    {
        var zh = SrtParser.Parse(SplitSentencePair.ZhFile, SplitSentencePair.ZhSrt).Cues;
        var en = SrtParser.Parse(SplitSentencePair.EnFile, SplitSentencePair.EnSrt).Cues;

        var first = Numbers(CuePairing.Pair(zh, en));
        var second = Numbers(CuePairing.Pair([.. zh.Reverse()], [.. en.Reverse()]));

        Assert.Equal(first.Select(p => (string.Join(',', p.Zh), string.Join(',', p.En))), second.Select(p => (string.Join(',', p.Zh), string.Join(',', p.En))));
    }

    [Fact]
    public void PairStartsAtTheEarlierCueAndEndsAtTheLater()
    {
        var pair = Assert.Single(CuePairing.Pair([Cue(1, 1, 3)], [Cue(1, 0.5, 2), Cue(2, 2, 3.5)]));

        Assert.Equal((0.5, 3.5), (pair.StartSeconds, pair.EndSeconds));
    }

    [Fact]
    public void TenThousandCuesASidePairInLinearTime()
    {
        // A quadratic pairing would visit 10⁸ states here; the band visits a few per cue. A generous bound, so load cannot fail it.
        var zh = Enumerable.Range(0, 10_000).Select(i => Cue(i + 1, i * 3.0, i * 3.0 + 2.9)).ToList();
        var en = Enumerable.Range(0, 10_000).Select(i => Cue(i + 1, i * 3.0 + 0.1, i * 3.0 + 3.0)).ToList();

        var clock = Stopwatch.StartNew();
        var pairs = CuePairing.Pair(zh, en);

        Assert.Equal(10_000, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(p.Zh[0].Number, Assert.Single(p.En).Number));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
