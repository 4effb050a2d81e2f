namespace Reader.Web.Episodes;

/// <summary>
/// How a reader has the transcript shown: which language, whether in learning mode (one language shown, the
/// other blurred until revealed), and which speakers are hidden. Lives in the URL
/// (<c>?lang=zh|en|both&amp;learn=1&amp;hide=Speaker%201</c>), so reloads, history and shared links keep it.
/// </summary>
public sealed record ReadingMode(string Language, bool Learning, IReadOnlyList<string> HiddenSpeakers)
{
    public const string Chinese = "zh";
    public const string English = "en";
    public const string Both = "both";

    public static readonly ReadingMode Default = new(Both, false, []);

    /// <summary>The cookie, per episode path, holding the mode the episode was last read in (its query string).</summary>
    public const string CookieName = "reader-mode";

    /// <summary>Reads the query, ignoring what it cannot mean: unknown languages, unknown speakers.</summary>
    public static ReadingMode FromQuery(string? lang, string? learn, string? hide, IReadOnlyCollection<string> speakers)
    {
        var language = lang is Chinese or English or Both ? lang : Both;
        var hidden = (hide ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(speakers.Contains)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ReadingMode(language, learn is "1" or "true", hidden);
    }

    /// <summary>The longest <c>hide=</c> that means something: every label, once each.</summary>
    public static int LongestHide(IEnumerable<string> speakers) => string.Join(',', speakers).Length;

    /// <summary>Learning mode needs one language to show and one to blur.</summary>
    public bool IsLearning => Learning && Language != Both;

    /// <summary>The value of the transcript's <c>data-hidden-speakers</c>: labels joined by commas.</summary>
    public string HiddenAttribute => string.Join(',', HiddenSpeakers);

    public bool IsHidden(string speaker) => HiddenSpeakers.Contains(speaker);

    public ReadingMode WithLanguage(string language) => this with { Language = language };

    public ReadingMode WithLearning(bool learning) => this with { Learning = learning };

    /// <summary>Learning mode, from any mode: from 双语 it shows <paramref name="shown"/> and blurs the other.</summary>
    public ReadingMode StartLearning(string shown) =>
        this with { Language = Language == Both ? shown : Language, Learning = true };

    /// <summary>The language a reader learns, from their browser's languages: Chinese readers learn English.</summary>
    public static string LearnedBy(string? acceptLanguage) =>
        (acceptLanguage ?? "").TrimStart().StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    public ReadingMode Toggle(string speaker) => this with
    {
        HiddenSpeakers = IsHidden(speaker)
            ? HiddenSpeakers.Where(s => s != speaker).ToList()
            : HiddenSpeakers.Append(speaker).Order(StringComparer.Ordinal).ToList(),
    };

    /// <summary>The query string that restores this mode, e.g. <c>lang=en&amp;learn=1&amp;hide=Speaker%201</c>.</summary>
    public string QueryString => string.Join('&', Query
        .Where(p => p.Value is string)
        .Select(p => $"{p.Key}={Uri.EscapeDataString((string)p.Value!)}"));

    /// <summary>The query parameters that restore this mode; defaults are left out, the language never is.</summary>
    public IReadOnlyDictionary<string, object?> Query => new Dictionary<string, object?>
    {
        ["lang"] = Language,
        ["learn"] = Learning ? "1" : null,
        ["hide"] = HiddenSpeakers.Count > 0 ? HiddenAttribute : null,
    };
}
