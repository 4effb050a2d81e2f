using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Reader.Storage;

/// <summary>What a start found the database file to be, and what a running app can still do with it.</summary>
public enum DatabaseCondition
{
    /// <summary>Not checked yet, or being migrated.</summary>
    Starting,
    Ready,
    /// <summary>Readable, not writable (the file, its folder or its disk): served as it is, every write refused.</summary>
    ReadOnly,
    /// <summary>Not a database, truncated, or with damaged pages: never served.</summary>
    Damaged,
    /// <summary>Neither writable nor readable (no permission, a path through a file).</summary>
    CannotOpen,
    /// <summary>Deleted, or replaced by another file, while the app ran, and not yet reopened.</summary>
    Gone,
}

/// <summary>
/// The database file itself, beside what EF Core makes of it: whether it is a database, undamaged, writable,
/// and still the file this process opened. Each fault is said in one line that names the file and what to do,
/// never as SQLite's exception and its stack.
/// </summary>
public sealed class DatabaseFile
{
    // "Every valid SQLite database file begins with the following 16 bytes: SQLite format 3\000" (fileformat2.html).
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    private const int Busy = 5, Locked = 6, Readonly = 8, Interrupted = 9, Corrupt = 11, CannotOpenFile = 14, NotADatabase = 26;

    private readonly string configured;

    public DatabaseFile(string connectionString)
    {
        configured = connectionString;
        ConnectionString = connectionString;
        Path = System.IO.Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
    }

    public string Path { get; }

    /// <summary>What contexts open: the configured connection string, or a read-only one once the file proves read-only.</summary>
    public string ConnectionString { get; private set; }

    public DatabaseCondition Condition { get; private set; } = DatabaseCondition.Starting;

    /// <summary>While the condition is not <see cref="DatabaseCondition.Ready"/>: what is wrong and what to do, in one line.</summary>
    public string? Problem { get; private set; }

    /// <summary>The id this file was given when it was made (<c>DatabaseIdentity</c>); null before, or in a file made before ids.</summary>
    public string? Identity { get; private set; }

    public bool CanWrite => Condition == DatabaseCondition.Ready;

