using Reader.Transcripts.Chapters;
using Reader.Transcripts.Formats;
using Reader.Transcripts.Parsing;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts;

/// <summary>
/// The one way in for the rest of the app: any bilingual source Reader reads, as a <see cref="Transcript"/>.
/// <list type="bullet">
/// <item>one file: the podcast app's export (<see cref="TranscriptParser"/>), or a bilingual SRT, WebVTT or ASS/SSA file;</item>
/// <item>two subtitle files: a Chinese and an English one, paired by time (<see cref="CuePairing"/>);</item>
/// <item>two files of which one is a WebVTT chapters file: the other's cues, with those chapters.</item>
/// </list>
/// The format is told by content (<see cref="SourceFormats"/>), never by the name. Every file is held to the
/// export's limits: at most <see cref="TranscriptParser.MaxFileBytes"/>, UTF-8 text.
/// </summary>
public static class TranscriptReader
{
    /// <param name="chapterList">A chapter list for subtitles, as <see cref="ChapterList.Parse"/> reads it; the export has its own, and ignores it.</param>
    /// <param name="chapterListFile">The name its errors cite: the chapter sidecar's, when it comes from one.</param>
    public static Transcript Read(IReadOnlyList<SourceFile> files, string? chapterList = null,
        IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides = null, (string File, IReadOnlyList<TimingPin> Pins)? pins = null,
        string chapterListFile = "chapter list")
    {
        if (files.Count is 0 or > 2)
            throw new TranscriptFormatException(files.Count == 0 ? "(no file)" : files[2].Name, 1,
                $"expected one bilingual file, or a Chinese and an English subtitle file, found {Counted.Of(files.Count, "file")}{(files.Count == 0 ? "" : ": " + string.Join(", ", files.Select(f => f.Name)))}");

        var texts = files.Select(f => (f.Name, Text: Decode(f))).ToList();
        var formats = texts.Select(t => SourceFormats.Detect(t.Name, t.Text)).ToList();
        if (files.Count == 1 && formats[0] == SourceFormat.BaytExport)
            return TranscriptParser.Parse(texts[0].Name, texts[0].Text, speakerOverrides, pins);
        if (formats.IndexOf(SourceFormat.BaytExport) is >= 0 and var export)
            throw new TranscriptFormatException(texts[export].Name, 1,
                "expected subtitle files (SRT, WebVTT or ASS/SSA) to pair, found the podcast app's export, which is read on its own");

        var subtitles = texts.Select((t, k) => Parse(formats[k], t.Name, t.Text)).ToList();
        var chapters = chapterList is null ? [] : ChapterList.Parse(chapterListFile, chapterList);
        if (subtitles.Count == 1)
            return SubtitleTranscript.FromFile(subtitles[0], chapters, speakerOverrides, pins);

        // A chapters file beside subtitles gives their chapters; it wins over a pasted list, being the episode's own.
        for (var k = 0; k < 2; k++)
        {
            if (WebVttParser.TryReadChapters(subtitles[k], out var fileChapters) && !WebVttParser.TryReadChapters(subtitles[1 - k], out _))
                return SubtitleTranscript.FromFile(subtitles[1 - k], fileChapters, speakerOverrides, pins);
        }
        return SubtitleTranscript.FromPair(subtitles[0], subtitles[1], chapters, speakerOverrides, pins);
    }

    /// <summary>
    /// Whether a file is an episode by itself: the export, or subtitles holding both languages (in one cue or in
    /// cues of their own). False for a side of a pair: subtitles in one language, a WebVTT chapters file. A file
    /// that cannot be read counts as one by itself, so that reading it alone says what is wrong with it.
    /// </summary>
    public static bool ReadsAlone(SourceFile file)
    {
        try
        {
            var text = Decode(file);
            var format = SourceFormats.Detect(file.Name, text);
            if (format == SourceFormat.BaytExport)
                return true;
            var subtitles = Parse(format, file.Name, text);
            if (WebVttParser.TryReadChapters(subtitles, out _))
                return false;
            var lines = subtitles.Cues.SelectMany(c => c.Lines).ToList();
            return lines.Any(CueLanguage.IsChinese) && lines.Any(l => !CueLanguage.IsChinese(l));
        }
        catch (TranscriptFormatException)
        {
            return true;
        }
    }

    /// <summary>A subtitle file in the format <see cref="SourceFormats.Detect"/> found, its cues not yet made segments.</summary>
    public static SubtitleFile Parse(SourceFormat format, string file, string text) => format switch
    {
        SourceFormat.Srt => SrtParser.Parse(file, text),
        SourceFormat.WebVtt => WebVttParser.Parse(file, text),
        SourceFormat.Ass => AssParser.Parse(file, text),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The export is not a subtitle file; TranscriptParser reads it."),
    };

    private static string Decode(SourceFile file)
    {
        SourceText.CheckSize(file.Name, file.Content);
        return SourceText.Decode(file.Name, file.Content);
    }
}
