using System.Text.Json;

namespace Reader.Cli.Tests.Commands;

public sealed class ParseCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ParseJsonPrintsTheWholeEpisodeInCamelCase()
    {
        var (exitCode, output, _) = cli.Run("parse", CliRun.Seed, "--json");

        Assert.Equal(0, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Google AI: Release Notes", json.GetProperty("episode").GetProperty("show").GetString());
        var speaker = json.GetProperty("speakers")[1];
        Assert.Equal(("Speaker 1", "Koray Kavukcuoglu", "guest"),
            (speaker.GetProperty("label").GetString(), speaker.GetProperty("name").GetString(), speaker.GetProperty("role").GetString()));
        var chapter = json.GetProperty("chapters")[10];
        Assert.Equal((1642, 329), (chapter.GetProperty("startSeconds").GetInt32(), chapter.GetProperty("firstSegment").GetInt32()));
        var segments = json.GetProperty("segments");
        Assert.Equal(611, segments.GetArrayLength());
        var missing = segments[434];
        Assert.Equal(435, missing.GetProperty("index").GetInt32());
        Assert.Equal("Speaker 1", missing.GetProperty("speaker").GetString());
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("zh").ValueKind);
        Assert.Equal("at,", missing.GetProperty("en").GetString());
        Assert.True(missing.GetProperty("chapter").GetInt32() > 0);
        Assert.True(missing.GetProperty("estimatedStartSeconds").GetInt32() > 0);
        Assert.Equal(1, json.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void ParseCountsInTheSingularForOne()
    {
        var (exitCode, output, _) = cli.Run("parse", CliRun.Seed);

        Assert.Equal(0, exitCode);
        Assert.Contains("611 segments, 17 chapters, 1 warning\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ParseSaysAnExportsTimesAreEstimatedAndNamesTheLineOfEachWarning()
    {
        var (exitCode, output, _) = cli.Run("parse", CliRun.Seed);

        Assert.Equal(0, exitCode);
        Assert.Contains("  times estimated, ≈", output);
        Assert.Matches(@"  release-notes-koray-kavukcuoglu-build-agi\.txt:\d+: \S", output);
    }

    [Fact]
    public void ParseJsonGivesAnExportsSegmentsNoRealTimes()
    {
        var (_, output, _) = cli.Run("parse", CliRun.Seed, "--json");

        var json = JsonDocument.Parse(output).RootElement;
        Assert.False(json.GetProperty("timed").GetBoolean());
        Assert.False(json.GetProperty("segments")[0].TryGetProperty("startSeconds", out _));
    }

    // Needs the subtitle parsers: TranscriptReader reads exports alone until the formats branch is merged.
    [Fact]
    public void ParseReadsAPairAndGivesItsSegmentsTheirCueTimes()
    {
        var chinese = cli.Write("talk.zh.srt", ImportCommandTests.ChineseSrt);
        var english = cli.Write("talk.en.srt", ImportCommandTests.EnglishSrt);

        var (exitCode, output, error) = cli.Run("parse", chinese, english, "--json");

        Assert.True(exitCode == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.True(json.GetProperty("timed").GetBoolean());
        var second = json.GetProperty("segments")[1];
        Assert.Equal(("今天我们聊聊人工智能。", "Today we talk about AI."), (second.GetProperty("zh").GetString(), second.GetProperty("en").GetString()));
        Assert.Equal((3.5, 6.0), (second.GetProperty("startSeconds").GetDouble(), second.GetProperty("endSeconds").GetDouble()));
    }

    [Fact]
    public void ParseDoesNotTouchTheDatabase()
    {
        cli.Run("parse", CliRun.Seed, "--json");

        Assert.False(File.Exists(Path.Combine(cli.Root, "reader.db")));
    }

    [Fact]
    public void BadInputExitsNonZeroWithOneLineNamingFileAndLine()
    {
        var path = cli.Write("broken.txt", "Show - 标题 封面\n标题\nTitle\n本集简介\n简介 章节时间点: 0:00 - 开场 7:99 - 坏\n双语字幕\n");

        var (exitCode, output, error) = cli.Run("parse", path, "--json");

        Assert.NotEqual(0, exitCode);
        Assert.Equal("", output);
        Assert.Equal("broken.txt:5: expected a chapter time m:ss or h:mm:ss (minutes and seconds below 60), found '7:99'", error.TrimEnd());
    }

    [Fact]
    public void AMissingFileExitsNonZero()
    {
        var (exitCode, _, error) = cli.Run("parse", Path.Combine(cli.Root, "nope.txt"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("nope.txt", error);
    }

    [Fact]
    public void AFolderIsNamedAsOneRatherThanAMissingFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(cli.Root, "episodes")).FullName;

        var (exitCode, output, error) = cli.Run("parse", folder);

        Assert.NotEqual(0, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("episodes: is a folder; expected a transcript or subtitle file (", error.TrimEnd());
    }

    [Fact]
    public void AnEndlessDeviceIsRefusedAtTheSizeLimitInOneLine()
    {
        if (!File.Exists("/dev/zero"))
            return;

        var (exitCode, output, error) = cli.Run("parse", "/dev/zero");

        Assert.NotEqual(0, exitCode);
        Assert.Equal("", output);
        Assert.Equal("zero:1: expected a transcript of at most 64 MiB, found more (the limit is passed on this line)", error.TrimEnd());
    }
}
