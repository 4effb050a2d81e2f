namespace Reader.Transcripts.Formats;

/// <summary>
/// Advanced SubStation Alpha (and SSA v4): sections in brackets.
/// <code>
/// [Script Info]
/// Title: &lt;the title&gt;
/// [V4+ Styles]
/// Format: Name, Fontname, …
/// Style: Chinese,…
/// [Events]
/// Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
/// Dialogue: 0,0:00:01.00,0:00:03.50,Chinese,Esme,0,0,0,,你好{\i1}世界{\i0}\N Hello world
/// </code>
/// The events' <c>Format:</c> line names the fields of every <c>Dialogue:</c> line in their order; Text is the
/// last and may hold commas. Times are <c>h:mm:ss.cc</c>. In the text <c>{…}</c> blocks (override tags and
/// comments) are stripped, <c>\N</c> and <c>\n</c> break lines and <c>\h</c> is a space; the Name (actor) field
/// names the speaker. <c>Comment:</c> events, styles and every other section are not text.
/// </summary>
public static class AssParser
{
    private const string TimeExample = "0:01:02.50";

    public static SubtitleFile Parse(string file, string text)
    {
        var lines = new CueLines(file, text);
        var cues = new List<SubtitleCue>();
        string? title = null;
        string? section = null;
        string[]? format = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is ['[', .., ']'])
            {
                section = line[1..^1].Trim().ToLowerInvariant();
                lines.Mark(i, LineKind.Header);
            }
            else if (line.StartsWith(';') || line.StartsWith("!:", StringComparison.Ordinal))
                lines.Mark(i, LineKind.Artifact);
            else if (section == "script info")
            {
                lines.Mark(i, LineKind.Header);
                if (Field(line, "Title") is { Length: > 0 } value)
                    title = value;
            }
            else if (section is "v4+ styles" or "v4 styles" or "v4 styles+")
                lines.Mark(i, LineKind.Header);
            else if (Field(line, "Format") is { } names && section is "events" or null)
            {
                format = [.. names.Split(',').Select(n => n.Trim().ToLowerInvariant())];
                lines.Mark(i, LineKind.Header);
            }
            else if (Field(line, "Dialogue") is { } values)
            {
                lines.Mark(i, LineKind.SegmentText);
                cues.Add(Dialogue(lines, i, values, format, cues.Count + 1));
            }
            else
                lines.Mark(i, LineKind.Artifact);
        }

        return new SubtitleFile(file, SourceFormat.Ass, title, SrtParser.InTimeOrder(cues, warnings: null), [], lines.Accounted);
    }

    private static SubtitleCue Dialogue(CueLines lines, int index, string values, string[]? format, int number)
    {
        if (format is null)
            throw lines.Error(index, "expected a 'Format:' line naming the fields in [Events] before the first 'Dialogue:' line");
        int Column(string name) => Array.IndexOf(format, name) is >= 0 and var k
            ? k
            : throw lines.Error(index, $"expected the events' Format line to name a {name} field, found '{string.Join(", ", format)}'");
        var (startAt, endAt, textAt, nameAt) = (Column("start"), Column("end"), Column("text"), Array.IndexOf(format, "name"));

        // Text is the last field: the line splits into as many fields as the Format line names, the rest of the commas are text.
        var fields = values.Split(',', format.Length);
        if (fields.Length < format.Length)
            throw lines.Error(index, $"expected {format.Length} fields as the Format line names them, found {fields.Length}");

        var start = Time(lines, index, fields[startAt], "Start");
        var end = Time(lines, index, fields[endAt], "End");
        if (end < start)
            throw lines.Error(index, $"expected dialogue {number} to end after it starts, found {fields[startAt].Trim()} to {fields[endAt].Trim()}");

        var voice = nameAt >= 0 ? fields[nameAt].Trim() : "";
        return new SubtitleCue(number, start, end, TextLines(fields[textAt]), voice.Length > 0 ? voice : null, lines.Number(index));
    }

    private static double Time(CueLines lines, int index, string field, string name) =>
        SubtitleTime.TryParse(field.Trim(), out var seconds)
            ? seconds
            : throw lines.Error(index, $"expected a time like {TimeExample} in the {name} field, found '{field.Trim()}'");

    /// <summary>The text's lines: override blocks out, <c>\N</c> and <c>\n</c> as breaks, <c>\h</c> as a space.</summary>
    internal static IReadOnlyList<string> TextLines(string text) =>
        [.. CueMarkup.WithoutBraces(text, overridesOnly: false)
            .Replace("\\h", " ", StringComparison.Ordinal)
            .Split(["\\N", "\\n"], StringSplitOptions.None)
            .Select(CueMarkup.Tidy)
            .Where(l => l.Length > 0)];

    /// <summary>The value of a "Key: value" line with this key, or null.</summary>
    private static string? Field(string line, string key) =>
        line.Length > key.Length && line[key.Length] == ':' && line.StartsWith(key, StringComparison.OrdinalIgnoreCase)
            ? line[(key.Length + 1)..].Trim()
            : null;
}
