using System.Text.Json;

namespace Reader.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private const string Slug = "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi";

    private readonly CliRun cli = new();

    public ExportCommandTests() => cli.Run("import", CliRun.Seed);

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ExportingSubtitlesWritesWebVttToStdout()
    {
        var (exitCode, output, _) = cli.Run("export", Slug, "--format", "vtt");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("WEBVTT", output);
        Assert.Contains("<v Logan Kilpatrick>双子座三号", output);
    }

    [Fact]
    public void TheLanguageAndHiddenSpeakersNarrowTheExport()
    {
        var (_, output, _) = cli.Run("export", Slug, "--format", "json", "--lang", "en", "--hide", "Speaker 1");

        var segments = JsonDocument.Parse(output).RootElement.GetProperty("segments");
        Assert.Equal(198, segments.GetArrayLength());
        Assert.All(segments.EnumerateArray(), s => Assert.Equal("Logan Kilpatrick", s.GetProperty("speaker").GetString()));
        Assert.DoesNotContain("双子座", output);
    }

    [Fact]
    public void ChaptersComeOutInPodcastingFormat()
    {
        var (_, output, _) = cli.Run("export", Slug, "-f", "chapters");

        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("1.2.0", json.GetProperty("version").GetString());
        Assert.Equal(17, json.GetProperty("chapters").GetArrayLength());
    }

    [Fact]
    public void ChaptersCanBeAskedForByTheirUrlExtensionToo()
    {
        var (exitCode, output, _) = cli.Run("export", Slug, "-f", "chapters.json");

        Assert.Equal(0, exitCode);
        Assert.Equal(cli.Run("export", Slug, "-f", "chapters").Output, output);
    }

    [Fact]
    public void AnUnknownEpisodeExitsNonZero()
    {
        var (exitCode, output, error) = cli.Run("export", "no-such-episode", "--format", "md");

        Assert.NotEqual(0, exitCode);
        Assert.Equal("", output);
        Assert.Contains("no-such-episode", error);
    }

    [Fact]
    public void AnUnknownFormatIsRefused()
    {
        var (exitCode, _, _) = cli.Run("export", Slug, "--format", "docx");

        Assert.NotEqual(0, exitCode);
    }
}
