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
          .Append(episode.SourceUrl is null ? "" : " · " + Link(episode.SourceUrl)).Append("\n\n");
        if (episode.Summary.Length > 0)
            md.Append(Escape(episode.Summary)).Append("\n\n");
        var mark = transcript.Timed ? "" : "≈";
        if (!transcript.Timed)
            md.Append("Times marked ≈ are estimated.\n\n");

        foreach (var chapter in ExportPlan.ByChapterAndTurn(transcript, options))
        {
            if (chapter.Chapter is { } heading)
                md.Append("## ").Append(ChapterTime.Format(heading.StartSeconds)).Append(' ').Append(Escape(heading.Title)).Append("\n\n");
            foreach (var turn in chapter.Turns)
            {
                md.Append("**").Append(Escape(turn.SpeakerName)).Append("** ").Append(mark).Append(ChapterTime.Format((int)turn.Start)).Append("\n\n");
                foreach (var segment in turn.Segments)
                    md.AppendJoin("\\\n", segment.Lines.Select(Escape)).Append("\n\n");
            }
        }
        return md.ToString();
    }

    /// <summary>
    /// A clean http(s) URL as an autolink; anything else (quotes, angle brackets, spaces, non-ASCII, not
    /// http(s)) as escaped text, which Markdown shows but never links or reads as HTML.
    /// </summary>
    internal static string Link(string url) => IsCleanWebUrl(url) ? $"<{url}>" : Escape(url);

    // The characters of a URL that an autolink carries as written: ASCII letters, digits and RFC 3986's
    // unreserved, reserved and percent signs, so none can end the autolink or open markup in what renders it.
    private static bool IsCleanWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
        && url.All(c => char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&()*+,;=%".Contains(c));

    // Backslash-escapes the ASCII punctuation Markdown could read as syntax (inline everywhere, block markers
    // only at the start), so a line reads back as itself; CommonMark turns "\*" back into "*". One pass, so
    // linear in the text whatever it holds.
    internal static string Escape(string text)
    {
        var line = ExportText.OneLine(text);
        var escaped = new StringBuilder(line.Length + 8);
        var digitsSoFar = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var inline = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#';
            var blockStart = i == 0 && c is '-' or '+' or '=';
            // "1." or "1)" would start an ordered list.
            var listNumber = i > 0 && digitsSoFar && c is '.' or ')';
            if (inline || blockStart || listNumber)
                escaped.Append('\\');
            escaped.Append(c);
            digitsSoFar &= char.IsAsciiDigit(c);
        }
        return escaped.ToString();
    }
}
