namespace Reader.Transcripts.Formats;

/// <summary>
/// Pairs the cues of a Chinese and an English subtitle track by time. Two tracks rarely cut a sentence at the
/// same places, so a cue may match one cue of the other side or two consecutive ones (their texts joined), and
/// a cue with nothing at its time in the other track stays alone. A match scores its overlap over the longer
/// side's duration (a side of two cues spans from the first's start to the second's end); the pairing is the
/// in-order one with the highest total score, found by a dynamic programme.
/// <para>
/// The programme only visits states (Chinese cues done, English cues done) whose tracks are near the same
/// time, a band a few cues wide around the diagonal of time, so it takes time linear in the cues (plus sorting),
/// not the product of the two counts: a three-hour episode has some 3,000 cues a side.
/// </para>
/// </summary>
public static class CuePairing
{
    // Below this a shared moment is jitter between neighbours, not the same words.
    public const double MinScore = 0.2;

    // How far apart in time the two tracks may run and still be paired.
    private const double SlackSeconds = 2;

    // The widest band row: only a pathological file (one cue over hundreds) reaches it, and then cues past it stay unpaired.
    private const int MaxBandWidth = 64;

    private enum Move : byte { None, SkipZh, SkipEn, OneOne, TwoZhOneEn, OneZhTwoEn }

    /// <summary>Time overlap over the longer duration, 0 to 1; two instants at the same moment score 1.</summary>
    public static double Score(double startA, double endA, double startB, double endB)
    {
        var overlap = Math.Min(endA, endB) - Math.Max(startA, startB);
        var longer = Math.Max(endA - startA, endB - startB);
        return longer <= 0 ? (overlap >= 0 ? 1 : 0) : Math.Max(0, overlap) / longer;
    }

