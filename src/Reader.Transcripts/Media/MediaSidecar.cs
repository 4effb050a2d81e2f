using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reader.Transcripts.Media;

/// <summary>
/// The media sidecar: <c>&lt;transcript&gt;.media.json</c> next to a transcript, giving the episode's audio or
/// video file; read at every import. <code>{ "url": "https://example.com/episode.mp3", "type": "audio/mpeg" }</code>
/// (<c>type</c> optional). Only http and https addresses are taken: the reader plays the file in its page.
/// </summary>
public static partial class MediaSidecar
{
    public const string Suffix = ".media.json";

    // What a Content-Security-Policy source may hold of a host: the media's origin goes into the reader's policy.
    [GeneratedRegex(@"^[A-Za-z0-9.\-]+$|^\[[0-9A-Fa-f:.]+\]$")]
    private static partial Regex PlainHost();

    [GeneratedRegex(@"^(?:audio|video)/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$")]
    private static partial Regex MediaType();

    public static string SidecarPathFor(string transcriptPath) =>
        Path.Combine(Path.GetDirectoryName(transcriptPath) ?? "", Path.GetFileNameWithoutExtension(transcriptPath) + Suffix);

    public static EpisodeMedia Parse(string file, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String)
                throw new TranscriptFormatException(file, 1, "expected a JSON object like { \"url\": \"https://…/episode.mp3\", \"type\": \"audio/mpeg\" }");
            string? type = null;
            if (root.TryGetProperty("type", out var t))
                type = t.ValueKind == JsonValueKind.String ? t.GetString()!.Trim() : throw new TranscriptFormatException(file, 1, "expected \"type\" to be a string like \"audio/mpeg\"");
            return Check(file, url.GetString()!.Trim(), type);
        }
        catch (JsonException e)
        {
            throw new TranscriptFormatException(file, (int)(e.LineNumber ?? 0) + 1, $"expected valid JSON: {e.Message}");
        }
    }

    /// <summary>The media if its address and type can be played in the reader; else a <see cref="TranscriptFormatException"/> saying why.</summary>
    public static EpisodeMedia Check(string file, string url, string? type)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new TranscriptFormatException(file, 1, $"expected an http or https address for the media, found '{Shorten(url)}'");
        if (uri.UserInfo.Length > 0 || !PlainHost().IsMatch(uri.IdnHost))
            throw new TranscriptFormatException(file, 1, $"expected a media address with a plain host and no user name, found '{Shorten(url)}'");
        if (type is not null && !MediaType().IsMatch(type))
            throw new TranscriptFormatException(file, 1, $"expected \"type\" to be an audio/… or video/… media type, found '{Shorten(type)}'");
        return new EpisodeMedia(uri.AbsoluteUri, type);
    }

    public static string Serialize(EpisodeMedia media) =>
        JsonSerializer.Serialize(media.Type is null ? new Dictionary<string, string> { ["url"] = media.Url } : new() { ["url"] = media.Url, ["type"] = media.Type },
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
