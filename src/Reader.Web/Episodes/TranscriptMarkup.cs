using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Reader.Transcripts;

namespace Reader.Web.Episodes;

/// <summary>
/// Writes an episode's transcript body as HTML once, for every reader to share. Each chapter is a section
/// headed at its first segment; consecutive segments of one speaker form a turn with the speaker's name
/// and ≈time shown once; each segment is one row with its Chinese and English cells side by side.
/// Every piece of text goes through the framework's HTML encoder.
/// </summary>
public static class TranscriptMarkup
{
    public readonly record struct Row(int Ordinal, string Speaker, string? Zh, string? En, int? Chapter, int? EstimatedStartSeconds);

    public static string Build(IReadOnlyList<Row> rows, IReadOnlyList<ChapterView> chapters, IReadOnlyList<SpeakerView> speakers, HtmlEncoder encoder)
    {
        var html = new StringBuilder(rows.Count * 420);
        var names = speakers.ToDictionary(s => s.Label, s => s.Name);
        int? chapter = -1;
        string? speaker = null;

        foreach (var row in rows)
        {
            if (row.Chapter != chapter)
            {
                if (speaker is not null)
                    html.Append("</div>");
                if (chapter != -1)
                    html.Append("</section>");
                chapter = row.Chapter;
                speaker = null;
                OpenChapter(html, chapters.FirstOrDefault(c => c.Ordinal == chapter), encoder);
            }

            if (row.Speaker != speaker)
            {
                if (speaker is not null)
                    html.Append("</div>");
                speaker = row.Speaker;
                OpenTurn(html, row, names.GetValueOrDefault(row.Speaker, row.Speaker), encoder);
            }

            AppendSegment(html, row, encoder);
        }

        if (speaker is not null)
            html.Append("</div>");
        if (chapter != -1)
            html.Append("</section>");
        return html.ToString();
    }

    private static void OpenChapter(StringBuilder html, ChapterView? chapter, HtmlEncoder encoder)
    {
        if (chapter is null)
        {
            html.Append("<section class=\"chapter\">");
            return;
        }

        var k = chapter.Ordinal.ToString(CultureInfo.InvariantCulture);
        var time = ChapterTime.Format(chapter.StartSeconds);
        html.Append("<section class=\"chapter\" data-chapter-section=\"").Append(k).Append("\" aria-labelledby=\"c-").Append(k).Append("\">")
            .Append("<h2 class=\"chapter-title\" id=\"c-").Append(k).Append("\"><span class=\"chapter-time\">").Append(time).Append("</span> ")
            .Append(encoder.Encode(chapter.Title)).Append("</h2>");
        if (chapter.VideoUrl is not null)
        {
            html.Append("<a class=\"chapter-video\" href=\"").Append(encoder.Encode(chapter.VideoUrl))
                .Append("\" target=\"_blank\" rel=\"noopener noreferrer\">Watch from ").Append(time).Append(" · 观看视频</a>");
        }
    }

    private static void OpenTurn(StringBuilder html, Row first, string name, HtmlEncoder encoder)
    {
        html.Append("<div class=\"turn\" data-speaker=\"").Append(encoder.Encode(first.Speaker)).Append("\"><p class=\"turn-head\"><span class=\"who\">")
            .Append(encoder.Encode(name)).Append("</span>");
        if (first.EstimatedStartSeconds is { } seconds)
        {
            html.Append(" <a class=\"when\" href=\"#s-").Append(first.Ordinal.ToString(CultureInfo.InvariantCulture))
                .Append("\" title=\"Estimated time · 估计时间\">≈").Append(ChapterTime.Format(seconds)).Append("</a>");
        }
        html.Append("</p>");
    }

    private static void AppendSegment(StringBuilder html, Row row, HtmlEncoder encoder)
    {
        var n = row.Ordinal.ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"segment\" id=\"s-").Append(n).Append("\" data-segment=\"").Append(n)
            .Append("\" data-speaker=\"").Append(encoder.Encode(row.Speaker)).Append('"');
        if (row.Chapter is { } chapter)
            html.Append(" data-chapter=\"").Append(chapter.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (row.EstimatedStartSeconds is { } seconds)
            html.Append(" data-time=\"").Append(ChapterTime.Format(seconds)).Append('"');
        html.Append('>');

        AppendCell(html, "zh", "zh-Hans", row.Zh, "（此句无中文）", encoder);
        AppendCell(html, "en", "en", row.En, "(no English for this line)", encoder);

        html.Append("<span class=\"segment-actions\"><button type=\"button\" class=\"act\" data-act=\"link\" aria-label=\"Copy link to segment ")
            .Append(n).Append("\">Link</button><button type=\"button\" class=\"act\" data-act=\"quote\" aria-label=\"Copy quote of segment ")
            .Append(n).Append("\">Quote</button></span></div>");
    }

    private static void AppendCell(StringBuilder html, string language, string lang, string? text, string placeholder, HtmlEncoder encoder)
    {
        if (text is null)
        {
            html.Append("<p class=\"").Append(language).Append(" missing\" lang=\"").Append(lang).Append("\">")
                .Append(placeholder).Append("</p>");
            return;
        }
        html.Append("<p class=\"").Append(language).Append("\" lang=\"").Append(lang).Append("\">").Append(encoder.Encode(text)).Append("</p>");
    }
}
