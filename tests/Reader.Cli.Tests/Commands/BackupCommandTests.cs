namespace Reader.Cli.Tests.Commands;

public sealed class BackupCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ABackupRestoredBringsBackTheEpisodesItHadAndKeepsTheDatabaseBefore()
    {
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        var backedUp = cli.StoredEpisodes();
        var backup = Path.Combine(cli.Root, "backups", "reader-backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
        var (backupExit, backupOutput, _) = cli.Run("backup", backup);
        cli.Run("import", cli.Write("downloads/other.txt", File.ReadAllText(CliRun.Seed).Replace("Going to Build AGI", "Going to Build It")));

        var (exitCode, output, error) = cli.Run("restore", backup);

        Assert.Equal(0, backupExit);
        Assert.Contains("1 episode", backupOutput);
        Assert.Contains("data/sources/", backupOutput);
        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("1 episode", output);
        Assert.Equal(backedUp, cli.StoredEpisodes());
        Assert.Single(Directory.GetFiles(cli.Root, "reader.db.before-restore-*"), f => !f.EndsWith("-wal") && !f.EndsWith("-shm"));
    }

    [Fact]
    public void ABackupDoesNotReplaceAFileUnlessForced()
    {
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        var target = cli.Write("kept.db", "someone's file");

        var (exitCode, _, error) = cli.Run("backup", target);
        var (forcedExit, _, _) = cli.Run("backup", target, "--force");

        Assert.Equal(1, exitCode);
        Assert.Contains("--force", error);
        Assert.Equal(0, forcedExit);
        Assert.NotEqual("someone's file", File.ReadAllText(target)[..14]);
    }

    [Fact]
    public void ARestoreOfAFileThatIsNotAReaderDatabaseChangesNothing()
    {
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        var before = cli.StoredEpisodes();

        var (exitCode, _, error) = cli.Run("restore", cli.Write("notes.txt", "not a database"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing was restored", error);
        Assert.Equal(before, cli.StoredEpisodes());
        Assert.Empty(Directory.GetFiles(cli.Root, "reader.db.before-restore-*"));
    }

    [Fact]
    public void ADamagedDatabaseIsOneLineNamingItAndNoStack()
    {
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var path = Path.Combine(cli.Root, "reader.db");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);

        var (exitCode, _, error) = cli.Run("list");

        Assert.Equal(1, exitCode);
        Assert.StartsWith(path + " ", error);
        Assert.Contains("reader rebuild", error);
        Assert.DoesNotContain("   at ", error);
    }
}
