using Microsoft.Data.Sqlite;

namespace Reader.Storage.Tests;

public sealed class WriteLockTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ATakerThatMustWaitForAnotherWriterSaysWhatItWaitsForAndGetsTheLockAfterIt()
    {
        using var db = database.CreateContext();
        db.Database.EnsureCreated();
        var log = new RecordingLogger();
        var writer = new SqliteConnection($"Data Source={database.DatabasePath};Pooling=False");
        writer.Open();
        using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }

        var taking = Task.Run(() => WriteLock.Begin(db, log, "importing seed.txt"));
        Assert.True(SpinWait.SpinUntil(() => log.Lines.Count > 0, TimeSpan.FromSeconds(20)));
        writer.Dispose();
        using var transaction = await taking.WaitAsync(TimeSpan.FromSeconds(20));

        var line = Assert.Single(log.Lines);
        Assert.Contains("Waiting for another process to finish writing", line);
        Assert.EndsWith("before importing seed.txt", line);
    }

    [Fact]
    public void AFreeLockIsTakenWithoutAWord()
    {
        using var db = database.CreateContext();
        db.Database.EnsureCreated();
        var log = new RecordingLogger();

        using var transaction = WriteLock.Begin(db, log, "importing seed.txt");

        Assert.Empty(log.Lines);
    }
}
