using System.Text;

namespace Reader.Transcripts.Exports;

/// <summary>
/// Plain text: titles, chapters as headings, each turn's speaker and ≈time, then its lines. Every field is
/// kept to one line without controls (<see cref="ExportText"/>), so none can fake a heading or act on a terminal.
/// </summary>
public static class PlainTextExport
{
    public const string ContentType = "text/plain; charset=utf-8";

    public static string Write(Transcript transcript, ExportOptions options)
    {
        var text = new StringBuilder();
        var episode = transcript.Episode;
        text.Append(Line(episode.TitleZh)).Append('\n').Append(Line(episode.TitleEn)).Append('\n').Append(Line(episode.Show)).Append('\n');
        if (episode.SourceUrl is not null)
            text.Append(Line(episode.SourceUrl)).Append('\n');
        var mark = transcript.Timed ? "" : "≈";
        if (!transcript.Timed)
            text.Append("(Times marked ≈ are estimated.)\n");

        foreach (var chapter in ExportPlan.ByChapterAndTurn(transcript, options))
        {
            if (chapter.Chapter is { } heading)
                text.Append("\n\n== ").Append(ChapterTime.Format(heading.StartSeconds)).Append("  ").Append(Line(heading.Title)).Append(" ==\n");
            foreach (var turn in chapter.Turns)
            {
                text.Append('\n').Append(Line(turn.SpeakerName)).Append(" (").Append(mark).Append(ChapterTime.Format((int)turn.Start)).Append(")\n");
                foreach (var segment in turn.Segments)
                    text.AppendJoin('\n', segment.Lines.Select(Line)).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Line(string text) => WebVttExport.OneLine(text);
}
