using Microsoft.Data.Sqlite;

namespace Reader.Cli.Tests;

public sealed class CliServicesTests : IDisposable
{
    // What EF Core's SQLite migration lock leaves behind when the process holding it is killed.
    private const string StaleLock = """
        CREATE TABLE IF NOT EXISTS __EFMigrationsLock (Id INTEGER NOT NULL CONSTRAINT PK___EFMigrationsLock PRIMARY KEY, Timestamp TEXT NOT NULL);
        INSERT INTO __EFMigrationsLock VALUES (1, '2026-12-01 08:25:43+00:00');
        """;

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task ACommandRunsOnADatabaseWhoseFirstStartWasKilledWhileMigrating()
    {
        Execute(StaleLock);

        var (exitCode, output, _) = await RunWithin("list");

        Assert.Equal(0, exitCode);
        Assert.Contains("No episodes yet", output);
        Assert.Equal(0L, Execute("SELECT COUNT(*) FROM __EFMigrationsLock"));
    }

    [Fact]
    public async Task ACommandRunsOnAMigratedDatabaseWithAStaleMigrationLock()
    {
        cli.Run("import", CliRun.Seed);
        Execute(StaleLock);

        var (exitCode, output, _) = await RunWithin("list");

        Assert.Equal(0, exitCode);
        Assert.Contains("koray-kavukcuoglu", output);
        Assert.Equal(0L, Execute("SELECT COUNT(*) FROM __EFMigrationsLock"));
    }

    /// <summary>Before the fix such a command waited forever: give it 20 seconds.</summary>
    private Task<(int ExitCode, string Output, string Error)> RunWithin(params string[] args) =>
        Task.Run(() => cli.Run(args)).WaitAsync(TimeSpan.FromSeconds(20));

    private object? Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(cli.Root, "reader.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
