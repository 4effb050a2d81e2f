namespace Reader.Transcripts.Exports;

public enum ExportLanguage
{
    Both,
    Chinese,
    English,
}

/// <summary>What an export includes: the reader's language choice and speaker filter.</summary>
public sealed record ExportOptions(ExportLanguage Language, IReadOnlySet<string> HiddenSpeakers)
{
    public static readonly ExportOptions Everything = new(ExportLanguage.Both, new HashSet<string>());

    /// <summary>Reads the reader's own query values: <c>lang=zh|en|both</c>, <c>hide=Speaker 0,Speaker 1</c>.</summary>
    public static ExportOptions From(string? lang, string? hide) => new(
        lang switch { "zh" => ExportLanguage.Chinese, "en" => ExportLanguage.English, _ => ExportLanguage.Both },
        (hide ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet());

    /// <summary>The lines of a segment this export shows, Chinese first; none when its speaker is hidden.</summary>
    public IReadOnlyList<string> LinesOf(Segment segment)
    {
        if (HiddenSpeakers.Contains(segment.Speaker))
            return [];
        return Language switch
        {
            ExportLanguage.Chinese => segment.Zh is null ? [] : [segment.Zh],
            ExportLanguage.English => segment.En is null ? [] : [segment.En],
            _ => new[] { segment.Zh, segment.En }.OfType<string>().ToList(),
        };
    }
}
