namespace Reader.Transcripts.Chapters;

/// <summary>
/// Estimated start times: exact at each chapter's first segment, in between spread by how long each segment
/// takes to say, after the last chapter continued at the episode's own pace. Never decreasing.
/// </summary>
public static class SegmentTiming
{
    /// <param name="firstSegments">The 1-based first segment of each chapter, as <see cref="ChapterPlacement.Place"/> returns.</param>
    /// <returns>The start of each segment in seconds, and one more entry: when the last one ends.</returns>
    public static int[] Estimate(IReadOnlyList<ChapterMark> chapters, IReadOnlyList<int> firstSegments, IReadOnlyList<Utterance> utterances)
    {
        var text = new SpokenText(utterances);
        var seconds = new int[utterances.Count + 1];
        if (chapters.Count == 0)
            return seconds;

        var anchors = chapters.Select((c, k) => (Segment: firstSegments[k] - 1, c.StartSeconds)).ToList();
        var rate = AverageRate(text, anchors);

        var k = 0;
        for (var i = 0; i <= utterances.Count; i++)
        {
            while (k + 1 < anchors.Count && anchors[k + 1].Segment <= i)
                k++;
            var (segment, start) = anchors[k];
            var spoken = text.WeightBefore(i) - text.WeightBefore(segment);
            double estimate;
            if (k + 1 < anchors.Count)
            {
                var (nextSegment, nextStart) = anchors[k + 1];
                estimate = start + spoken / (text.WeightBefore(nextSegment) - text.WeightBefore(segment)) * (nextStart - start);
            }
            else
            {
                estimate = start + spoken / rate;
            }
            seconds[i] = Math.Max(i > 0 ? seconds[i - 1] : 0, (int)Math.Floor(estimate));
        }
        return seconds;
    }

    /// <summary>Weight units per second between the first and last chapter, or a typical pace with one chapter.</summary>
    private static double AverageRate(SpokenText text, List<(int Segment, int StartSeconds)> anchors)
    {
        var (first, last) = (anchors[0], anchors[^1]);
        var seconds = last.StartSeconds - first.StartSeconds;
        return seconds > 0 ? (text.WeightBefore(last.Segment) - text.WeightBefore(first.Segment)) / seconds : SpokenText.TypicalRate;
    }
}
