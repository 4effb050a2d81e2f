using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Reader.Storage;

/// <summary>
/// One read transaction on a context: every query inside it sees the database as the last commit before its
/// first read left it, so a read of several tables never mixes two versions of an episode. It is deferred and
/// only reads, so it never takes the write lock; with write-ahead logging it does not wait for a writer either.
/// </summary>
public sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly ReaderDbContext db;

    private ReadSnapshot(ReaderDbContext db, DbTransaction transaction)
    {
        this.db = db;
        Transaction = transaction;
    }

    /// <summary>For plain ADO.NET commands inside the snapshot.</summary>
    public DbTransaction Transaction { get; }

    public static async Task<ReadSnapshot> BeginAsync(ReaderDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new ReadSnapshot(db, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await db.Database.UseTransactionAsync(null);
        await Transaction.DisposeAsync();
        await db.Database.CloseConnectionAsync();
    }
}
