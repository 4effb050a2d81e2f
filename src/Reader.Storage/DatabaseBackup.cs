using Microsoft.Data.Sqlite;

namespace Reader.Storage;

/// <summary>
/// A copy of the database taken while anything may be writing it, and a copy put back. The database is an
/// index of the library's files (<c>data/sources/</c>, the seeds), which are the truth: a backup of it is only
/// whole with a copy of those.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>
    /// <c>VACUUM INTO</c> a file beside <paramref name="target"/>, moved in when complete: one consistent snapshot
    /// (a read transaction, so a writer in WAL mode goes on), compacted, and never a half-written target.
    /// </summary>
    public static void Write(string database, string target, bool overwrite)
    {
        var partial = target + ".part";
        File.Delete(partial);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target;";
            command.Parameters.AddWithValue("$target", partial);
            command.ExecuteNonQuery();
        }
        File.Move(partial, target, overwrite);
    }

    /// <summary>Null when <paramref name="file"/> is a whole Reader database; else what it is not.</summary>
    public static string? Problem(string file)
    {
        var check = new DatabaseFile($"Data Source={file};Mode=ReadOnly;Pooling=False");
        var condition = check.Check(TimeSpan.FromMinutes(10), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        if (condition is DatabaseCondition.Damaged or DatabaseCondition.CannotOpen)
            return check.Problem;
        if (new FileInfo(file).Length == 0)
            return "is empty";
        return Tables(file) is var tables && tables.Contains("__EFMigrationsHistory") && tables.Contains("Episodes")
            ? null
            : "is a SQLite database but not Reader's (it has no migrations table and no episodes)";
    }

    /// <summary>Episodes in the file, read as it is.</summary>
    public static int Episodes(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Episodes;";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>
    /// Puts <paramref name="backup"/> where <paramref name="database"/> is, keeping the current file (with its
    /// -wal and -shm) beside it as <c>&lt;name&gt;.before-restore-&lt;time&gt;</c>; returns that name, or null
    /// when there was no database. The restored file gets an id of its own, so a running app sees that its file
    /// was replaced and reopens it.
    /// </summary>
    public static string? Restore(string backup, string database, DateTime now)
    {
        var incoming = database + ".restoring";
        File.Copy(backup, incoming, overwrite: true);
        using (var connection = Open(incoming, SqliteOpenMode.ReadWrite))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE DatabaseIdentity SET Id = lower(hex(randomblob(16))) WHERE EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'DatabaseIdentity');";
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // A backup from before ids: its first start migrates one in.
            }
        }

        string? aside = null;
        if (File.Exists(database))
        {
            Checkpoint(database);
            SqliteConnection.ClearAllPools();
            aside = $"{database}.before-restore-{now:yyyyMMdd-HHmmss}";
            // The -wal goes with its file: left beside another database it would be played into it.
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(database + suffix))
                    File.Move(database + suffix, aside + suffix);
            }
        }
        File.Move(incoming, database);
        return aside;
    }

    // Everything committed into the file itself, so that the copy kept aside is whole without its -wal.
    private static void Checkpoint(string database)
    {
        try
        {
            using var connection = Open(database, SqliteOpenMode.ReadWrite);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // A damaged or read-only file is kept aside as it is, -wal and all.
        }
    }

    private static HashSet<string> Tables(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
        using var reader = command.ExecuteReader();
        var tables = new HashSet<string>();
        while (reader.Read())
            tables.Add(reader.GetString(0));
        return tables;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
