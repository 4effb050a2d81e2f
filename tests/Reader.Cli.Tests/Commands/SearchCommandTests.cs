namespace Reader.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public SearchCommandTests() => cli.Run("import", CliRun.Seed);

    public void Dispose() => cli.Dispose();

    [Fact]
    public void AChineseWordListsItsMatchesWithTheirSegments()
    {
        var (exitCode, output, _) = cli.Run("search", "基准");

        Assert.Equal(0, exitCode);
        Assert.Contains("16 matches, most relevant first; page 1 of 1.", output);
        Assert.Contains("#s-", output);
        Assert.Contains("benchmark", output);
    }

    [Fact]
    public void APageBeyondTheFirstContinuesTheList()
    {
        var (_, first, _) = cli.Run("search", "模型");
        var (_, second, _) = cli.Run("search", "模型", "--page", "2");

        Assert.Contains("page 1 of 5", first);
        Assert.Contains("page 2 of 5", second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void NothingToSearchForExitsNonZeroWithTheReason()
    {
        var (exitCode, output, error) = cli.Run("search", "?!…");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Nothing to search for", error);
    }

    [Fact]
    public void ABlankQueryIsRefusedWithTheReason()
    {
        var (exitCode, _, error) = cli.Run("search", "   ");

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing to search for", error);
    }

    [Fact]
    public void NoMatchesIsSaidPlainly()
    {
        var (exitCode, output, _) = cli.Run("search", "\"zebra NEAR(", "-p", "3");

        Assert.Equal(0, exitCode);
        Assert.Contains("No matches", output);
    }

    [Fact]
    public void OneEpisodeListsEveryMatchInTranscriptOrder()
    {
        var (exitCode, output, _) = cli.Run("search", "AlphaFold", "--episode", "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi");

        Assert.Equal(0, exitCode);
        Assert.Contains("2 matches in koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi.", output);
        var segments = System.Text.RegularExpressions.Regex.Matches(output, @"#s-(\d+)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(2, segments.Count);
        Assert.True(segments[0] < segments[1]);
    }

    [Fact]
    public void AnUnknownEpisodeIsRefused()
    {
        var (exitCode, _, error) = cli.Run("search", "模型", "--episode", "no-such-episode");

        Assert.Equal(1, exitCode);
        Assert.Contains("no-such-episode", error);
    }
}
