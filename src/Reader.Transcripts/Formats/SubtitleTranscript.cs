using System.Text.RegularExpressions;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Formats;

/// <summary>
/// Makes subtitles a <see cref="Transcript"/>: one segment per bilingual cue, or per pair of a Chinese and an
/// English cue that play together (<see cref="CuePairing"/>), in time order, each with the start and end the
/// file gives it. A cue in one language only is kept as a one-sided segment, with a warning; a cue without
/// text is left out, with a warning. Voices become speakers, chapters are placed by time (<see cref="ChapterList.Place"/>).
/// </summary>
public static partial class SubtitleTranscript
{
    // "episode.zh-Hans.srt", "episode.en.vtt": the language tag says which track a file is, not what the episode is called.
    [GeneratedRegex(@"\.(?:zh|en|eng|chs|cht|chi|zho|cn|zh[-_](?:hans|hant|cn|tw|hk|sg)|en[-_](?:us|gb))$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageTag();

    // As SpeakerNaming bounds a name: the exports repeat it at every cue, so an unbounded one would multiply their size.
    private const int MaxVoiceLength = 100;

    /// <summary>A cue made ready to be a segment: its two texts, when it plays, who says it, where it stands in the source.</summary>
    private sealed record TimedText(double Start, double End, string? Zh, string? En, string? Voice, int Line);

    /// <summary>One file with both languages: in each cue (a line each, in either order), or in cues of their own (two ASS styles), which are paired by time.</summary>
    public static Transcript FromFile(SubtitleFile file, IReadOnlyList<ChapterMark>? chapters = null,
        IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides = null, (string File, IReadOnlyList<TimingPin> Pins)? pins = null)
    {
        var warnings = new List<ParseWarning>(file.Warnings);
        var texts = new List<TimedText>();
        var (zhOnly, enOnly) = (new List<SubtitleCue>(), new List<SubtitleCue>());
        foreach (var cue in WithText(file, warnings, c => $"cue {c.Number}"))
        {
            var (zh, en) = CueLanguage.Split(cue.Lines);
            if (zh is not null && en is not null)
                texts.Add(new TimedText(cue.StartSeconds, cue.EndSeconds, zh, en, cue.Voice, cue.Line));
            else if (zh is not null)
                zhOnly.Add(cue with { Lines = [zh] });
            else
                enOnly.Add(cue with { Lines = [en!] });
        }
        texts.AddRange(Join(CuePairing.Pair(zhOnly, enOnly), warnings, c => $"cue {c.Number}", "line"));

        var title = file.Title ?? TitleFromName(file.File);
        return Build(file.File, title, title, texts, warnings, file.Lines, chapters, speakerOverrides, pins);
    }

    /// <summary>
    /// A Chinese and an English subtitle file, in either order (their cues decide which is which), paired by time.
    /// <see cref="Transcript.Lines"/> accounts for the Chinese file's lines; warnings name the file they are about.
    /// </summary>
    public static Transcript FromPair(SubtitleFile first, SubtitleFile second, IReadOnlyList<ChapterMark>? chapters = null,
        IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides = null, (string File, IReadOnlyList<TimingPin> Pins)? pins = null)
    {
        var (zhFile, enFile) = ChineseAndEnglish(first, second);
        var warnings = new List<ParseWarning>([.. zhFile.Warnings.Select(w => Of(zhFile, w)), .. enFile.Warnings.Select(w => Of(enFile, w))]);
        // A file's language is its track's: an English word alone in a Chinese cue ("OK") is still the Chinese track's line.
        var zh = WithText(zhFile, warnings, c => $"cue {c.Number} of {zhFile.File}").Select(c => c with { Lines = [JoinLines(c.Lines, chinese: true)] }).ToList();
        var en = WithText(enFile, warnings, c => $"cue {c.Number} of {enFile.File}").Select(c => c with { Lines = [JoinLines(c.Lines, chinese: false)] }).ToList();
        var enCues = en.ToHashSet(ReferenceEqualityComparer.Instance);
        var texts = Join(CuePairing.Pair(zh, en), warnings, c => $"cue {c.Number} of {(enCues.Contains(c) ? enFile.File : zhFile.File)}", "cue at its time").ToList();

        return Build(zhFile.File, zhFile.Title ?? TitleFromName(zhFile.File), enFile.Title ?? TitleFromName(enFile.File),
            texts, warnings, zhFile.Lines, chapters, speakerOverrides, pins);
    }

    /// <summary>"episode.zh-Hans.srt" → "episode": the file's name without its extension and language tag.</summary>
    public static string TitleFromName(string file) => LanguageTag().Replace(Path.GetFileNameWithoutExtension(file), "");

    private static (SubtitleFile Zh, SubtitleFile En) ChineseAndEnglish(SubtitleFile first, SubtitleFile second)
    {
        var (firstChinese, secondChinese) = (IsChinese(first), IsChinese(second));
        if (firstChinese != secondChinese)
            return firstChinese ? (first, second) : (second, first);
        var language = firstChinese ? "Chinese" : "English";
        throw new TranscriptFormatException(second.File, 1,
            $"expected one Chinese and one English subtitle file, found two {language} files: {first.File}, {second.File}");
    }

    /// <summary>Whether most cues with text are in Chinese; a file whose cues mostly hold both languages is not one track of a pair.</summary>
    private static bool IsChinese(SubtitleFile file)
    {
        var (chinese, english, both) = (0, 0, 0);
        foreach (var cue in file.Cues.Where(c => c.Lines.Count > 0))
        {
            var (zh, en) = CueLanguage.Split(cue.Lines);
            _ = (zh, en) switch
            {
                (not null, not null) => both++,
                (not null, null) => chinese++,
                _ => english++,
            };
        }
        if (both > chinese + english)
            throw new TranscriptFormatException(file.File, 1,
                $"expected one Chinese and one English subtitle file, found {file.File} with both languages in its cues; a bilingual file is read alone");
        return chinese > english;
    }

    private static IEnumerable<SubtitleCue> WithText(SubtitleFile file, List<ParseWarning> warnings, Func<SubtitleCue, string> name)
    {
        foreach (var cue in file.Cues)
        {
            if (cue.Lines.Count > 0)
                yield return cue;
            else
                warnings.Add(new ParseWarning(cue.Line, $"{name(cue)} has no text; left out"));
        }
    }

    /// <summary>Each pair as one text; a cue alone is kept on its side, with a warning naming it.</summary>
    /// <param name="missing">What the other side lacks, as the warning says it: "line" (in a cue), "cue at its time" (in a file).</param>
    private static IEnumerable<TimedText> Join(IReadOnlyList<CuePair> pairs, List<ParseWarning> warnings, Func<SubtitleCue, string> name, string missing)
    {
        foreach (var pair in pairs)
        {
            var zh = pair.Zh.Count == 0 ? null : JoinLines([.. pair.Zh.Select(c => c.Lines[0])], chinese: true);
            var en = pair.En.Count == 0 ? null : JoinLines([.. pair.En.Select(c => c.Lines[0])], chinese: false);
            var anchor = pair.Zh.Count > 0 ? pair.Zh[0] : pair.En[0];
            if (en is null)
                warnings.Add(new ParseWarning(anchor.Line, $"{name(anchor)} has no English {missing}; kept as Chinese only"));
            if (zh is null)
                warnings.Add(new ParseWarning(anchor.Line, $"{name(anchor)} has no Chinese {missing}; kept as English only"));
            var voice = pair.Zh.Concat(pair.En).Select(c => c.Voice).FirstOrDefault(v => v is not null);
            yield return new TimedText(pair.StartSeconds, pair.EndSeconds, zh, en, voice, anchor.Line);
        }
    }

    private static string JoinLines(IReadOnlyList<string> lines, bool chinese) =>
        lines.Skip(1).Aggregate(lines[0], (joined, line) => CueLanguage.Join(joined, line, chinese));

    private static ParseWarning Of(SubtitleFile file, ParseWarning warning) => warning with { Message = $"{file.File}: {warning.Message}" };

    private static Transcript Build(string file, string titleZh, string titleEn, List<TimedText> texts, List<ParseWarning> warnings,
        IReadOnlyList<SourceLine> lines, IReadOnlyList<ChapterMark>? chapterMarks,
        IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides, (string File, IReadOnlyList<TimingPin> Pins)? pins)
    {
        if (texts.Count == 0)
            throw new TranscriptFormatException(file, lines.Count > 0 ? lines[^1].Number : 1, "expected at least one cue with text, found none");

        var ordered = texts.OrderBy(t => t.Start).ThenBy(t => t.Line).ToList();
        var (labels, speakers) = Speakers(ordered, titleZh, titleEn, speakerOverrides, warnings);
        var chapters = ChapterList.Place([.. (chapterMarks ?? []).OrderBy(c => c.StartSeconds)], [.. ordered.Select(t => t.End)], warnings);

        var chapter = 0;
        var segments = ordered.Select((t, i) =>
        {
            while (chapter < chapters.Count && chapters[chapter].FirstSegment <= i + 1)
                chapter++;
            return new Segment(i + 1, labels[i], t.Zh, t.En, chapters.Count == 0 ? null : chapter, (int)Math.Floor(t.Start), t.Line)
            {
                StartSeconds = t.Start,
                EndSeconds = t.End,
            };
        }).ToList();

        var episode = new Episode("", titleZh, titleEn, "", null, Slug.From(titleEn, titleZh), (int)Math.Ceiling(ordered.Max(t => t.End)));
        var transcript = new Transcript(episode, speakers, chapters, segments, warnings, lines) { Pins = pins?.Pins ?? [] };
        try
        {
            TimingAnchors.Of(transcript);
        }
        catch (PinRefusedException e)
        {
            throw new TranscriptFormatException(pins!.Value.File, 1, e.Message);
        }
        return transcript;
    }

    /// <summary>
    /// <c>Speaker 1</c>, <c>Speaker 2</c>… for the voices in the order they first speak, each named by its voice; a
    /// cue without a voice is its speaker's who spoke last. Without voices everyone is one <c>Speaker 1</c>.
    /// Roles come from <see cref="SpeakerNaming"/> (who introduces themself or welcomes listeners), and the
    /// speaker sidecar's overrides win, as for the export.
    /// </summary>
    private static (string[] Labels, IReadOnlyList<Speaker> Speakers) Speakers(List<TimedText> texts, string titleZh, string titleEn,
        IReadOnlyDictionary<string, SpeakerOverride>? speakerOverrides, List<ParseWarning> warnings)
    {
        var byVoice = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var labels = new string[texts.Count];
        string? voice = null;
        for (var i = 0; i < texts.Count; i++)
        {
            voice = texts[i].Voice ?? voice;
            var key = voice ?? "";
            if (!byVoice.TryGetValue(key, out var label))
            {
                label = byVoice[key] = SpeakerLabel(byVoice.Count + 1);
                names[label] = voice is null ? label : voice.Length <= MaxVoiceLength ? voice : voice[..MaxVoiceLength];
            }
            labels[i] = label;
        }

        var voiced = texts.Any(t => t.Voice is not null);
        var roles = voiced
            ? SpeakerNaming.Infer("", titleZh, titleEn, "", [.. texts.Select((t, i) => new Utterance(labels[i], t.Zh, t.En))]).ToDictionary(s => s.Label, s => s.Role)
            : [];
        IReadOnlyList<Speaker> speakers = [.. names.Select(n => new Speaker(n.Key, n.Value, roles.GetValueOrDefault(n.Key, SpeakerRole.Unknown)))];
        if (speakerOverrides is not null)
            speakers = SpeakerOverrides.Apply(speakers, speakerOverrides, warnings);
        return (labels, SpeakerOrder.Sort(speakers));
    }

    private static string SpeakerLabel(int number) => Parsing.SegmentParser.SpeakerLabel(number);
}
