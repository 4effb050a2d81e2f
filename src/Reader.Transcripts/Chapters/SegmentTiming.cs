namespace Reader.Transcripts.Chapters;

/// <summary>
/// Estimated start times: exact at every anchor (each chapter's first segment, each pin), in between spread by
/// how long each segment takes to say, after the last anchor continued at the pace between the first and the
/// last anchor. Never decreasing. <c>segment-timing.js</c> computes the same from the numbers of <c>timing.json</c>.
/// </summary>
public static class SegmentTiming
{
    /// <param name="firstSegments">The 1-based first segment of each chapter, as <see cref="ChapterPlacement.Place"/> returns.</param>
    /// <returns>The start of each segment in whole seconds, and one more entry: when the last one ends.</returns>
    public static int[] Estimate(IReadOnlyList<ChapterMark> chapters, IReadOnlyList<int> firstSegments, IReadOnlyList<Utterance> utterances)
    {
        var anchors = chapters.Select((c, k) => new TimingAnchor(firstSegments[k], c.StartSeconds, AnchorKind.Chapter)).ToList();
        return Floor(Starts(Speech(utterances), anchors));
    }

    /// <summary>The starts in whole seconds, as segments and the exports carry them.</summary>
    public static int[] Floor(double[] starts) => [.. starts.Select(s => (int)Math.Floor(s))];

    /// <summary>The speech before each segment, in weight units: entry i is before segment i + 1, the last is the whole.</summary>
    public static double[] Speech(IReadOnlyList<Utterance> utterances)
    {
        var speech = new double[utterances.Count + 1];
        for (var i = 0; i < utterances.Count; i++)
            speech[i + 1] = speech[i] + SpokenText.Weight(utterances[i]);
        return speech;
    }

    /// <param name="speech">As <see cref="Speech"/> gives it.</param>
    /// <param name="anchors">By segment, as <see cref="TimingAnchors"/> makes them.</param>
    /// <returns>The start of each segment in seconds, and when the last one ends; all 0 without anchors.</returns>
    public static double[] Starts(IReadOnlyList<double> speech, IReadOnlyList<TimingAnchor> anchors) =>
        Starts(speech, anchors, AverageRate(speech, anchors));

    public static double[] Starts(IReadOnlyList<double> speech, IReadOnlyList<TimingAnchor> anchors, double rate)
    {
        var starts = new double[speech.Count];
        if (anchors.Count == 0)
            return starts;

        var k = 0;
        for (var i = 0; i < speech.Count; i++)
        {
            while (k + 1 < anchors.Count && anchors[k + 1].Segment - 1 <= i)
                k++;
            var (segment, start) = (anchors[k].Segment - 1, anchors[k].Seconds);
            var spoken = speech[i] - speech[segment];
            double estimate;
            if (k + 1 < anchors.Count)
            {
                var (nextSegment, nextStart) = (anchors[k + 1].Segment - 1, anchors[k + 1].Seconds);
                // Never past the next anchor, even by a rounding error, so that every anchor is met exactly.
                estimate = Math.Min(nextStart, start + spoken / (speech[nextSegment] - speech[segment]) * (nextStart - start));
            }
            else
            {
                estimate = start + spoken / rate;
            }
            starts[i] = Math.Max(i > 0 ? starts[i - 1] : 0, estimate);
        }
        return starts;
    }

    /// <summary>Weight units per second between the first and last anchor, or a typical pace when they are at one time.</summary>
    public static double AverageRate(IReadOnlyList<double> speech, IReadOnlyList<TimingAnchor> anchors)
    {
        if (anchors.Count == 0)
            return SpokenText.TypicalRate;
        var (first, last) = (anchors[0], anchors[^1]);
        var seconds = last.Seconds - first.Seconds;
        return seconds > 0 ? (speech[last.Segment - 1] - speech[first.Segment - 1]) / seconds : SpokenText.TypicalRate;
    }
}
