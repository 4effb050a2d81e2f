using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reader.Transcripts.Media;

/// <summary>
/// The media sidecar: <c>&lt;transcript&gt;.media.json</c> next to a transcript, giving the episode's audio or
/// video file; read at every import. <code>{ "url": "https://example.com/episode.mp3", "type": "audio/mpeg" }</code>
/// (<c>type</c> optional). Only http and https addresses are taken: the reader plays the file in its page.
/// The library's own file, uploaded with the episode and kept beside the transcript, is named instead of an
/// address: <code>{ "file": "episode.mp3", "type": "audio/mpeg" }</code> (a plain file name in the same folder).
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

    /// <summary>The largest media sidecar read, in bytes (64 KiB): an address and a type, with room to spare.</summary>
    public const int MaxBytes = 64 * 1024;

    private const string What = "a media sidecar";

    /// <summary>The sidecar at <paramref name="path"/>, refused past <see cref="MaxBytes"/> before it is read whole.</summary>
    public static string Read(string path) => SidecarText.Read(path, MaxBytes, What);

    public static EpisodeMedia Parse(string file, string json)
    {
        SidecarText.CheckSize(file, json, MaxBytes, What);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            string? type = null;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t))
                type = t.ValueKind == JsonValueKind.String ? t.GetString()!.Trim() : throw new TranscriptFormatException(file, 1, "expected \"type\" to be a string like \"audio/mpeg\"");
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("file", out var name) && name.ValueKind == JsonValueKind.String)
                return CheckFile(file, name.GetString()!, type);
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String)
                throw new TranscriptFormatException(file, 1, "expected a JSON object like { \"url\": \"https://…/episode.mp3\", \"type\": \"audio/mpeg\" }");
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
        if (uri.UserInfo.Length > 0 || !PlainHost().IsMatch(HostOf(uri)))
            throw new TranscriptFormatException(file, 1, $"expected a media address with a plain host and no user name, found '{Shorten(url)}'");
        if (type is not null && !MediaType().IsMatch(type))
            throw new TranscriptFormatException(file, 1, $"expected \"type\" to be an audio/… or video/… media type, found '{Shorten(type)}'");
        return new EpisodeMedia(uri.AbsoluteUri, type);
    }

    /// <summary>The library's own media file, if its name is a plain file name of a media type the reader plays.</summary>
    public static EpisodeMedia CheckFile(string file, string name, string? type)
    {
        if (name.Length is 0 or > 255 || name is "." or ".." || name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Any(char.IsControl))
            throw new TranscriptFormatException(file, 1, $"expected \"file\" to be a plain file name beside the transcript, found '{Shorten(name)}'");
        if (type is not null && !MediaType().IsMatch(type))
            throw new TranscriptFormatException(file, 1, $"expected \"type\" to be an audio/… or video/… media type, found '{Shorten(type)}'");
        if (type is null && EpisodeMedia.TypeOf(name) is null)
            throw new TranscriptFormatException(file, 1, $"expected a media file (mp3, m4a, aac, ogg, opus, wav, flac, webm, mp4), found '{Shorten(name)}'");
        return EpisodeMedia.ForFile(name, type);
    }

    /// <summary>The host as a Content-Security-Policy source writes it: IPv6 in its brackets (<see cref="Uri.IdnHost"/> drops them).</summary>
    public static string HostOf(Uri uri) => uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;

    public static string Serialize(EpisodeMedia media)
    {
        var fields = media.File is { } name ? new Dictionary<string, string> { ["file"] = Path.GetFileName(name) } : new() { ["url"] = media.Url };
        if (media.Type is not null)
            fields["type"] = media.Type;
        return JsonSerializer.Serialize(fields, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