    /// <summary>
    /// What a start needs to know before it migrates: that the file is a database (its header), has no damaged
    /// page (<c>PRAGMA quick_check</c>, cut short after <paramref name="checkBudget"/>, which the log says), and
    /// can be written. A read-only file switches <see cref="ConnectionString"/> to a read-only open.
    /// </summary>
    public DatabaseCondition Check(TimeSpan checkBudget, ILogger logger)
    {
        Condition = DatabaseCondition.Starting;
        Problem = null;
        if (!File.Exists(Path) || new FileInfo(Path).Length == 0)
            return Condition; // A new database: the migrations make it, and say so if they cannot.
        if (!StartsWithHeader())
            return Fail(DatabaseCondition.Damaged, "is not a SQLite database (its first bytes are something else: overwritten?)");

        try
        {
            using var connection = Open(new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            if (QuickCheck(connection, checkBudget, logger) is { } damage)
                return Fail(DatabaseCondition.Damaged, $"has damaged pages (PRAGMA quick_check: {damage})");
            ProbeWrite(connection);
            return Condition;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is Readonly or CannotOpenFile)
        {
            return OpenReadOnly(e, checkBudget, logger);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is Corrupt or NotADatabase)
        {
            return Fail(DatabaseCondition.Damaged, $"is damaged ({e.Message.TrimEnd('.')})");
        }
    }

    /// <summary>The condition an exception of a start's migration means, for the faults <see cref="Check"/> cannot see before a write.</summary>
    public DatabaseCondition? Diagnose(SqliteException e) => e.SqliteErrorCode switch
    {
        Readonly => Fail(DatabaseCondition.ReadOnly, ReadOnlyProblem),
        CannotOpenFile => Fail(DatabaseCondition.CannotOpen, $"cannot be opened or created ({e.Message.TrimEnd('.')}): check that the folder exists and this user may write it"),
        Corrupt or NotADatabase => Fail(DatabaseCondition.Damaged, $"is damaged ({e.Message.TrimEnd('.')})"),
        _ => null,
    };

    /// <summary>The start migrated the file (or found it current): it is ready, and its id is read to notice a replacement.</summary>
    public void Ready()
    {
        using var connection = Open(ReadConnectionString());
        Identity = ReadIdentity(connection);
        Condition = DatabaseCondition.Ready;
        Problem = null;
    }

    /// <summary>A read-only start's file is served as it is; its id, if it has one, still shows a replacement.</summary>
    public void ServeReadOnly()
    {
        using var connection = Open(ReadConnectionString());
        Identity = ReadIdentity(connection);
        Condition = DatabaseCondition.ReadOnly;
        Problem ??= ReadOnlyProblem;
    }

    /// <summary>
    /// Whether the file at <see cref="Path"/> is still the one opened: read through a new connection by path, since
    /// the pool's connections keep reading a deleted file. False when it is gone or another file is there.
    /// </summary>
    public bool IsStillTheSameFile()
    {
        if (!File.Exists(Path))
            return false;
        if (Identity is null)
            return true; // A file from before ids (read-only, so never migrated): only its deletion shows.
        try
        {
            using var connection = Open(ReadConnectionString());
            return ReadIdentity(connection) == Identity;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>The file was deleted or replaced under the running app; writes are refused until it is reopened.</summary>
    public void Lost(string what)
    {
        Condition = DatabaseCondition.Gone;
        Problem = what;
        // No connection may make an empty file where the old one was: a new one comes from `reader rebuild`,
        // an import or a restore, and is then reopened.
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
            ConnectionString = new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString();
    }

    /// <summary>A new file is at the path: it is checked and opened as at a start, with the configured connection string.</summary>
    public void Reopening()
    {
        ConnectionString = configured;
        Condition = DatabaseCondition.Starting;
        Problem = null;
    }

    public string Line => $"{Path} {Problem}";

    private string ReadOnlyProblem =>
        "is read-only (the file, its folder or its disk cannot be written): serving what it holds and refusing imports, edits and deletions. " +
        "To write again, make the file and its folder writable by this user (chmod u+w, or mount the disk rw) and restart.";

    private DatabaseCondition OpenReadOnly(SqliteException writeError, TimeSpan checkBudget, ILogger logger)
    {
        // A WAL database in a folder that cannot be written cannot even be read normally (SQLite must make its
        // -shm file); opened immutable it can, and nothing here can write it anyway.
        var readOnly = new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadOnly };
        var immutable = new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadOnly, DataSource = $"file:{Uri.EscapeDataString(Path).Replace("%2F", "/")}?immutable=1" };
        foreach (var candidate in new[] { readOnly, immutable })
        {
            try
            {
                using var connection = Open(new SqliteConnectionStringBuilder(candidate.ToString()) { Pooling = false }.ToString());
                if (QuickCheck(connection, checkBudget, logger) is { } damage)
                    return Fail(DatabaseCondition.Damaged, $"has damaged pages (PRAGMA quick_check: {damage})");
                ConnectionString = candidate.ToString();
                return Fail(DatabaseCondition.ReadOnly, ReadOnlyProblem);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is Readonly or CannotOpenFile)
            {
            }
            catch (SqliteException e) when (e.SqliteErrorCode is Corrupt or NotADatabase)
            {
                return Fail(DatabaseCondition.Damaged, $"is damaged ({e.Message.TrimEnd('.')})");
            }
        }
        return Fail(DatabaseCondition.CannotOpen, $"cannot be opened ({writeError.Message.TrimEnd('.')}): check that this user may read the file and its folder");
    }

    private DatabaseCondition Fail(DatabaseCondition condition, string problem)
    {
        Condition = condition;
        Problem = condition == DatabaseCondition.Damaged
            ? $"{problem}. Move it aside and run `reader rebuild` to make it again from the library's files (data/sources/ and the seeds), or `reader restore <backup>`."
            : problem;
        return condition;
    }

    private bool StartsWithHeader()
    {
        try
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var start = new byte[Header.Length];
            return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.AsSpan().SequenceEqual(Header);
        }
        catch (UnauthorizedAccessException)
        {
            return true; // SQLite's own open says so, as "cannot be opened".
        }
    }

    /// <summary>Null when the check finds nothing (or is cut short); else the first problems it reports.</summary>
    private string? QuickCheck(SqliteConnection connection, TimeSpan budget, ILogger logger)
    {
        // quick_check reads every page: seconds on a large file. Past the budget SQLite is interrupted and the
        // start goes on, saying the check was not finished; a damaged page read later still fails that read.
        using var timeout = new CancellationTokenSource(budget);
        using var interrupt = timeout.Token.Register(() => SQLitePCL.raw.sqlite3_interrupt(connection.Handle));
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(3);";
            var found = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                    found.Add(reader.GetString(0));
            }
            return found is ["ok"] ? null : string.Join("; ", found);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == Interrupted)
        {
            logger.LogWarning("The integrity check of {Database} was cut short after {Seconds} s; starting without it", Path, budget.TotalSeconds);
            return null;
        }
    }

    // A write transaction that changes nothing: SQLite says "readonly" only when a write begins. Another writer
    // (a second app starting, the CLI, a server just stopped) is waited for a while; if it still holds the lock,
    // the file is evidently writable, which is all the probe asks.
    private static void ProbeWrite(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA user_version;";
        var version = Convert.ToInt64(command.ExecuteScalar());
        command.CommandText = $"BEGIN IMMEDIATE; PRAGMA user_version = {version}; ROLLBACK;";
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is Busy or Locked)
        {
        }
    }

    private static string? ReadIdentity(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'DatabaseIdentity';";
        if (Convert.ToInt64(command.ExecuteScalar()) == 0)
            return null;
        command.CommandText = "SELECT Id FROM DatabaseIdentity LIMIT 1;";
        return command.ExecuteScalar() as string;
    }

    private string ReadConnectionString()
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false };
        // A read must never create the file that was deleted.
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
            builder.Mode = SqliteOpenMode.ReadWrite;
        return builder.ToString();
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
