namespace Reader.Transcripts.Parsing;

/// <summary>
/// Reads everything before the first segment:
/// <code>
/// &lt;show&gt; - &lt;Chinese title&gt; 封面
/// &lt;Chinese title&gt;
/// &lt;English title&gt;
/// 本集简介
/// &lt;summary … YouTube观看链接:&lt;url&gt; 章节时间点: 0:00 - 开场 2:00 - …&gt;
/// 双语字幕
/// &lt;a note about the app&gt;
/// </code>
/// </summary>
internal static class EpisodeHeaderParser
{
    private const string CoverCaption = " 封面";
    private const string SummaryHeading = "本集简介";
    private const string TranscriptHeading = "双语字幕";

    public static EpisodeHeader Parse(LineCursor cursor, List<ParseWarning> warnings)
    {
        if (cursor.AtEnd)
            throw cursor.Error(1, "expected a transcript export, found an empty file");

        var cover = cursor.TakeRequired(LineKind.Header, "expected the cover line '<show> - <title> 封面'");
        if (!cover.Text.EndsWith(CoverCaption.Trim(), StringComparison.Ordinal) || !WithoutCaption(cover).Contains(" - ", StringComparison.Ordinal))
            throw cursor.Error(cover.Number, $"expected the cover line '<show> - <title> 封面', found '{Shorten(cover.Text)}'");

        var titleZh = TakeTitle(cursor, "expected the Chinese title");
        var titleEn = TakeTitle(cursor, "expected the English title");
        var show = ShowFromCover(cover, titleZh, warnings);

        var heading = cursor.TakeRequired(LineKind.Header, $"expected '{SummaryHeading}' (the summary heading)");
        if (heading.Text != SummaryHeading)
            throw cursor.Error(heading.Number, $"expected '{SummaryHeading}' (the summary heading), found '{Shorten(heading.Text)}'");

        var summaryLines = new List<TextLine>();
        while (!cursor.AtEnd && cursor.Current.Text != TranscriptHeading)
            summaryLines.Add(cursor.Take(LineKind.Summary));
        cursor.TakeRequired(LineKind.Header, $"expected '{TranscriptHeading}' (the transcript heading) after the summary");

        var summary = SummaryParser.Parse(cursor, summaryLines);
        return new EpisodeHeader(show, titleZh, titleEn, summary.Text, summary.SourceUrl, summary.Chapters);
    }

    private static string TakeTitle(LineCursor cursor, string expected)
    {
        var line = cursor.TakeRequired(LineKind.Header, expected);
        if (line.Text is SummaryHeading or TranscriptHeading)
            throw cursor.Error(line.Number, $"{expected}, found '{line.Text}'");
        return line.Text;
    }

    /// <summary>The show is what precedes " - &lt;Chinese title&gt; 封面"; the title itself may contain " - ".</summary>
    private static string ShowFromCover(TextLine cover, string titleZh, List<ParseWarning> warnings)
    {
        var withoutCaption = WithoutCaption(cover);
        var suffix = " - " + titleZh;
        var trimmed = withoutCaption.TrimEnd();
        if (trimmed.EndsWith(suffix, StringComparison.Ordinal) && trimmed.Length > suffix.Length)
            return trimmed[..^suffix.Length].Trim();

        warnings.Add(new ParseWarning(cover.Number, "the cover line's title differs from the Chinese title line; the show is taken as the text before the first ' - '"));
        return withoutCaption[..withoutCaption.IndexOf(" - ", StringComparison.Ordinal)].Trim();
    }

    /// <summary>The cover line without its caption, with a trailing space so that "Show - 封面" still holds " - ".</summary>
    private static string WithoutCaption(TextLine cover) => cover.Text[..^CoverCaption.Trim().Length].TrimEnd() + " ";

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
