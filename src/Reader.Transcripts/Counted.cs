using System.Globalization;

namespace Reader.Transcripts;

/// <summary>Counts as people read them: "1 warning", "2 warnings", "0 episodes".</summary>
public static class Counted
{
    /// <summary>The singular for exactly one, the plural (by default the singular and an s) for any other count.</summary>
    public static string Noun(long count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";

    /// <summary>The count and its noun.</summary>
    public static string Of(long count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Noun(count, singular, plural);
}
