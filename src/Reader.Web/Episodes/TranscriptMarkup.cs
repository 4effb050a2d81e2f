using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Reader.Transcripts;

namespace Reader.Web.Episodes;

/// <summary>
/// Writes an episode's transcript body as HTML once, for every reader to share. Each chapter is a section
/// headed at its first segment; consecutive segments of one speaker form a turn with the speaker's name
/// and time (≈ when estimated) shown once, and a one-line marker that stands in for the turn while its speaker is hidden
/// (speakers.css shows it); each segment is one row with its Chinese and English cells side by side. Rows carry
/// no controls of their own: the page has one action menu for the segment being pointed at (TranscriptView).
/// Every piece of text goes through the framework's HTML encoder.
/// </summary>
public static class TranscriptMarkup
{
    /// <param name="StartSeconds">The real start a timed source (subtitle cues) gives; then the time shows without "≈".</param>
    public readonly record struct Row(int Ordinal, string Speaker, string? Zh, string? En, int? Chapter, int? EstimatedStartSeconds, double? StartSeconds = null);

    /// <summary>The row with this 1-based ordinal, or null.</summary>
    public static Row? RowAt(IReadOnlyList<Row> rows, int ordinal)
    {
        // Ordinals are 1, 2, 3… in order, so look there first; the search keeps this right should they ever have gaps.
        if (ordinal >= 1 && ordinal <= rows.Count && rows[ordinal - 1].Ordinal == ordinal)
            return rows[ordinal - 1];
        foreach (var row in rows)
        {
            if (row.Ordinal == ordinal)
                return row;
        }
        return null;
    }

    /// <param name="pagePath">The reader's path (<c>episodes/{slug}</c>), for links that must reach this page
    /// without JavaScript: a bare <c>#s-N</c> would resolve against the site's base, the library.</param>
    public static string Build(string pagePath, IReadOnlyList<Row> rows, IReadOnlyList<ChapterView> chapters, IReadOnlyList<SpeakerView> speakers, HtmlEncoder encoder)
    {
        var html = new StringBuilder(rows.Count * 420);
        var names = speakers.ToDictionary(s => s.Label);
        int? chapter = -1;
        string? speaker = null;

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
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
                OpenTurn(html, pagePath, row, TurnLength(rows, i), names.GetValueOrDefault(row.Speaker), encoder);
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
            .Append("<h2 class=\"chapter-title\" id=\"c-").Append(k).Append("\"><span class=\"chapter-time\">").Append(time).Append("</span> <span lang=\"zh-Hans\">")
            .Append(encoder.Encode(chapter.Title)).Append("</span></h2>");
        if (chapter.VideoUrl is not null)
        {
            html.Append("<a class=\"chapter-video\" href=\"").Append(encoder.Encode(chapter.VideoUrl))
                .Append("\" target=\"_blank\" rel=\"noopener noreferrer\">Watch from ").Append(time).Append(" · <span lang=\"zh-Hans\">观看视频</span></a>");
        }
    }

    /// <summary>How many rows from <paramref name="start"/> one speaker says in one chapter: a turn.</summary>
    private static int TurnLength(IReadOnlyList<Row> rows, int start)
    {
        var end = start + 1;
        while (end < rows.Count && rows[end].Speaker == rows[start].Speaker && rows[end].Chapter == rows[start].Chapter)
            end++;
        return end - start;
    }

    private static void OpenTurn(StringBuilder html, string pagePath, Row first, int length, SpeakerView? named, HtmlEncoder encoder)
    {
        var n = first.Ordinal.ToString(CultureInfo.InvariantCulture);
        var speaker = encoder.Encode(first.Speaker);
        var who = encoder.Encode(named?.Name ?? first.Speaker);
        var lines = length == 1 ? "1 line" : $"{length} lines";
        // One element per turn (its "Show" is CSS): a marker is in every turn's markup, shown only while its speaker is hidden.
        html.Append("<button type=\"button\" class=\"hidden-turn\" data-hidden-turn=\"").Append(n).Append("\" data-marker-for=\"").Append(speaker)
            .Append("\" aria-controls=\"t-").Append(n).Append("\" aria-expanded=\"false\">").Append(who).Append(" · ").Append(lines).Append("</button>");
        html.Append("<div class=\"turn\" id=\"t-").Append(n).Append("\" data-speaker=\"").Append(speaker).Append('"');
        if (named is { Role: not SpeakerRole.Unknown })
            html.Append(" data-role=\"").Append(named.Role.Name()).Append('"');
        html.Append("><p class=\"turn-head\"><span class=\"who\">")
            .Append(who).Append("</span>");
        if (first.StartSeconds is { } real)
        {
            html.Append(" <a class=\"when\" href=\"").Append(encoder.Encode(pagePath)).Append("#s-").Append(n)
                .Append("\" title=\"Time in the episode · 时间\">").Append(ChapterTime.Format((int)Math.Floor(real))).Append("</a>");
        }
        else if (first.EstimatedStartSeconds is { } seconds)
        {
            html.Append(" <a class=\"when\" href=\"").Append(encoder.Encode(pagePath)).Append("#s-").Append(n)
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

        AppendCell(html, "zh", "zh-Hans", row.Zh is null ? null : ChinesePunctuation.AsDisplayed(row.Zh), "（此句无中文）", encoder);
        AppendCell(html, "en", "en", row.En, "(no English for this line)", encoder);
        html.Append("</div>");
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
