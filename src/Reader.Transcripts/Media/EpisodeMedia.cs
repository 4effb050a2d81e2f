namespace Reader.Transcripts.Media;

/// <summary>An audio or video file of the episode, such as a podcast's enclosure; checked by <see cref="MediaSidecar"/>.</summary>
/// <param name="Url">An absolute http or https address.</param>
/// <param name="Type">The media type as the sidecar gives it (<c>audio/mpeg</c>), or null.</param>
public sealed record EpisodeMedia(string Url, string? Type)
{
    private static readonly Dictionary<string, string> TypeByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = "audio/mpeg", [".m4a"] = "audio/mp4", [".aac"] = "audio/aac", [".oga"] = "audio/ogg", [".ogg"] = "audio/ogg",
        [".opus"] = "audio/ogg", [".wav"] = "audio/wav", [".flac"] = "audio/flac",
        [".mp4"] = "video/mp4", [".m4v"] = "video/mp4", [".mov"] = "video/quicktime", [".webm"] = "video/webm", [".ogv"] = "video/ogg",
    };

    /// <summary>The sidecar's type, else the one the address's extension says, else null.</summary>
    public string? ContentType => Type ?? TypeByExtension.GetValueOrDefault(Path.GetExtension(new Uri(Url).AbsolutePath));

    /// <summary><c>video</c> when the type says video, otherwise <c>audio</c>: an enclosure of unknown type is most often audio.</summary>
    public string Kind => ContentType?.StartsWith("video/", StringComparison.OrdinalIgnoreCase) == true ? "video" : "audio";

    /// <summary>Scheme, host and port, as a Content-Security-Policy source names them.</summary>
    public string Origin
    {
        get
        {
            var uri = new Uri(Url);
            return $"{uri.Scheme}://{uri.IdnHost}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}";
        }
    }
}
