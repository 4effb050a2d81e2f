using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reader.Storage.Tests;

/// <remarks>
/// What these can prove as root (CI): damaged, truncated and overwritten files, a file replaced or deleted,
/// and how a SQLite "readonly" error is taken. What they cannot: that a file or folder without write
/// permission is found read-only, since root writes through any permission bits (and neither chattr nor a
/// read-only mount is available there). That test runs only as another user; tests/faults/database-faults.sh
/// runs the app as nobody on a chmod'ed database to prove it wherever the suite runs as root.
/// </remarks>
public sealed class DatabaseFileTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public void AnUndamagedWritableFileIsFitToStart()
    {
        var file = new DatabaseFile($"Data Source={database.DatabasePath}");

        var condition = file.Check(TimeSpan.FromSeconds(10), NullLogger.Instance);

        Assert.Equal(DatabaseCondition.Starting, condition);
        Assert.Null(file.Problem);
    }

    [Theory]
    [InlineData("garbage in page 2")]
    [InlineData("truncated")]
    [InlineData("overwritten")]
    public void ADamagedFileIsOneLineNamingItAndWhatToDo(string damage)
    {
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(database.DatabasePath);
        switch (damage)
        {
            case "garbage in page 2":
                new Random(2).NextBytes(bytes.AsSpan(4096, 4096));
                break;
            case "truncated":
                bytes = bytes[..(bytes.Length / 3)];
                break;
            case "overwritten":
                "not a database at all\n"u8.CopyTo(bytes);
                break;
        }
        File.WriteAllBytes(database.DatabasePath, bytes);
        var file = new DatabaseFile($"Data Source={database.DatabasePath}");

        var condition = file.Check(TimeSpan.FromSeconds(10), NullLogger.Instance);

        Assert.Equal(DatabaseCondition.Damaged, condition);
        Assert.StartsWith(database.DatabasePath + " ", file.Line);
        Assert.Contains("reader rebuild", file.Line);
        Assert.Contains("reader restore", file.Line);
        Assert.DoesNotContain('\n', file.Line);
    }

    [Fact]
    public void SqlitesReadOnlyErrorIsTakenAsARefusalToWriteSayingWhatToDo()
    {
        var file = new DatabaseFile($"Data Source={database.DatabasePath}");

        var condition = file.Diagnose(new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8));

        Assert.Equal(DatabaseCondition.ReadOnly, condition);
        Assert.False(file.CanWrite);
        Assert.Contains("read-only", file.Problem);
        Assert.Contains("chmod", file.Problem);
    }

    [Fact]
    public void AFileThatCannotBeWrittenIsServedReadOnly()
    {
        // As root this proves nothing (root writes a 0444 file), so it runs only as another user; see the remarks.
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
            return;
        File.SetUnixFileMode(database.DatabasePath, UnixFileMode.UserRead);
        var file = new DatabaseFile($"Data Source={database.DatabasePath}");

        var condition = file.Check(TimeSpan.FromSeconds(10), NullLogger.Instance);

        Assert.Equal(DatabaseCondition.ReadOnly, condition);
        Assert.Equal(SqliteOpenMode.ReadOnly, new SqliteConnectionStringBuilder(file.ConnectionString).Mode);
    }

    [Fact]
    public void AFileReplacedOrDeletedUnderItIsNoticed()
    {
        var file = new DatabaseFile($"Data Source={database.DatabasePath}");
        file.Check(TimeSpan.FromSeconds(10), NullLogger.Instance);
        file.Ready();
        var same = file.IsStillTheSameFile();
        SqliteConnection.ClearAllPools();
        File.Move(database.DatabasePath, database.DatabasePath + ".old");
        var deleted = file.IsStillTheSameFile();
        using (var other = new TempDatabase())
            File.Copy(other.DatabasePath, database.DatabasePath);

        var replaced = file.IsStillTheSameFile();

        Assert.NotNull(file.Identity);
        Assert.True(same);
        Assert.False(deleted);
        Assert.False(replaced);
    }
}
