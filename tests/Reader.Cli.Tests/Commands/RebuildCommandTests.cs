namespace Reader.Cli.Tests.Commands;

public sealed class RebuildCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void RebuildAfterTheDatabaseIsDeletedRestoresTheEpisodesWithTheirSlugs()
    {
        cli.Write("seeds/seed.txt", File.ReadAllText(CliRun.Seed).Replace("Going to Build AGI", "Going to Build It"));
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        cli.Run("import", Path.Combine(cli.Root, "seeds"));
        var before = cli.StoredEpisodes();
        cli.DeleteDatabase();

        var (exitCode, output, _) = cli.Run("rebuild");

        Assert.Equal(0, exitCode);
        Assert.Contains("2 added, 0 rebuilt, 0 failed (kept as they were), 0 removed.", output);
        Assert.Equal(["episode/episode.txt", "seed.txt"], before.Select(e => e.Source));
        Assert.Equal(before, cli.StoredEpisodes());
    }

    [Fact]
    public void RebuildReadsUnchangedFilesAgainAndKeepsTheirSlugs()
    {
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        var before = cli.StoredEpisodes();

        var (exitCode, output, _) = cli.Run("rebuild");

        Assert.Equal(0, exitCode);
        Assert.Contains("rebuilt", output);
        Assert.Contains("0 added, 1 rebuilt", output);
        Assert.Equal(before, cli.StoredEpisodes());
    }

    [Fact]
    public void RebuildRemovesAnEpisodeWhoseSourceFolderWasDeleted()
    {
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        Directory.Delete(Path.Combine(cli.Sources, "episode"), recursive: true);

        var (exitCode, output, _) = cli.Run("rebuild");

        Assert.Equal(0, exitCode);
        Assert.Contains("removed", output);
        Assert.Contains("1 removed.", output);
        Assert.Empty(cli.StoredEpisodes());
    }

    [Fact]
    public void AFileThatCannotBeReadKeepsItsOldEpisode()
    {
        cli.Run("import", cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed)));
        var before = cli.StoredEpisodes();
        File.WriteAllText(Path.Combine(cli.Sources, "episode", "episode.txt"), "");

        var (exitCode, output, error) = cli.Run("rebuild");

        Assert.Equal(1, exitCode);
        Assert.Contains("episode.txt:1: expected one of the formats Reader reads — the podcast app's bilingual export, SRT, WebVTT or ASS/SSA subtitles — found an empty file", error);
        Assert.Contains("1 failed (kept as they were)", output);
        Assert.Equal(before, cli.StoredEpisodes());
    }
}
