using Reader.Storage;
using Reader.Storage.Library;
using Reader.Transcripts;

namespace Reader.Web.Library;

/// <summary>What the import page shows of a staged episode before anything is saved.</summary>
/// <param name="Id">The staged episode's id, which the Save form posts back.</param>
/// <param name="Files">The files it is read from, as stored.</param>
/// <param name="Transcript">The episode as it would be imported; null when it cannot be read any more.</param>
/// <param name="Problem">Why not, then.</param>
public sealed record EpisodePreview(string Id, IReadOnlyList<string> Files, Transcript? Transcript, string? Problem)
{
    /// <summary>How many segments the preview shows side by side.</summary>
    public const int FirstLines = 6;

    public static EpisodePreview Of(string id, StagedEpisode staged)
    {
        var files = staged.Source.Files.Select(Path.GetFileName).OfType<string>().ToList();
        try
        {
            return new EpisodePreview(id, files, EpisodeImporter.Read(staged.Source).Transcript, null);
        }
        catch (Exception e) when (e is TranscriptFormatException or IOException)
        {
            return new EpisodePreview(id, files, null, e.Message);
        }
    }

    /// <summary>The staged episodes of the address's <c>staged</c> list; ids that are gone or malformed are left out.</summary>
    public static IReadOnlyList<EpisodePreview> For(string? ids, LibraryFiles library) =>
        string.IsNullOrEmpty(ids) || ids.Length > 1000
            ? []
            : [.. ids.Split(',').Take(LibraryUpload.MaxFiles).Select(id => (Id: id, Staged: library.Staged(id))).Where(s => s.Staged is not null).Select(s => Of(s.Id, s.Staged!))];
}
