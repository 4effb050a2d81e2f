namespace Reader.Transcripts.Chapters;

/// <summary>A chapter as listed: when it starts in the audio and what it is called.</summary>
public readonly record struct ChapterMark(int StartSeconds, string Title);

/// <summary>
/// Finds the segment where each chapter's topic starts. Segments have no timestamps, and spreading the
/// chapter times over the text by length lands chapters minutes off (speech rate varies by speaker and
/// passage), so the placement weighs the evidence, as a reader skimming for the topic would:
/// <list type="bullet">
/// <item>the title's words (<see cref="TitleTerms"/>) said in a segment and just after it, but not just before;</item>
/// <item>the host opening a turn, or the first long sentence of it, with a question or a cue ("I'm curious",
/// "another thread") rather than an interjection ("Yeah.");</item>
/// <item>time, loosely: the segment's estimated time against the chapter's, and above all the length of
/// text between consecutive chapters against the time between them, so an early misjudged rate does not
/// push every later chapter off.</item>
/// </list>
/// A dynamic programme (Viterbi over the chapters in order) picks the best-scoring segments. The speech rate
/// behind the estimates is first guessed from the text's length, then refitted to the first placement, and
/// the chapters placed again.
/// </summary>
public static class ChapterPlacement
{
    // Segments after a candidate in which the title's words count as "where the topic starts" (less and
    // less further on), and before it in which they count against it.
    private const int TitleAfter = 20;
    private const int TitleBefore = 12;

    // Title words already said just before a candidate count against it half as much as words after count for it.
    private const double TitleBeforeShare = 0.5;

    // The evidence's weights, in the units of the time score (the log of a normal density, 0 at the expected
    // time, -0.5 one deviation off), so each says how many deviations of time it can outweigh. The title's
    // words weigh most: they name the topic.
    private const double TitleWeight = 3.0;
    // The host starting to speak is where a topic most often starts.
    private const double HostOpensTurn = 0.8;
    // The host turning from a reaction ("I love it.") to their first long sentence: the topic's question.
    private const double HostFirstLong = 1.0;
    // The host asking something within their turn: sometimes a new topic, mostly a follow-up.
    private const double HostAsksMidTurn = 0.2;
    // Anywhere else inside a turn, mid-answer or mid-question: a topic rarely starts there.
    private const double MidTurn = -1.0;
    // A guest starting to speak: topics are the host's to open, but a guest sometimes moves on by themself.
    private const double OtherOpensTurn = 0.4;
    // A question or topic cue ("I'm curious", "话题") in the host's segment.
    private const double CueWeight = 0.8;
    // The cue comes a few segments later in the same turn (a set-up, then the question).
    private const double CueAheadWeight = 0.4;
    // How far ahead in the turn a cue still counts for the segment.
    private const int CueAheadSegments = 5;
    // Long segments (up to SpokenText.LongSegment characters) a little over short ones: a topic opens with a sentence.
    private const double LengthWeight = 0.4;

    // How far a chapter's time may be from the text's estimate of it (one deviation): a minute and a half at
    // the start, growing with the time into the episode as an early misjudged rate adds up, at most ten minutes.
    private const double TimeDeviationSeconds = 90;
    private const double TimeDeviationPerSecond = 0.15;
    private const double MaxTimeDeviationSeconds = 600;

    // Candidates are looked for within this many deviations of the expected time; beyond, the time score alone rules them out.
    private const double WindowDeviations = 3;

    // How far the text between two chapters may miss the time between them (one deviation): some seconds for
    // the placement's own grain, plus a share of the gap, since the speech rate drifts over a long chapter.
    private const double GapDeviationSeconds = 20;
    private const double GapDeviationPerSecond = 0.35;

    // The score of a forced placement right after the previous chapter: far below any candidate that fits.
    private const double NoFitPenalty = 100;

    // The best candidates per chapter that the dynamic programme pairs with the previous chapter's.
    private const int CandidatesPerChapter = 40;

