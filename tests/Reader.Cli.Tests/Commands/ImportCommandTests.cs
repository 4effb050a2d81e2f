namespace Reader.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ImportingAFolderSummarisesEachEpisodeAndListShowsThem()
    {
        var folder = Path.Combine(cli.Root, "seeds");
        cli.Write("seeds/episode.txt", File.ReadAllText(CliRun.Seed));

        var import = cli.Run("import", folder);
        var list = cli.Run("list");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("episode.txt", import.Output);
        Assert.Contains("added", import.Output);
        Assert.Contains("611", import.Output);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("koray-kavukcuoglu", list.Output);
    }

    [Fact]
    public void ImportingTheSameFileTwiceReportsItUnchanged()
    {
        var path = cli.Write("episode.txt", File.ReadAllText(CliRun.Seed));
        cli.Run("import", path);

        var again = cli.Run("import", path);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Output);
    }

    [Fact]
    public void AFailedFileExitsNonZeroWithItsErrorLine()
    {
        var path = cli.Write("empty.txt", "");

        var (exitCode, _, error) = cli.Run("import", path);

        Assert.NotEqual(0, exitCode);
        Assert.Equal("empty.txt:1: expected a transcript export, found an empty file", error.Trim());
    }

    [Fact]
    public void ListingAnEmptyDatabaseSaysHowToImport()
    {
        var (exitCode, output, _) = cli.Run("list");

        Assert.Equal(0, exitCode);
        Assert.Contains("reader import", output);
    }
}
