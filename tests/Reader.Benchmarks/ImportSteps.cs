using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Reader.Storage;
using Reader.Transcripts;

namespace Reader.Benchmarks;

/// <summary>
/// <c>--profile-import-steps</c>: the steps of <see cref="EpisodeImporter.ImportFile"/>, replayed one by one
/// with a stopwatch each (the importer's own code, copied: reading, hashing, the "already imported?" query,
/// parsing, the slug query, building the rows, SaveChanges, commit), cold and then warm, each round into a
/// new empty database as in the benchmark.
/// </summary>
internal static class ImportSteps
{
    // Enough rounds before the measured ones for tiered compilation to finish (a method moves to optimised code after 30 calls).
    private const int WarmupRounds = 60;
    private const int Rounds = 20;

    public static int Run()
    {
        var seed = Seeds.SeedPath;
        var name = Path.GetFileName(seed);
        var folder = Path.Combine(Path.GetTempPath(), $"reader-import-steps-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var steps = new List<(string Step, double Ms)>[WarmupRounds + Rounds + 1];
        try
        {
            for (var round = 0; round < steps.Length; round++)
            {
                var database = Path.Combine(folder, $"reader-{round}.db");
                var factory = ImportRun.Factory(database);
                using (var db = factory.CreateDbContext())
                    SqliteSetup.Migrate(db);
                steps[round] = Import(factory, seed, name);
                ImportRun.Delete(database);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine($"{"step",-26} {"cold",9} {"warm median",12}   (median of rounds {WarmupRounds + 2}..{steps.Length})");
        for (var s = 0; s < steps[0].Count; s++)
        {
            var warm = steps[(WarmupRounds + 1)..].Select(r => r[s].Ms).Order().ElementAt(Rounds / 2);
            Console.WriteLine($"{steps[0][s].Step,-26} {Ms(steps[0][s].Ms),9} {Ms(warm),12}");
        }
        return 0;
    }

    private static List<(string, double)> Import(IDbContextFactory<ReaderDbContext> factory, string path, string name)
    {
        var result = new List<(string, double)>();
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        void Lap(string step)
        {
            result.Add((step, clock.Elapsed.TotalMilliseconds));
            clock.Restart();
        }

        var content = File.ReadAllBytes(path);
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            sha.AppendData("reader-parser-1"u8);
            sha.AppendData(content);
            _ = Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        Lap("read + hash");

        using var db = factory.CreateDbContext();
        Lap("create context");
        var existing = db.Episodes.AsNoTracking().Where(e => e.SourceFile == name).Select(e => new { e.Id, e.Slug, e.ContentHash }).FirstOrDefault();
        Lap("query: already imported?");
        var transcript = TranscriptParser.Parse(name, content);
        Lap("parse");
        using var transaction = db.Database.BeginTransaction();
        Lap("begin transaction");
        var slug = transcript.Episode.Slug;
        _ = db.Episodes.Where(e => e.Slug == slug || e.Slug.StartsWith(slug + "-")).Select(e => e.Slug).ToHashSet();
        Lap("query: slugs taken");
        var row = ToRow(transcript, name, "hash", slug);
        Lap("build rows");
        db.Episodes.Add(row);
        Lap("Add (tracking)");
        db.SaveChanges();
        Lap("SaveChanges");
        transaction.Commit();
        Lap("commit");
        result.Add(("total", total.Elapsed.TotalMilliseconds));
        return result;
    }

    // A copy of Reader.Storage's internal TranscriptRows.ToRow.
    private static EpisodeRow ToRow(Transcript transcript, string sourceFile, string contentHash, string slug)
    {
        var episode = transcript.Episode;
        return new EpisodeRow
        {
            SourceFile = sourceFile,
            ContentHash = contentHash,
            Slug = slug,
            Show = episode.Show,
            TitleZh = episode.TitleZh,
            TitleEn = episode.TitleEn,
            Summary = episode.Summary,
            SourceUrl = episode.SourceUrl,
            DurationSeconds = episode.DurationSeconds,
            ImportedAtUtc = DateTime.UtcNow,
            Speakers = [.. transcript.Speakers.Select(s => new SpeakerRow { Label = s.Label, Name = s.Name, Role = s.Role.ToString().ToLowerInvariant() })],
            Chapters = [.. transcript.Chapters.Select(c => new ChapterRow { Ordinal = c.Ordinal, StartSeconds = c.StartSeconds, Title = c.Title, FirstSegment = c.FirstSegment })],
            Segments = [.. transcript.Segments.Select(s => new SegmentRow
            {
                Ordinal = s.Index,
                Speaker = s.Speaker,
                Zh = s.Zh,
                En = s.En,
                Chapter = s.Chapter,
                EstimatedStartSeconds = s.EstimatedStartSeconds,
                SourceLine = s.Line,
            })],
            Warnings = [.. transcript.Warnings.Select(w => new WarningRow { Line = w.Line, Message = w.Message })],
        };
    }

    private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);
}
