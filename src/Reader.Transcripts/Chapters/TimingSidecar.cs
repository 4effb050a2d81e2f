using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reader.Transcripts.Chapters;

/// <summary>
/// The timing sidecar: <c>&lt;transcript&gt;.times.json</c> next to a transcript, fixing the start of some
/// segments to the media's time; every import and <c>parse</c> apply it, so the pins survive re-imports.
/// <code>{ "pins": [{ "segment": 437, "seconds": 2083 }] }</code>
/// Segments are 1-based as in <c>#s-N</c>; seconds may be fractional and are kept as given. Whether the pins
/// agree with the chapters and each other is checked against the parsed transcript (<see cref="TimingAnchors"/>).
/// </summary>
public static class TimingSidecar
{
    public const string Suffix = ".times.json";

    private const string Shape = "{ \"pins\": [{ \"segment\": 437, \"seconds\": 2083 }] }";

    public static string SidecarPathFor(string transcriptPath) =>
        Path.Combine(Path.GetDirectoryName(transcriptPath) ?? "", Path.GetFileNameWithoutExtension(transcriptPath) + Suffix);

    /// <summary>
    /// The largest timing sidecar read, in bytes (8 MiB): some 180,000 pins written one a line, more than the
    /// segments of any real episode (the seed has 611; a 10-hour talk some 10,000). Past it the file is refused
    /// before it is parsed.
    /// </summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>The most pins a sidecar holds (100,000); a transcript also takes no more pins than it has segments.</summary>
    public const int MaxPins = 100_000;

    private const string What = "a timing sidecar";

    /// <summary>The sidecar at <paramref name="path"/>, refused past <see cref="MaxBytes"/> before it is read whole.</summary>
    public static string Read(string path) => SidecarText.Read(path, MaxBytes, What);

    /// <summary>
    /// The pins in file order, read in one pass (a pin's segment is checked against the earlier ones in a set), with
    /// the line of each error. Throws <see cref="TranscriptFormatException"/> for anything else than the shape above.
    /// </summary>
    public static IReadOnlyList<TimingPin> Parse(string file, string json)
    {
        SidecarText.CheckSize(file, json, MaxBytes, What);
        var bytes = Encoding.UTF8.GetBytes(json);
        var lines = new JsonLines(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new TranscriptFormatException(file, 1, $"expected a JSON object like {Shape}");
            List<TimingPin>? pins = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isPins = reader.ValueTextEquals("pins"u8);
                reader.Read();
                if (!isPins || pins is not null)
                {
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartArray)
                    throw new TranscriptFormatException(file, lines.At(reader.TokenStartIndex), $"expected a JSON object like {Shape}");
                pins = ReadPins(file, bytes, ref reader, lines);
            }
            // The rest of the document, so that text after it is an error as it always was.
            while (reader.Read())
            {
            }
            return pins ?? throw new TranscriptFormatException(file, 1, $"expected a JSON object like {Shape}");
        }
        catch (JsonException e)
        {
            throw new TranscriptFormatException(file, (int)(e.LineNumber ?? 0) + 1, $"expected valid JSON: {e.Message}");
        }
    }

    // "pins": [{ "segment": 437, "seconds": 2083 }, …], the reader on the array's start.
    private static List<TimingPin> ReadPins(string file, byte[] bytes, ref Utf8JsonReader reader, JsonLines lines)
    {
        var pins = new List<TimingPin>();
        var pinned = new HashSet<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            var line = lines.At(start);
            if (pins.Count == MaxPins)
            {
                var found = MaxPins;
                do
                {
                    found++;
                    reader.Skip();
                }
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);
                throw new TranscriptFormatException(file, line, $"expected at most {MaxPins:N0} pins, found {found:N0}");
            }

            var n = pins.Count + 1;
            int? segment = null;
            double? seconds = null;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.ValueTextEquals("segment"u8) ? "segment" : reader.ValueTextEquals("seconds"u8) ? "seconds" : null;
                    reader.Read();
                    if (name == "segment")
                        segment = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var index) && index >= 1 ? index : null;
                    else if (name == "seconds")
                        seconds = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var time) && double.IsFinite(time) ? time : double.NaN;
                    else
                        reader.Skip();
                }
            }
            else
                reader.Skip();

            if (segment is not { } pinnedSegment || seconds is not { } pinnedSeconds || !(pinnedSeconds >= 0))
                throw new TranscriptFormatException(file, line, $"expected pin {n} to be like {{ \"segment\": 437, \"seconds\": 2083 }} (a whole segment from 1, seconds from 0), found {Shorten(Raw(bytes, start, reader.BytesConsumed))}");
            if (pinnedSeconds > TimingAnchors.MaxSeconds)
                throw new TranscriptFormatException(file, line, $"expected pin {n}'s seconds to be at most {TimingAnchors.MaxSeconds:0} (7 days), found {TimingAnchors.Number(pinnedSeconds)}");
            if (!pinned.Add(pinnedSegment))
                throw new TranscriptFormatException(file, line, $"expected each segment pinned once, found segment {pinnedSegment} twice");
            pins.Add(new TimingPin(pinnedSegment, pinnedSeconds));
        }
        return pins;
    }

    private static string Raw(byte[] bytes, long start, long end) => Encoding.UTF8.GetString(bytes, (int)start, (int)Math.Min(end - start, 400));

    /// <summary>One pin a line, by segment.</summary>
    public static string Serialize(IEnumerable<TimingPin> pins)
    {
        var lines = pins.OrderBy(p => p.Segment)
            .Select(p => $"    {{ \"segment\": {p.Segment}, \"seconds\": {p.Seconds.ToString("R", CultureInfo.InvariantCulture)} }}")
            .ToList();
        var json = new StringBuilder("{\n  \"pins\": [");
        if (lines.Count > 0)
            json.Append('\n').AppendJoin(",\n", lines).Append("\n  ");
        return json.Append("]\n}\n").ToString();
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
