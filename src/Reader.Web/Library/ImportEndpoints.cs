using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Reader.Storage;
using Reader.Storage.Library;
using Reader.Transcripts;
using Reader.Transcripts.Speakers;

namespace Reader.Web.Library;

/// <summary>
/// Bringing episodes in: <c>POST /import</c> (files, pasted text, or the preview's staged episodes; JSON for
/// scripts, a redirect for browsers) and <c>POST /import/preview</c>, which stages the files for the import page
/// to show before anything is saved. Only the library's owner may post either (<see cref="OwnerOnly"/>).
/// </summary>
internal static class ImportEndpoints
{
    public const string FilesField = "files";
    public const string TextField = "text";
    public const string ChaptersField = "chapters";
    public const string StagedField = "staged";

    /// <summary>The largest media file taken, <c>Reader:MaxMediaMegabytes</c> (2 GiB unless configured).</summary>
    public static long MaxMediaBytes(IConfiguration configuration) => configuration.GetValue("Reader:MaxMediaMegabytes", 2048L) * 1024 * 1024;

    public static void MapImport(this IEndpointRouteBuilder app)
    {
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        // A media file and up to LibraryUpload.MaxFiles transcripts of the parser's limit, with room for the form itself.
        var bodyLimit = MaxMediaBytes(configuration) + 4L * TranscriptParser.MaxFileBytes;
        // A part's headers hold its file name twice (filename and filename*): room for a 10,000-character one,
        // which SafeFileName shortens, where the default 16 KiB would refuse the whole upload.
        const int headersLimit = 64 * 1024;

        // Ordered before the import page's own endpoint, which Blazor maps for GET and POST alike.
        app.MapPost("/import", Import).AddEndpointFilter<OwnerOnly>().AddEndpointFilter<WritableDatabase>().DisableAntiforgery().WithOrder(-1)
            .WithMetadata(new RequestSizeLimitAttribute(bodyLimit)).WithFormOptions(multipartBodyLengthLimit: bodyLimit, valueLengthLimit: TranscriptParser.MaxFileBytes, multipartHeadersLengthLimit: headersLimit);
        app.MapPost("/import/preview", Preview).AddEndpointFilter<OwnerOnly>().AddEndpointFilter<WritableDatabase>().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(bodyLimit)).WithFormOptions(multipartBodyLengthLimit: bodyLimit, valueLengthLimit: TranscriptParser.MaxFileBytes, multipartHeadersLengthLimit: headersLimit);
    }

    private static async Task<IResult> Import(HttpContext context, LibraryUpload upload, LibraryFiles files, ImportNotices notices, IConfiguration configuration, ILogger<LibraryUpload> logger)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        UploadOutcome outcome;
        if (form[StagedField].ToString() is { Length: > 0 } stagedIds)
        {
            var staged = stagedIds.Split(',').Select(id => files.Staged(id.Trim())).ToList();
            if (staged.Any(s => s is null))
                outcome = new UploadOutcome([], [new UploadProblem("", 0, "expected the previewed files, found them gone (a preview is kept for a day): choose the files again")]);
            else
                outcome = SaveStaged(upload, [.. staged.OfType<StagedEpisode>()], form);
        }
        else
        {
            var (incoming, problems) = Incoming(form, MaxMediaBytes(configuration));
            outcome = problems.Count > 0 ? new UploadOutcome([], problems) : upload.Import(incoming, form[ChaptersField]);
        }
        logger.LogInformation("Import from the web: {Episodes} {EpisodesNoun} ({Outcomes}), {Problems} {ProblemsNoun}",
            outcome.Episodes.Count, Counted.Noun(outcome.Episodes.Count, "episode"), string.Join(", ", outcome.Episodes.Select(e => $"{e.Slug} {e.Outcome}")),
            outcome.Problems.Count, Counted.Noun(outcome.Problems.Count, "problem"));

        if (OwnerOnly.WantsJson(context))
        {
            return outcome.Problems.Count > 0 && outcome.Episodes.Count == 0
                ? Results.Json(new { errors = outcome.Problems.Select(Json) }, statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(new { episodes = outcome.Episodes.Select(Json), errors = outcome.Problems.Select(Json) });
        }
        if (outcome.Problems.Count == 0 && outcome.Episodes is [{ Outcome: ImportOutcome.Added or ImportOutcome.Replaced } only])
            return SiteRedirect.To(context, $"episodes/{Uri.EscapeDataString(only.Slug!)}");
        return SiteRedirect.To(context, $"import?notice={notices.Add(new ImportNotice(outcome.Problems, outcome.Episodes))}");
    }

    private static async Task<IResult> Preview(HttpContext context, LibraryUpload upload, LibraryFiles files, ImportNotices notices, IConfiguration configuration)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (incoming, problems) = Incoming(form, MaxMediaBytes(configuration));
        if (problems.Count == 0)
        {
            var (staged, stageProblems) = upload.Stage(incoming, form[ChaptersField], kind: "preview");
            if (stageProblems.Count == 0)
                return SiteRedirect.To(context, $"import?staged={string.Join(',', staged.Select(files.Keep))}");
            problems = [.. stageProblems];
        }
        return SiteRedirect.To(context, $"import?notice={notices.Add(new ImportNotice(problems, []))}");
    }

    /// <summary>The preview's episodes with the names and roles given there, saved.</summary>
    private static UploadOutcome SaveStaged(LibraryUpload upload, IReadOnlyList<StagedEpisode> staged, IFormCollection form)
    {
        var problems = new List<UploadProblem>();
        foreach (var (episode, k) in staged.Select((s, k) => (s, k)))
        {
            var overrides = SpeakerEdits.From(form, $"{k}.");
            if (overrides.Count > 0)
                File.WriteAllText(SpeakerOverrides.SidecarPathFor(episode.Source.Primary), SpeakerOverrides.Serialize(overrides) + Environment.NewLine);
            try
            {
                EpisodeImporter.Read(episode.Source);
            }
            catch (TranscriptFormatException e)
            {
                problems.Add(new UploadProblem(e.File, e.Line, e.Expected));
            }
        }
        return problems.Count > 0 ? new UploadOutcome([], problems) : upload.Save(staged);
    }

    /// <summary>The form's files and pasted text as incoming files; a media file over the limit is a problem.</summary>
    private static (List<IncomingFile> Files, List<UploadProblem> Problems) Incoming(IFormCollection form, long maxMediaBytes)
    {
        var problems = new List<UploadProblem>();
        var incoming = form.Files.GetFiles(FilesField).Where(f => f.Length > 0 || f.FileName.Length > 0)
            .Select(f => new IncomingFile(f.FileName, f.OpenReadStream, f.Length)).ToList();
        foreach (var file in incoming.Where(f => Transcripts.Media.EpisodeMedia.TypeOf(f.Name) is not null && f.Length > maxMediaBytes))
            problems.Add(new UploadProblem(file.Name, 0, $"expected a media file of at most {maxMediaBytes / (1024 * 1024)} MiB, found {file.Length / (1024 * 1024)} MiB"));
        if (form[TextField].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            // Named by its content, so that pasting the same text again is "unchanged", not a second episode.
            incoming.Add(new IncomingFile($"pasted-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}.txt", () => new MemoryStream(bytes), bytes.Length));
        }
        return (incoming, problems);
    }

    private static object Json(ImportResult result) => new
    {
        slug = result.Slug,
        outcome = result.Outcome.ToString().ToLowerInvariant(),
        segments = result.Segments,
        chapters = result.Chapters,
        timed = result.Timed,
        warnings = result.WarningDetails.Select(w => new { file = result.File[(result.File.IndexOf('/') + 1)..], line = w.Line, message = w.Message }),
    };

    private static object Json(UploadProblem problem) => new { file = problem.File, line = problem.Line, message = problem.Message };
}
