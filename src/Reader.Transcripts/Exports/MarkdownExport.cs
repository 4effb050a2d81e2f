using System.Text;

namespace Reader.Transcripts.Exports;

/// <summary>
/// A Markdown copy for notes: the titles, the summary, each chapter as a <c>## m:ss title</c> heading, each
/// turn as a paragraph with the speaker in bold and the ≈time, then one paragraph per segment (in both-mode
/// the Chinese line and the English line of it, joined by a hard line break). Transcript text is escaped,
/// so it reads back through Markdig as the same chapters, turns and text.
/// </summary>
public static class MarkdownExport
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static string Write(Transcript transcript, ExportOptions options)
    {
        var md = new StringBuilder();
        var episode = transcript.Episode;
        md.Append("# ").Append(Escape(episode.TitleZh)).Append("\n\n")
          .Append('*').Append(Escape(episode.TitleEn)).Append("*\n\n")
          .Append(Escape(episode.Show)).Append(" · ")
          .AppendJoin(" · ", transcript.Speakers.Select(s => Escape(s.Name)))
          .Append(episode.SourceUrl is null ? "" : $" · <{episode.SourceUrl}>").Append("\n\n");
        if (episode.Summary.Length > 0)
            md.Append(Escape(episode.Summary)).Append("\n\n");
        md.Append("Times marked ≈ are estimated.\n\n");

        foreach (var chapter in ExportPlan.ByChapterAndTurn(transcript, options))
        {
            if (chapter.Chapter is { } heading)
                md.Append("## ").Append(ChapterTime.Format(heading.StartSeconds)).Append(' ').Append(Escape(heading.Title)).Append("\n\n");
            foreach (var turn in chapter.Turns)
            {
                md.Append("**").Append(Escape(turn.SpeakerName)).Append("** ≈").Append(ChapterTime.Format((int)turn.Start)).Append("\n\n");
                foreach (var segment in turn.Segments)
                    md.AppendJoin("\\\n", segment.Lines.Select(Escape)).Append("\n\n");
            }
        }
        return md.ToString();
    }

    // Backslash-escapes the ASCII punctuation Markdown could read as syntax (inline everywhere, block markers
    // only at the start), so a line reads back as itself; CommonMark turns "\*" back into "*".
    internal static string Escape(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        var escaped = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var inline = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#';
            var blockStart = i == 0 && c is '-' or '+' or '=';
            var listNumber = i > 0 && c is '.' or ')' && line[..i].All(char.IsAsciiDigit);
            if (inline || blockStart || listNumber)
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
