using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Reader.Storage.Search;

/// <summary>
/// The full-text index of every segment's Chinese and English: the FTS5 table <c>SegmentSearch</c>
/// (created by the <c>AddSearchIndex</c> migration). It is contentless — the text lives in <c>Segments</c>;
/// the index holds <see cref="SearchText.IndexForm"/> of it — and its rowid is a <see cref="Key"/> made of the
/// episode's id and the segment's position, so one episode's entries are one rowid range: removed with one
/// statement, searched on their own with a range that FTS5 seeks to.
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// The tokenizing the index was built with. Bump it when <see cref="SearchText"/> changes what it produces:
    /// on the next start every episode is indexed again (<see cref="RebuildStale"/>), no re-import needed.
    /// </summary>
    public const int Version = 1;

    public const string Table = "SegmentSearch";

    internal const int OrdinalBits = 24;
    internal const long OrdinalMask = (1L << OrdinalBits) - 1;

    public static long Key(int episodeId, int ordinal)
    {
        if (ordinal is < 0 or > (int)OrdinalMask)
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"A segment's position must fit in {OrdinalBits} bits.");
        return ((long)episodeId << OrdinalBits) | (uint)ordinal;
    }

    public static int EpisodeOf(long key) => (int)(key >> OrdinalBits);

    public static int OrdinalOf(long key) => (int)(key & OrdinalMask);

    /// <summary>The first and last key an episode's segments can have.</summary>
    public static (long First, long Last) KeysOf(int episodeId) => (Key(episodeId, 0), Key(episodeId, (int)OrdinalMask));

    /// <summary>Indexes one episode's segments, inside the caller's transaction.</summary>
    internal static void Add(ReaderDbContext db, int episodeId, IEnumerable<(int Ordinal, string? Zh, string? En)> segments)
    {
        using var insert = Command(db, $"INSERT INTO {Table}(rowid, zh, en) VALUES ($key, $zh, $en)");
        var key = Sql.Parameter(insert, "$key");
        var zh = Sql.Parameter(insert, "$zh");
        var en = Sql.Parameter(insert, "$en");
        insert.Prepare();
        foreach (var segment in segments)
        {
            key.Value = Key(episodeId, segment.Ordinal);
            zh.Value = SearchText.IndexForm(segment.Zh);
            en.Value = SearchText.IndexForm(segment.En);
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Removes one episode's entries, inside the caller's transaction.</summary>
    internal static void Remove(ReaderDbContext db, int episodeId)
    {
        var (first, last) = KeysOf(episodeId);
        using var delete = Command(db, $"DELETE FROM {Table} WHERE rowid BETWEEN $first AND $last");
        Sql.Parameter(delete, "$first").Value = first;
        Sql.Parameter(delete, "$last").Value = last;
        delete.ExecuteNonQuery();
    }

    /// <summary>
    /// Indexes again, one transaction each, the episodes indexed by an older <see cref="Version"/> (or before
    /// the index existed). Returns how many there were.
    /// </summary>
    public static int RebuildStale(ReaderDbContext db)
    {
        var stale = db.Episodes.Where(e => e.SearchIndexVersion != Version).Select(e => e.Id).ToList();
        foreach (var id in stale)
        {
            using var transaction = db.Database.BeginTransaction();
            Remove(db, id);
            Add(db, id, db.Segments.AsNoTracking().Where(s => s.EpisodeId == id).OrderBy(s => s.Ordinal)
                .Select(s => new ValueTuple<int, string?, string?>(s.Ordinal, s.Zh, s.En)).ToList());
            db.Episodes.Where(e => e.Id == id).ExecuteUpdate(e => e.SetProperty(x => x.SearchIndexVersion, Version));
            transaction.Commit();
        }
        return stale.Count;
    }

    private static DbCommand Command(ReaderDbContext db, string sql)
    {
        var command = Sql.Command(db.Database.GetDbConnection(), sql);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
