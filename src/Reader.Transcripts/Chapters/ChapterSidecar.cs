namespace Reader.Transcripts.Chapters;

/// <summary>
/// The chapter sidecar: <c>&lt;transcript&gt;.chapters.txt</c> next to a transcript, holding a chapter list as the
/// podcast app's summary writes it (<c>0:00 - 开场 2:00 - …</c>), for a source that has none of its own (subtitles).
/// Written by the import and edit pages; read at every import.
/// </summary>
public static class ChapterSidecar
{
    public const string Suffix = ".chapters.txt";

    public static string SidecarPathFor(string transcriptPath) =>
        Path.Combine(Path.GetDirectoryName(transcriptPath) ?? "", Path.GetFileNameWithoutExtension(transcriptPath) + Suffix);
}
