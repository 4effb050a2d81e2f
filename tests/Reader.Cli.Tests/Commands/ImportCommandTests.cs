namespace Reader.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    // Needed by the tests of pairs only: the subtitle parsers read them; the export seed needs none.
    internal const string ChineseSrt = "1\n00:00:01,000 --> 00:00:03,000\n你好，欢迎收听。\n\n2\n00:00:03,500 --> 00:00:06,000\n今天我们聊聊人工智能。\n";
    internal const string EnglishSrt = "1\n00:00:01,000 --> 00:00:03,000\nHello, and welcome.\n\n2\n00:00:03,500 --> 00:00:06,000\nToday we talk about AI.\n";

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ImportingAFolderSummarisesEachEpisodeAndListShowsThem()
    {
        var folder = Path.Combine(cli.Root, "downloads");
        cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed));

        var import = cli.Run("import", folder);
        var list = cli.Run("list");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("episode/episode.txt", import.Output);
        Assert.Contains("added", import.Output);
        Assert.Contains("611", import.Output);
        Assert.Contains("Timed", import.Output);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("koray-kavukcuoglu", list.Output);
    }

    [Fact]
    public void AnImportedFileIsKeptInTheSourcesFolder()
    {
        var path = cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed));

        var (exitCode, _, _) = cli.Run("import", path);

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(path), File.ReadAllText(Path.Combine(cli.Sources, "episode", "episode.txt")));
        Assert.Contains("episode/episode.txt", cli.Run("list").Output);
    }

    [Fact]
    public void AFilesSidecarsComeAlongWithIt()
    {
        var path = cli.Write("downloads/episode.txt", File.ReadAllText(CliRun.Seed));
        var pins = cli.Write("downloads/episode.times.json", "{ \"pins\": [{ \"segment\": 200, \"seconds\": 1070 }] }");

        var (exitCode, _, _) = cli.Run("import", path);

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(pins), File.ReadAllText(Path.Combine(cli.Sources, "episode", "episode.times.json")));
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

    [Theory]
    [InlineData("empty.txt", "", "empty.txt:1: expected one of the formats Reader reads — the podcast app's bilingual export, SRT, WebVTT or ASS/SSA subtitles — found an empty file")]
    [InlineData("broken.txt", "Show - 标题 封面\n标题\nTitle\n本集简介\n简介 章节时间点: 0:00 - 开场 7:99 - 坏\n双语字幕\n",
        "broken.txt:5: expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '7:99'")]
    public void ABadFileExitsNonZeroWithItsFileAndLineAndSavesNothing(string name, string content, string expected)
    {
        var path = cli.Write(name, content);

        var (exitCode, _, error) = cli.Run("import", path);

        Assert.Equal(1, exitCode);
        Assert.Equal(expected, error.Trim());
        Assert.Empty(Directory.Exists(cli.Sources) ? Directory.EnumerateFiles(cli.Sources, "*", SearchOption.AllDirectories) : []);
        Assert.Empty(Directory.Exists(cli.Sources) ? Directory.EnumerateDirectories(cli.Sources).Where(d => !Path.GetFileName(d).StartsWith('.')) : []);
        Assert.Contains("No episodes yet", cli.Run("list").Output);
    }

    [Fact]
    public void AFolderWithABadFileSavesNoneOfItsEpisodes()
    {
        cli.Write("downloads/a-good.txt", File.ReadAllText(CliRun.Seed));
        cli.Write("downloads/b-empty.txt", "");

        var (exitCode, _, error) = cli.Run("import", Path.Combine(cli.Root, "downloads"));

        Assert.Equal(1, exitCode);
        Assert.Equal("b-empty.txt:1: expected one of the formats Reader reads — the podcast app's bilingual export, SRT, WebVTT or ASS/SSA subtitles — found an empty file", error.Trim());
        Assert.Empty(Directory.Exists(cli.Sources) ? Directory.EnumerateFiles(cli.Sources, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public void AFolderWithoutTranscriptsSaysSoAndExitsNonZero()
    {
        cli.Write("downloads/notes.md", "# not a transcript");

        var (exitCode, output, error) = cli.Run("import", Path.Combine(cli.Root, "downloads"));

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("added", output);
        Assert.Contains("no transcript or subtitle file in it (.txt, .srt, .vtt, .ass, .ssa)", error);
    }

    [Fact]
    public void TheSeedsFolderIsImportedWhereItIs()
    {
        cli.Write("seeds/episode.txt", File.ReadAllText(CliRun.Seed));

        var (exitCode, output, _) = cli.Run("import", Path.Combine(cli.Root, "seeds"));

        Assert.Equal(0, exitCode);
        Assert.Contains("added", output);
        Assert.False(Directory.Exists(Path.Combine(cli.Sources, "episode")));
        Assert.Contains(" episode.txt ", cli.Run("list").Output);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void PairRefusesAnythingButTwoFiles(int count)
    {
        var paths = Enumerable.Range(1, count).Select(n => cli.Write($"part-{n}.txt", File.ReadAllText(CliRun.Seed))).ToArray();

        var (exitCode, _, error) = cli.Run(["import", .. paths, "--pair"]);

        Assert.Equal(1, exitCode);
        Assert.Equal($"--pair expects exactly two transcript or subtitle files (its Chinese and its English), found {count}", error.Trim());
        Assert.False(Directory.Exists(cli.Sources));
    }

    // Needs the subtitle parsers: TranscriptReader reads exports alone until the formats branch is merged.
    [Fact]
    public void AFolderWithALanguageTaggedPairBecomesOneEpisode()
    {
        cli.Write("downloads/talk.zh.srt", ChineseSrt);
        cli.Write("downloads/talk.en.srt", EnglishSrt);

        var (exitCode, output, error) = cli.Run("import", Path.Combine(cli.Root, "downloads"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("added", output);
        Assert.Equal(["talk.en.slug", "talk.en.srt", "talk.zh.srt"], Directory.EnumerateFiles(Path.Combine(cli.Sources, "talk")).Select(Path.GetFileName).Order());
        Assert.Single(Directory.EnumerateDirectories(cli.Sources), d => !Path.GetFileName(d).StartsWith('.'));
    }

    // Needs the subtitle parsers: TranscriptReader reads exports alone until the formats branch is merged.
    [Fact]
    public void PairMakesTwoFilesOneEpisode()
    {
        var chinese = cli.Write("downloads/中文.srt", ChineseSrt);
        var english = cli.Write("downloads/english.srt", EnglishSrt);

        var (exitCode, output, error) = cli.Run("import", chinese, english, "--pair");

        Assert.True(exitCode == 0, error);
        Assert.Contains("added", output);
        Assert.Contains("yes", output);
        var episode = Assert.Single(Directory.EnumerateDirectories(cli.Sources), d => !Path.GetFileName(d).StartsWith('.'));
        Assert.Equal(2, Directory.EnumerateFiles(episode).Count(f => !f.EndsWith(".slug", StringComparison.Ordinal)));
        Assert.Single(Directory.EnumerateFiles(episode), f => f.EndsWith(".slug", StringComparison.Ordinal));
    }

    [Fact]
    public void ListingAnEmptyDatabaseSaysHowToImport()
    {
        var (exitCode, output, _) = cli.Run("list");

        Assert.Equal(0, exitCode);
        Assert.Contains("reader import", output);
    }
}
