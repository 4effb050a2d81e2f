using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Exports;

/// <summary>
/// Where exports get their times: chooses what an export holds (<see cref="ExportedSegment"/>, grouped as
/// <see cref="ExportedTurn"/> and <see cref="ExportedChapter"/>) and when each piece is said. Estimated times are whole seconds and several
/// segments can share one, so those are spread evenly across it: cue times then strictly increase and never
/// overlap, and each cue ends where the next begins.
/// </summary>
public static class ExportPlan
{
    // A cue needs some length to be read; the last one gets this when the episode's end is not known.
    private const double LastCueSeconds = 4;

    public static IReadOnlyList<ExportedSegment> Of(Transcript transcript, ExportOptions options)
    {
        var names = transcript.Speakers.ToDictionary(s => s.Label, s => s.Name);
        if (transcript.Timed)
            return Timed(transcript, options, names);
        var starts = SpreadStarts(transcript.Segments);
        var end = Math.Max(transcript.Episode.DurationSeconds ?? 0, starts.Count > 0 ? starts[^1] + LastCueSeconds : 0);

        var shown = new List<(Segment Segment, double Start, IReadOnlyList<string> Lines)>();
        for (var i = 0; i < transcript.Segments.Count; i++)
        {
            var lines = options.LinesOf(transcript.Segments[i]);
            if (lines.Count > 0)
                shown.Add((transcript.Segments[i], starts[i], lines));
        }

        return shown.Select((s, i) => new ExportedSegment(
            s.Segment,
            names.GetValueOrDefault(s.Segment.Speaker, s.Segment.Speaker),
            s.Lines,
            s.Start,
            i + 1 < shown.Count ? shown[i + 1].Start : Math.Max(end, s.Start + 1))).ToList();
    }

    /// <summary>
    /// A timed source keeps its own cue times: each segment from its start (a pin's, where one moved it) to its
    /// end (moved with it), overlaps and gaps as the source has them.
    /// </summary>
    private static IReadOnlyList<ExportedSegment> Timed(Transcript transcript, ExportOptions options, Dictionary<string, string> names)
    {
        var segments = transcript.Segments;
        var starts = SegmentTiming.Starts(SegmentTiming.Speech([.. segments.Select(s => new Utterance(s.Speaker, s.Zh, s.En))]), TimingAnchors.Of(transcript));
        var exported = new List<ExportedSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var lines = options.LinesOf(segments[i]);
            if (lines.Count == 0)
                continue;
            var (start, cueStart, cueEnd) = (starts[i], segments[i].StartSeconds!.Value, segments[i].EndSeconds ?? segments[i].StartSeconds!.Value);
            exported.Add(new ExportedSegment(segments[i], names.GetValueOrDefault(segments[i].Speaker, segments[i].Speaker), lines, start,
                Math.Max(start + 0.001, cueEnd + (start - cueStart))));
        }
        return exported;
    }

    /// <summary>The same segments grouped the way documents show them: by chapter, then by turn.</summary>
    public static IReadOnlyList<ExportedChapter> ByChapterAndTurn(Transcript transcript, ExportOptions options)
    {
        var chapters = transcript.Chapters.ToDictionary(c => c.Ordinal);
        return Of(transcript, options)
            .ChunkBy(s => s.Segment.Chapter)
            .Select(chapter => new ExportedChapter(
                chapter[0].Segment.Chapter is { } ordinal ? chapters.GetValueOrDefault(ordinal) : null,
                [.. chapter.ChunkBy(s => s.Segment.Speaker).Select(turn => new ExportedTurn(turn[0].SpeakerName, turn))]))
            .ToList();
    }

    /// <summary>Runs of consecutive items with the same key.</summary>
    private static IEnumerable<List<T>> ChunkBy<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
    {
        var run = new List<T>();
        foreach (var item in items)
        {
            if (run.Count > 0 && !EqualityComparer<TKey>.Default.Equals(key(run[0]), key(item)))
            {
                yield return run;
                run = [];
            }
            run.Add(item);
        }
        if (run.Count > 0)
            yield return run;
    }

    private static List<double> SpreadStarts(IReadOnlyList<Segment> segments)
    {
        if (segments.All(s => s.EstimatedStartSeconds is null))
            return ByLength(segments);

        var starts = new List<double>(segments.Count);
        var i = 0;
        while (i < segments.Count)
        {
            var second = segments[i].EstimatedStartSeconds ?? 0;
            var j = i;
            while (j < segments.Count && (segments[j].EstimatedStartSeconds ?? 0) == second)
                j++;
            // Estimates are whole seconds rounded down, so each of these really starts within this second.
            for (var k = i; k < j; k++)
                starts.Add(second + (double)(k - i) / (j - i));
            i = j;
        }
        return starts;
    }

    /// <summary>Without any estimate to go by, each segment takes as long as its text takes to say.</summary>
    private static List<double> ByLength(IReadOnlyList<Segment> segments)
    {
        var starts = new List<double>(segments.Count);
        double at = 0;
        foreach (var segment in segments)
        {
            starts.Add(at);
            at += SpokenText.Weight(new Utterance(segment.Speaker, segment.Zh, segment.En)) / SpokenText.TypicalRate;
        }
        return starts;
    }
}
