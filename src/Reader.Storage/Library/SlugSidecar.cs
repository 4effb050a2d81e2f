namespace Reader.Storage.Library;

/// <summary>
/// An episode's slug kept with its source, so that it stays its own across rebuilds and re-imports in any order:
/// <c>&lt;file&gt;.slug</c> beside the transcript (named as the other sidecars are), one line holding the slug. The
/// importer writes it when it first gives a library source (<c>data/sources/&lt;folder&gt;/</c>) its slug and reads
/// it whenever the episode is indexed anew (a new database, <c>reader rebuild</c>). It is not part of the content
/// hash, so writing it re-imports nothing. Seeds get none (the repository's <c>seeds/</c> stays clean): their slugs
/// are derived from their titles and, on a clash, their file names.
/// </summary>
public static class SlugSidecar
{
    public const string Suffix = ".slug";

    private const int MaxLength = 100;

    public static string PathFor(string transcriptPath) =>
        Path.Combine(Path.GetDirectoryName(transcriptPath) ?? "", Path.GetFileNameWithoutExtension(transcriptPath) + Suffix);

    /// <summary>The slug kept beside this transcript, or null when there is none or it is not a slug.</summary>
    public static string? Read(string transcriptPath)
    {
        var path = PathFor(transcriptPath);
        if (!File.Exists(path) || new FileInfo(path).Length > MaxLength + 2)
            return null;
        var slug = File.ReadAllText(path).Trim();
        return IsSlug(slug) ? slug : null;
    }

    public static void Write(string transcriptPath, string slug) => File.WriteAllText(PathFor(transcriptPath), slug + "\n");

    /// <summary>What <see cref="Reader.Transcripts.Slug"/> makes: lower-case ASCII letters and digits between single hyphens.</summary>
    public static bool IsSlug(string text) =>
        text.Length is > 0 and <= MaxLength && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal)
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