    /// <summary>The 1-based index of each chapter's first segment, strictly increasing; the first chapter starts the transcript.</summary>
    public static int[] Place(IReadOnlyList<ChapterMark> chapters, IReadOnlyList<Utterance> utterances, string? hostLabel)
    {
        if (chapters.Count > utterances.Count)
            throw new ArgumentException($"{chapters.Count} chapters cannot start at distinct segments of {utterances.Count}.", nameof(chapters));
        if (chapters.Count == 0)
            return [];

        var text = new SpokenText(utterances);
        var rate = InitialRate(chapters, text);
        var placement = Solve(chapters, text, hostLabel, rate);
        placement = Solve(chapters, text, hostLabel, FitRate(chapters, text, placement) ?? rate);
        return [.. placement.Select(i => i + 1)];
    }

    /// <summary>Weight units per second, supposing the talk after the last chapter lasts as long as an average chapter.</summary>
    private static double InitialRate(IReadOnlyList<ChapterMark> chapters, SpokenText text)
    {
        var last = chapters[^1].StartSeconds;
        if (chapters.Count < 2 || last <= 0)
            return SpokenText.TypicalRate;
        return text.TotalWeight / (last + (double)last / (chapters.Count - 1));
    }

    /// <summary>Weight units per second that best explain the placed chapters' times (least squares through the origin).</summary>
    private static double? FitRate(IReadOnlyList<ChapterMark> chapters, SpokenText text, int[] placement)
    {
        double weightTimesSeconds = 0, secondsSquared = 0;
        for (var k = 0; k < chapters.Count; k++)
        {
            weightTimesSeconds += text.WeightBefore(placement[k]) * chapters[k].StartSeconds;
            secondsSquared += (double)chapters[k].StartSeconds * chapters[k].StartSeconds;
        }
        return secondsSquared > 0 && weightTimesSeconds > 0 ? weightTimesSeconds / secondsSquared : null;
    }

    private sealed record Node(int Segment, double Score, int From);

    private static int[] Solve(IReadOnlyList<ChapterMark> chapters, SpokenText text, string? hostLabel, double rate)
    {
        var layers = new List<Node>[chapters.Count];
        layers[0] = [new Node(0, 0, -1)];

        for (var k = 1; k < chapters.Count; k++)
        {
            var gap = chapters[k].StartSeconds - chapters[k - 1].StartSeconds;
            var gapSigma = GapDeviationSeconds + GapDeviationPerSecond * gap;
            var candidates = Explain(chapters[k], text, hostLabel, rate, minimum: k, maximum: text.Count - (chapters.Count - k))
                .OrderByDescending(c => c.Total).Take(CandidatesPerChapter);

            layers[k] = [];
            foreach (var candidate in candidates)
            {
                Node? best = null;
                for (var p = 0; p < layers[k - 1].Count; p++)
                {
                    var previous = layers[k - 1][p];
                    if (previous.Segment >= candidate.Segment)
                        continue;
                    var spoken = (text.WeightBefore(candidate.Segment) - text.WeightBefore(previous.Segment)) / rate;
                    var miss = (spoken - gap) / gapSigma;
                    var score = previous.Score + candidate.Total - 0.5 * miss * miss;
                    if (best is null || score > best.Score)
                        best = new Node(candidate.Segment, score, p);
                }
                if (best is not null)
                    layers[k].Add(best);
            }

            if (layers[k].Count == 0)
            {
                // Nothing near the expected time fits after the previous chapter: take the segment after it.
                var earliest = layers[k - 1].Select((node, index) => (node, index)).MinBy(x => x.node.Segment);
                layers[k].Add(new Node(earliest.node.Segment + 1, earliest.node.Score - NoFitPenalty, earliest.index));
            }
        }

        var placement = new int[chapters.Count];
        var at = layers[^1].IndexOf(layers[^1].MaxBy(n => n.Score)!);
        for (var k = chapters.Count - 1; k >= 0; k--)
        {
            placement[k] = layers[k][at].Segment;
            at = layers[k][at].From;
        }
        return placement;
    }

    /// <summary>Why a segment is or is not a good start for a chapter; the parts add up to <see cref="Total"/>.</summary>
    internal readonly record struct CandidateScore(int Segment, double Time, double Title, double Structure, double Cue, double Length)
    {
        public double Total => Time + Title + Structure + Cue + Length;
    }

