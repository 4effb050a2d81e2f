using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reader.Storage;
using Reader.Storage.Library;
using Reader.Transcripts;
using Reader.Transcripts.Chapters;
using Reader.Transcripts.Media;
using Reader.Transcripts.Speakers;

namespace Reader.Web.Library;

/// <summary>
/// <c>POST /episodes/{slug}/edit</c>, the edit page's form: speaker names and roles, the chapter list, the
/// media (a file, an address, or none). Edits are written as the sidecars beside the episode's source, so any
/// later import keeps them, and the episode is imported again at once. If that import fails, the sidecars are
/// put back as they were and the page says why.
/// </summary>
internal static class EpisodeEdit
{
    public const string ChaptersField = "chapters";
    public const string MediaFileField = "media";
    public const string MediaUrlField = "media-url";
    public const string RemoveMediaField = "remove-media";

    public static void MapEpisodeEdit(this IEndpointRouteBuilder app)
    {
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        var bodyLimit = ImportEndpoints.MaxMediaBytes(configuration) + 1024 * 1024;
        app.MapPost("/episodes/{slug}/edit", Save).AddEndpointFilter<OwnerOnly>().AddEndpointFilter<WritableDatabase>().DisableAntiforgery().WithOrder(-1)
            .WithMetadata(new RequestSizeLimitAttribute(bodyLimit)).WithFormOptions(multipartBodyLengthLimit: bodyLimit);
    }

    private static async Task<IResult> Save(string slug, HttpContext context, IDbContextFactory<ReaderDbContext> dbFactory, LibraryFiles files,
        EpisodeImporter importer, ImportNotices notices, IConfiguration configuration, ILogger<EpisodeImporter> logger)
    {
        await using var db = await dbFactory.CreateDbContextAsync(context.RequestAborted);
        var key = await db.Episodes.AsNoTracking().Where(e => e.Slug == slug).Select(e => e.SourceFile).FirstOrDefaultAsync(context.RequestAborted);
        if (key is null || files.Find(key) is not { } source)
            return Results.NotFound();
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var primary = source.Primary;
        var sidecars = LibraryFiles.Sidecars(primary).ToDictionary(path => path, File.ReadAllBytes);
        string? newMedia = null;

        List<UploadProblem> problems = [];
        try
        {
            WriteOrDelete(SpeakerOverrides.SidecarPathFor(primary), SpeakerEdits.From(form) is { Count: > 0 } overrides ? SpeakerOverrides.Serialize(overrides) : null);
            if (form.ContainsKey(ChaptersField))
                WriteOrDelete(ChapterSidecar.SidecarPathFor(primary), form[ChaptersField].ToString().Trim() is { Length: > 0 } chapters ? chapters : null);
            newMedia = Media(form, primary, ImportEndpoints.MaxMediaBytes(configuration));
        }
        catch (TranscriptFormatException e)
        {
            problems.Add(new UploadProblem(e.File, e.Line, e.Expected));
        }

        var result = problems.Count == 0 ? importer.ImportSource(source) : null;
        if (result is { Outcome: not ImportOutcome.Failed })
        {
            logger.LogInformation("Edited {Episode}: {Outcome}", slug, result.Outcome);
            RemoveUnusedMedia(primary, sidecars);
            return SiteRedirect.To(context, $"episodes/{Uri.EscapeDataString(slug)}");
        }

        if (result is not null)
            problems.Add(new UploadProblem(result.Problem?.File ?? Path.GetFileName(primary), result.Problem?.Line ?? 0, result.Problem?.Expected ?? result.Error ?? "could not be imported"));
        Restore(primary, sidecars);
        if (newMedia is not null)
            File.Delete(newMedia);
        return SiteRedirect.To(context, $"episodes/{Uri.EscapeDataString(slug)}/edit?notice={notices.Add(new ImportNotice(problems, []))}");
    }

    /// <summary>The media the form asks for, written as the media sidecar; returns the path of a new media file, if one came.</summary>
    private static string? Media(IFormCollection form, string primary, long maxBytes)
    {
        var sidecar = MediaSidecar.SidecarPathFor(primary);
        if (form.Files.GetFile(MediaFileField) is { Length: > 0 } upload)
        {
            if (upload.Length > maxBytes)
                throw new TranscriptFormatException(upload.FileName, 0, $"expected a media file of at most {maxBytes / (1024 * 1024)} MiB, found {upload.Length / (1024 * 1024)} MiB");
            var name = SafeFileName.From(upload.FileName, "media");
            if (EpisodeMedia.TypeOf(name) is null)
                throw new TranscriptFormatException(upload.FileName, 0, "expected an audio or video file (mp3, m4a, aac, ogg, opus, wav, flac, webm, mp4)");
            var folder = Path.GetDirectoryName(primary)!;
            // Never over the file in use: if this import fails, the episode keeps it.
            var path = Path.Combine(folder, name);
            for (var n = 2; File.Exists(path); n++)
                path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
            name = Path.GetFileName(path);
            var partial = path + ".part";
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920))
                upload.CopyTo(output);
            File.Move(partial, path, overwrite: true);
            File.WriteAllText(sidecar, MediaSidecar.Serialize(EpisodeMedia.ForFile(name, EpisodeMedia.TypeOf(name))) + Environment.NewLine);
            return path;
        }
        if (form[MediaUrlField].ToString().Trim() is { Length: > 0 } url)
        {
            var media = MediaSidecar.Check(Path.GetFileName(sidecar), url, null);
            File.WriteAllText(sidecar, MediaSidecar.Serialize(media) + Environment.NewLine);
        }
        else if (form[RemoveMediaField] == "yes")
        {
            File.Delete(sidecar);
        }
        return null;
    }

    private static void WriteOrDelete(string path, string? text)
    {
        if (text is null)
            File.Delete(path);
        else
            File.WriteAllText(path, text + Environment.NewLine);
    }

    private static void Restore(string primary, Dictionary<string, byte[]> before)
    {
        foreach (var path in LibraryFiles.Sidecars(primary).Where(p => !before.ContainsKey(p)))
            File.Delete(path);
        foreach (var (path, bytes) in before)
            File.WriteAllBytes(path, bytes);
    }

    // A media file the episode no longer names (replaced by another, or by an address) goes with the edit.
    private static void RemoveUnusedMedia(string primary, Dictionary<string, byte[]> before)
    {
        var sidecar = MediaSidecar.SidecarPathFor(primary);
        if (!before.TryGetValue(sidecar, out var old))
            return;
        var oldFile = MediaSidecar.Parse(Path.GetFileName(sidecar), System.Text.Encoding.UTF8.GetString(old)).File;
        var current = File.Exists(sidecar) ? MediaSidecar.Parse(Path.GetFileName(sidecar), MediaSidecar.Read(sidecar)).File : null;
        if (oldFile is not null && oldFile != current)
            File.Delete(Path.Combine(Path.GetDirectoryName(primary)!, oldFile));
    }
}
