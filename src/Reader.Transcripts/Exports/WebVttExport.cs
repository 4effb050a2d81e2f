using System.Text;

namespace Reader.Transcripts.Exports;

/// <summary>
/// WebVTT subtitles: one cue per segment, the speaker as a voice span (<c>&lt;v Logan Kilpatrick&gt;</c>),
/// bilingual cues as two lines, and, unless the source was timed, a NOTE saying the times are estimated. Text is escaped as the spec asks
/// (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), so a line can never open a tag.
/// </summary>
public static class WebVttExport
{
    public const string ContentType = "text/vtt; charset=utf-8";

    public static string Write(Transcript transcript, ExportOptions options)
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        if (!transcript.Timed)
        {
            vtt.Append("NOTE\nTimes are estimated: the source transcript has no timestamps, so each segment's time is\n")
               .Append("worked out from the chapter times and the length of the text.\n\n");
        }

        var number = 0;
        foreach (var segment in ExportPlan.Of(transcript, options))
        {
            vtt.Append(++number).Append('\n')
               .Append(CueTime.Format(segment.Start, '.')).Append(" --> ").Append(CueTime.Format(segment.End, '.')).Append('\n')
               .Append("<v ").Append(Escape(segment.SpeakerName)).Append('>')
               .AppendJoin('\n', segment.Lines.Select(Escape))
               .Append("\n\n");
        }
        return vtt.ToString();
    }

    internal static string Escape(string text)
    {
        var line = OneLine(text);
        if (line.AsSpan().IndexOfAny('&', '<', '>') < 0)
            return line;
        var escaped = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
    }

    // A blank line or "-->" inside cue text would end the cue or start a new one. A run of dashes before
    // the arrow shrinks to one, so no "-->" is left over ("--->" would leave one after a plain replace).
    internal static string OneLine(string text)
    {
        var line = ExportText.OneLine(text);
        if (!line.Contains("-->", StringComparison.Ordinal))
            return line;
        var cleaned = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '>' && cleaned.Length >= 2 && cleaned[^1] == '-' && cleaned[^2] == '-')
            {
                while (cleaned.Length >= 2 && cleaned[^2] == '-')
                    cleaned.Length--;
            }
            cleaned.Append(c);
        }
        return cleaned.ToString();
    }
}