    internal static List<CandidateScore> Explain(ChapterMark chapter, SpokenText text, string? hostLabel, double rate, int minimum, int maximum)
    {
        var sigma = Math.Min(MaxTimeDeviationSeconds, TimeDeviationSeconds + TimeDeviationPerSecond * chapter.StartSeconds);
        // The weights only grow: the first segment in time is found by bisection, not by walking from the start.
        int lo = minimum, hi = maximum;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (text.WeightBefore(mid) / rate < chapter.StartSeconds - WindowDeviations * sigma)
                lo = mid + 1;
            else
                hi = mid;
        }
        var first = lo;
        var last = first;
        while (last < maximum && text.WeightBefore(last + 1) / rate <= chapter.StartSeconds + WindowDeviations * sigma)
            last++;

        var titleScores = TitleScores(chapter.Title, text, first, last);
        var candidates = new List<CandidateScore>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            if (text.IsInterjection(i) && i != last)
                continue;
            var offset = (text.WeightBefore(i) / rate - chapter.StartSeconds) / sigma;
            var isHost = hostLabel is null || text.Speaker(i) == hostLabel;
            candidates.Add(new CandidateScore(
                Segment: i,
                Time: -0.5 * offset * offset,
                Title: TitleWeight * titleScores[i - first],
                Structure: Structure(text, i, isHost),
                // Guests ask too, but a topic is the host's to open.
                Cue: !isHost ? 0 : text.HasTopicCue(i) ? CueWeight : text.TopicCueAhead(i, within: CueAheadSegments) ? CueAheadWeight : 0,
                Length: LengthWeight * Math.Min(1, text.EnglishLength(i) / (double)SpokenText.LongSegment)));
        }
        return candidates;
    }

    /// <summary>
    /// Topics start at turns: where someone starts speaking, or where the host turns from a reaction to a
    /// question. Anywhere else, mid-answer or mid-question, is unlikely.
    /// </summary>
    private static double Structure(SpokenText text, int i, bool isHost)
    {
        var opens = text.OpensTurn(i);
        if (!isHost)
            return opens ? OtherOpensTurn : MidTurn;
        var pivot = text.FirstLongOfTurn(i);
        if (opens || pivot)
            return (opens ? HostOpensTurn : 0) + (pivot ? HostFirstLong : 0);
        return text.HasTopicCue(i) ? HostAsksMidTurn : MidTurn;
    }

    /// <summary>
    /// For each segment of the range, how much of the title is said in it or soon after (up to 1), less half
    /// of how much was already said just before it: a topic starts where its words start. Each term counts by
    /// its rarity in the range.
    /// </summary>
    private static double[] TitleScores(string title, SpokenText text, int first, int last)
    {
        var scores = new double[last - first + 1];
        var from = Math.Max(0, first - TitleBefore);
        var end = Math.Min(text.Count, last + TitleAfter);
        var span = end - from;
        double totalWeight = 0;
        var found = new List<(double Weight, int[] NextAt, int[] PreviousAt)>();

        foreach (var term in TitleTerms.Of(title))
        {
            var occurs = new bool[span];
            var count = 0;
            for (var i = 0; i < span; i++)
            {
                occurs[i] = TitleTerms.Occurs(term, text[from + i]);
                count += occurs[i] ? 1 : 0;
            }
            if (count == 0)
                continue;

            var nextAt = new int[span];
            var previousAt = new int[span];
            for (int i = span - 1, next = int.MaxValue; i >= 0; i--)
                nextAt[i] = next = occurs[i] ? i : next;
            for (int i = 0, previous = int.MinValue; i < span; i++)
            {
                previousAt[i] = previous;
                previous = occurs[i] ? i : previous;
            }

            var weight = Math.Log((span + 1.0) / count);
            found.Add((weight, nextAt, previousAt));
            totalWeight += weight;
        }

        if (totalWeight <= 0)
            return scores;
        for (var i = first; i <= last; i++)
        {
            var at = i - from;
            double after = 0, before = 0;
            foreach (var (weight, nextAt, previousAt) in found)
            {
                var ahead = nextAt[at] == int.MaxValue ? int.MaxValue : nextAt[at] - at;
                if (ahead < TitleAfter)
                    after += weight * (1 - (double)ahead / TitleAfter);
                if (previousAt[at] != int.MinValue && at - previousAt[at] <= TitleBefore)
                    before += weight;
            }
            scores[i - first] = (after - TitleBeforeShare * before) / totalWeight;
        }
        return scores;
    }
}
