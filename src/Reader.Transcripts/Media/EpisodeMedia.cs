namespace Reader.Transcripts.Media;

/// <summary>
/// An audio or video file of the episode, checked by <see cref="MediaSidecar"/>: an address (a podcast's
/// enclosure), or a file of the library's own (<see cref="File"/>, an uploaded file kept beside the transcript).
/// </summary>
/// <param name="Url">An absolute http or https address; empty for a file of the library's own.</param>
/// <param name="Type">The media type as the sidecar gives it (<c>audio/mpeg</c>), or null.</param>
public sealed record EpisodeMedia(string Url, string? Type)
{
    /// <summary>
    /// The library's own media file: as the sidecar names it, a file beside the transcript; once imported, its
    /// full path. Null for media at an address.
    /// </summary>
    public string? File { get; init; }

    public static EpisodeMedia ForFile(string file, string? type) => new("", type) { File = file };

    /// <summary>The media types the library takes as an episode's own file, by extension.</summary>
    public static string? TypeOf(string fileName) => TypeByExtension.GetValueOrDefault(Path.GetExtension(fileName));

    private static readonly Dictionary<string, string> TypeByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = "audio/mpeg", [".m4a"] = "audio/mp4", [".aac"] = "audio/aac", [".oga"] = "audio/ogg", [".ogg"] = "audio/ogg",
        [".opus"] = "audio/ogg", [".wav"] = "audio/wav", [".flac"] = "audio/flac",
        [".mp4"] = "video/mp4", [".m4v"] = "video/mp4", [".mov"] = "video/quicktime", [".webm"] = "video/webm", [".ogv"] = "video/ogg",
    };

    /// <summary>The sidecar's type, else the one the address's extension says, else null.</summary>
    public string? ContentType => Type ?? TypeOf(File ?? new Uri(Url).AbsolutePath);

    /// <summary><c>video</c> when the type says video, otherwise <c>audio</c>: an enclosure of unknown type is most often audio.</summary>
    public string Kind => ContentType?.StartsWith("video/", StringComparison.OrdinalIgnoreCase) == true ? "video" : "audio";

    /// <summary>Scheme, host and port, as a Content-Security-Policy source names them (<c>'self'</c> for the library's own file).</summary>
    public string Origin
    {
        get
        {
            if (File is not null)
                return "'self'";
            var uri = new Uri(Url);
            return $"{uri.Scheme}://{MediaSidecar.HostOf(uri)}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}";
        }
    }
}
