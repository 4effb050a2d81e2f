using System.Text;

namespace Reader.Transcripts.Exports;

/// <summary>SubRip subtitles: numbered cues, one per segment, bilingual cues as two lines; markup characters escaped.</summary>
public static class SrtExport
{
    public const string ContentType = "application/x-subrip; charset=utf-8";

    public static string Write(Transcript transcript, ExportOptions options)
    {
        var srt = new StringBuilder();
        var number = 0;
        foreach (var segment in ExportPlan.Of(transcript, options))
        {
            srt.Append(++number).Append('\n')
               .Append(CueTime.Format(segment.Start, ',')).Append(" --> ").Append(CueTime.Format(segment.End, ',')).Append('\n')
               .AppendJoin('\n', segment.Lines.Select(WebVttExport.Escape))
               .Append("\n\n");
        }
        return srt.ToString();
    }
}