    /// <returns>The pairs in time order; every cue of both sides in exactly one.</returns>
    public static IReadOnlyList<CuePair> Pair(IReadOnlyList<SubtitleCue> zh, IReadOnlyList<SubtitleCue> en)
    {
        var a = zh.OrderBy(c => c.StartSeconds).ToArray();
        var b = en.OrderBy(c => c.StartSeconds).ToArray();
        var (lo, hi) = Band(a, b);

        // Row i holds the states with i Chinese cues done, j English cues done for j in lo[i]..hi[i].
        var offsets = new int[a.Length + 2];
        for (var i = 0; i <= a.Length; i++)
            offsets[i + 1] = offsets[i] + hi[i] - lo[i] + 1;
        var best = new double[offsets[^1]];
        var moves = new Move[offsets[^1]];
        int At(int i, int j) => i < 0 || j < lo[i] || j > hi[i] ? -1 : offsets[i] + j - lo[i];

        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = lo[i]; j <= hi[i]; j++)
            {
                var here = At(i, j);
                if (i == 0 && j == 0)
                    continue;
                var (score, move) = (double.NegativeInfinity, Move.None);
                // Ties go to the first move considered, so the pairing is the same on every run.
                void Consider(int from, double gain, Move candidate)
                {
                    var reached = from == 0 || from > 0 && moves[from] != Move.None;
                    if (reached && best[from] + gain > score)
                        (score, move) = (best[from] + gain, candidate);
                }
                if (i >= 1 && j >= 1)
                    Consider(At(i - 1, j - 1), Match(a, i - 1, i, b, j - 1, j), Move.OneOne);
                if (i >= 2 && j >= 1)
                    Consider(At(i - 2, j - 1), Match(a, i - 2, i, b, j - 1, j), Move.TwoZhOneEn);
                if (i >= 1 && j >= 2)
                    Consider(At(i - 1, j - 2), Match(a, i - 1, i, b, j - 2, j), Move.OneZhTwoEn);
                if (i >= 1)
                    Consider(At(i - 1, j), 0, Move.SkipZh);
                if (j >= 1)
                    Consider(At(i, j - 1), 0, Move.SkipEn);
                (best[here], moves[here]) = (score, move);
            }
        }

        return Trace(a, b, moves, At);
    }

    /// <summary>
    /// For each count of Chinese cues done, the counts of English cues that may be done with them: at least every
    /// English cue over before the last Chinese cue done started, at most those starting before the next one ends.
    /// Both bounds never decrease, and each row reaches the next, so the last state is always reached.
    /// </summary>
    private static (int[] Lo, int[] Hi) Band(SubtitleCue[] a, SubtitleCue[] b)
    {
        var (n, m) = (a.Length, b.Length);
        var (lo, hi) = (new int[n + 1], new int[n + 1]);
        var (over, started) = (0, 0);
        var (endedB, endedA) = (double.MinValue, double.MinValue);
        for (var i = 0; i <= n; i++)
        {
            if (i > 0)
            {
                // Ends need not increase with starts (cues overlap): "over" counts a prefix whose latest end is before the time.
                while (over < m && Math.Max(endedB, b[over].EndSeconds) <= a[i - 1].StartSeconds - SlackSeconds)
                    endedB = Math.Max(endedB, b[over++].EndSeconds);
            }
            if (i < n)
            {
                endedA = Math.Max(endedA, a[i].EndSeconds);
                while (started < m && b[started].StartSeconds < endedA + SlackSeconds)
                    started++;
            }
            lo[i] = over;
            hi[i] = i == n ? m : Math.Min(started, over + MaxBandWidth);
            if (i > 0)
            {
                lo[i] = Math.Min(lo[i], hi[i - 1]);
                hi[i] = Math.Max(hi[i], hi[i - 1]);
            }
        }
        return (lo, hi);
    }

    /// <summary>The score of matching a[aFrom..aTo) with b[bFrom..bTo), or -∞ where they are not a match: too little shared, or a cue of a merge that shares nothing.</summary>
    private static double Match(SubtitleCue[] a, int aFrom, int aTo, SubtitleCue[] b, int bFrom, int bTo)
    {
        var (aStart, aEnd) = Span(a, aFrom, aTo);
        var (bStart, bEnd) = Span(b, bFrom, bTo);
        for (var k = aFrom; k < aTo && aTo - aFrom > 1; k++)
        {
            if (Score(a[k].StartSeconds, a[k].EndSeconds, bStart, bEnd) <= 0)
                return double.NegativeInfinity;
        }
        for (var k = bFrom; k < bTo && bTo - bFrom > 1; k++)
        {
            if (Score(aStart, aEnd, b[k].StartSeconds, b[k].EndSeconds) <= 0)
                return double.NegativeInfinity;
        }
        var score = Score(aStart, aEnd, bStart, bEnd);
        return score >= MinScore ? score : double.NegativeInfinity;
    }

    private static (double Start, double End) Span(SubtitleCue[] cues, int from, int to)
    {
        var end = cues[from].EndSeconds;
        for (var k = from + 1; k < to; k++)
            end = Math.Max(end, cues[k].EndSeconds);
        return (cues[from].StartSeconds, end);
    }

    private static List<CuePair> Trace(SubtitleCue[] a, SubtitleCue[] b, Move[] moves, Func<int, int, int> at)
    {
        var pairs = new List<CuePair>();
        var (i, j) = (a.Length, b.Length);
        while (i > 0 || j > 0)
        {
            var (zh, en) = moves[at(i, j)] switch
            {
                Move.SkipZh => (1, 0),
                Move.SkipEn => (0, 1),
                Move.OneOne => (1, 1),
                Move.TwoZhOneEn => (2, 1),
                Move.OneZhTwoEn => (1, 2),
                _ => throw new InvalidOperationException($"No way into state ({i}, {j})."),
            };
            pairs.Add(new CuePair(a[(i - zh)..i], b[(j - en)..j]));
            (i, j) = (i - zh, j - en);
        }
        pairs.Reverse();
        return pairs;
    }
}
