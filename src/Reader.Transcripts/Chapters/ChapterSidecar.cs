namespace Reader.Transcripts.Chapters;

/// <summary>
/// The chapter sidecar: <c>&lt;transcript&gt;.chapters.txt</c> next to a transcript, holding a chapter list as the
/// podcast app's summary writes it (<c>0:00 - 开场 2:00 - …</c>), for a source that has none of its own (subtitles).
/// Written by the import and edit pages; read at every import.
/// </summary>
public static class ChapterSidecar
{
    public const string Suffix = ".chapters.txt";

    /// <summary>
    /// The largest chapter sidecar read, in bytes (1 MiB): some 10,000 chapters of a hundred characters, where an
    /// episode has tens. Past it the file is refused before it is parsed.
    /// </summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>What the size error calls the file.</summary>
    public const string What = "a chapter sidecar";

    /// <summary>The sidecar at <paramref name="path"/>, refused past <see cref="MaxBytes"/> before it is read whole.</summary>
    public static string Read(string path) => SidecarText.Read(path, MaxBytes, What);

    public static string SidecarPathFor(string transcriptPath) =>
        Path.Combine(Path.GetDirectoryName(transcriptPath) ?? "", Path.GetFileNameWithoutExtension(transcriptPath) + Suffix);
}
