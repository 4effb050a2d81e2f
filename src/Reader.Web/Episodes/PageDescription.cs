using System.Net;
using System.Text.RegularExpressions;

namespace Reader.Web.Episodes;

/// <summary>
/// The one-paragraph descriptions that search results and link previews show: plain text, whitespace
/// collapsed, cut at a word near <see cref="MaxLength"/> characters.
/// </summary>
public static partial class PageDescription
{
    public const int MaxLength = 160;

    /// <summary>An episode's summary (rendered HTML) as a description; its titles when it has no summary.</summary>
    public static string ForEpisode(EpisodeView episode)
    {
        var summary = Plain(WebUtility.HtmlDecode(Tags().Replace(episode.Summary.Value, " ")));
        return Trim(summary.Length > 0 ? summary : $"Bilingual transcript of {episode.TitleEn} · {episode.TitleZh} ({episode.Show}).");
    }

    /// <summary>A segment's words, Chinese then English, as a shared segment link shows them.</summary>
    public static string ForSegment(TranscriptMarkup.Row segment) =>
        Trim(Plain(string.Join(" — ", new[] { segment.Zh, segment.En }.Where(text => !string.IsNullOrWhiteSpace(text)))), 2 * MaxLength);

    public static string Trim(string text, int maxLength = MaxLength)
    {
        text = Plain(text);
        if (text.Length <= maxLength)
            return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        // Chinese has no spaces between words: cut at the length itself when no space is near, not inside a character.
        if (cut <= maxLength * 2 / 3)
            cut = char.IsHighSurrogate(text[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return text[..cut].TrimEnd() + "…";
    }

    private static string Plain(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
