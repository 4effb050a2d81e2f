using Reader.Transcripts.Chapters;
using Reader.Transcripts.Parsing;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts;

/// <summary>
/// Turns a bilingual transcript export into an episode with its chapters, speakers and aligned segments.
/// Either returns a whole transcript or throws <see cref="TranscriptFormatException"/>; never half of one.
/// </summary>
public static class TranscriptParser
{
    /// <summary>
    /// The largest transcript read, in bytes of UTF-8 (64 MiB). The seed, a 50-minute episode, is 100 KB; this is
    /// some 600 hours of talk, far beyond any real episode, while a parse of it still takes seconds and a few
    /// hundred MB. Past it the parse stops with a <see cref="TranscriptFormatException"/> at the line where the
    /// file crosses the limit, before any line is read.
    /// </summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The longest line read, in characters (UTF-16 code units) after trimming: 1,048,576, 1 to 3 MB of UTF-8.
    /// The seed's longest line, the summary, is about 1,000; a segment line is rarely a tenth of that. Past it
    /// the parse stops with a <see cref="TranscriptFormatException"/> at that line.
    /// </summary>
    public const int MaxLineLength = 1024 * 1024;

    /// <param name="file">The name to cite in errors.</param>
    /// <param name="speakerOverrides">Names and roles given by hand (<see cref="SpeakerOverrides"/>); they win over inferred ones.</param>
    /// <param name="pins">Segment starts given by hand (<see cref="TimingSidecar"/>) and the file they come from, which a
    /// pin that contradicts the chapters or another pin is reported against.</param>
    public static Transcript Parse(string file, ReadOnlySpan<byte> content, IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides = null,
        (string File, IReadOnlyList<TimingPin> Pins)? pins = null)
    {
        SourceText.CheckSize(file, content);
        return Parse(file, SourceText.Decode(file, content), speakerOverrides, pins);
    }

    public static Transcript Parse(string file, string content, IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides = null,
        (string File, IReadOnlyList<TimingPin> Pins)? pins = null)
    {
        var (header, raw, warnings, lines) = Read(file, content);

        var utterances = raw.Select(s => new Utterance(s.Speaker, s.Zh, s.En)).ToList();
        var speakers = SpeakerNaming.Infer(header.Show, header.TitleZh, header.TitleEn, header.Summary, utterances);
        if (speakerOverrides is not null)
            speakers = SpeakerOverrides.Apply(speakers, speakerOverrides, warnings);
        // Overrides can make another speaker the host, so the order is settled only now.
        speakers = SpeakerOrder.Sort(speakers);
        var host = speakers.FirstOrDefault(s => s.Role == SpeakerRole.Host)?.Label;

        var marks = header.Chapters.Select(c => new ChapterMark(c.StartSeconds, c.Title)).ToList();
        var firstSegments = ChapterPlacement.Place(marks, utterances, host);
        var chapters = header.Chapters.Select((c, k) => new Chapter(c.Ordinal, c.StartSeconds, c.Title, firstSegments[k])).ToList();
        var anchors = Anchors(chapters, pins, utterances.Count);
        var times = SegmentTiming.Floor(SegmentTiming.Starts(SegmentTiming.Speech(utterances), anchors));
        var timed = anchors.Count > 0;

        var chapter = 0;
        var segments = raw.Select(s =>
        {
            while (chapter < chapters.Count && chapters[chapter].FirstSegment <= s.Index)
                chapter++;
            return new Segment(s.Index, s.Speaker, s.Zh, s.En,
                chapters.Count == 0 ? null : chapter,
                timed ? times[s.Index - 1] : null,
                s.Line);
        }).ToList();

        var episode = new Episode(header.Show, header.TitleZh, header.TitleEn, header.Summary, header.SourceUrl, Slug.From(header.TitleEn, header.TitleZh),
            timed ? times[^1] : null);
        return new Transcript(episode, speakers, chapters, segments, warnings, lines) { Pins = pins?.Pins ?? [] };
    }

    private static IReadOnlyList<TimingAnchor> Anchors(IReadOnlyList<Chapter> chapters, (string File, IReadOnlyList<TimingPin> Pins)? pins, int segmentCount)
    {
        try
        {
            return TimingAnchors.Of(chapters, pins?.Pins ?? [], segmentCount);
        }
        catch (PinRefusedException e)
        {
            throw new TranscriptFormatException(pins!.Value.File, 1, e.Message);
        }
    }

    /// <summary>
    /// The first stage: the file as written (header, chapter list, segments, warnings, line accounting), before
    /// anything is inferred from it. Timed on its own by the benchmarks.
    /// </summary>
    internal static (EpisodeHeader Header, List<RawSegment> Segments, List<ParseWarning> Warnings, IReadOnlyList<SourceLine> Lines) Read(string file, string content)
    {
        SourceText.CheckSize(file, content);
        var cursor = new LineCursor(file, SourceText.Lines(content));
        var warnings = new List<ParseWarning>();
        var header = EpisodeHeaderParser.Parse(cursor, warnings);
        var segments = SegmentParser.Parse(cursor, warnings, SegmentParser.FooterLine(content));

        if (header.Chapters.Count > segments.Count)
            throw cursor.Error(header.Chapters[0].Line, $"expected at least as many segments as chapters, found {header.Chapters.Count} chapters and {segments.Count} segments");
        if (header.Chapters.Count == 0)
            warnings.Add(new ParseWarning(1, "the summary lists no chapters (章节时间点); segments have no chapter or estimated time"));
        return (header, segments, warnings, cursor.Accounted);
    }
}
