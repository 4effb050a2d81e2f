using Reader.Transcripts.Chapters;
using Reader.Transcripts.Parsing;

namespace Reader.Transcripts.Formats;

/// <summary>
/// Chapters for a timed source: read from a pasted list (<c>0:00 - 开场 2:00 - Gemini 3发布反响 …</c>, the
/// export's own chapter list syntax) or a WebVTT chapters file, and placed on the segments by time, since
/// every segment has its real start and end.
/// </summary>
public static class ChapterList
{
    /// <summary>The chapters of a list "m:ss - title" or "h:mm:ss - title", on one line or many, in time order; 章节时间点: may head it.</summary>
    public static IReadOnlyList<ChapterMark> Parse(string file, string text)
    {
        SidecarText.CheckSize(file, text, ChapterSidecar.MaxBytes, "a chapter list");
        var lines = SourceText.NonBlankLines(text);
        var cursor = new LineCursor(file, lines);
        return [.. SummaryParser.ParseChapterList(cursor, lines).Select(c => new ChapterMark(c.StartSeconds, c.Title))];
    }

    /// <summary>
    /// Each chapter at the first segment still playing at its time or starting after it (whose end is past the
    /// chapter's start). Chapters land on strictly increasing segments: one that lands where the chapter before
    /// it did moves to the next segment, and one with no segment left is left out with a warning. The first
    /// chapter starts the transcript, since the reader shows every segment within a chapter.
    /// </summary>
    /// <param name="chapters">In time order.</param>
    /// <param name="segmentEnds">Each segment's end, segments in time order of their starts.</param>
    public static IReadOnlyList<Chapter> Place(IReadOnlyList<ChapterMark> chapters, IReadOnlyList<double> segmentEnds, List<ParseWarning> warnings)
    {
        var placed = new List<Chapter>();
        var segment = 0;
        foreach (var chapter in chapters)
        {
            // The chapters come in time order, so a segment that ended before one chapter ended before every later one too.
            while (segment < segmentEnds.Count && segmentEnds[segment] <= chapter.StartSeconds)
                segment++;
            var first = placed.Count == 0 ? 1 : Math.Max(segment + 1, placed[^1].FirstSegment + 1);
            if (first > segmentEnds.Count)
            {
                warnings.Add(new ParseWarning(1, $"the chapter '{chapter.Title}' at {ChapterTime.Format(chapter.StartSeconds)} has no segment left to start at; left out"));
                continue;
            }
            placed.Add(new Chapter(placed.Count + 1, chapter.StartSeconds, chapter.Title, first));
        }
        return placed;
    }
}
