using System.Text;

namespace Reader.Transcripts.Exports;

/// <summary>
/// WebVTT subtitles: one cue per segment, the speaker as a voice span (<c>&lt;v Logan Kilpatrick&gt;</c>),
/// bilingual cues as two lines, and a NOTE saying the times are estimated. Text is escaped as the spec asks
/// (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>), so a line can never open a tag.
/// </summary>
public static class WebVttExport
{
    public const string ContentType = "text/vtt; charset=utf-8";

    public static string Write(Transcript transcript, ExportOptions options)
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        vtt.Append("NOTE\nTimes are estimated: the source transcript has no timestamps, so each segment's time is\n")
           .Append("worked out from the chapter times and the length of the text.\n\n");

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

    internal static string Escape(string text) =>
        OneLine(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    // A blank line or "-->" inside cue text would end the cue or start a new one.
    internal static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace("-->", "->");
}
