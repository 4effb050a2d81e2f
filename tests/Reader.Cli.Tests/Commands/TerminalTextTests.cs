using System.Text.RegularExpressions;
using Reader.Transcripts;

namespace Reader.Cli.Tests.Commands;

/// <summary>Text from a transcript reaches the terminal as text: its escape sequences are shown, never run.</summary>
public sealed class TerminalTextTests : IDisposable
{
    // Sets the window title and clears the screen; then a C1 CSI, a bidi override and a line separator.
    private const string Attack = "\u001b]0;PWNED\u0007\u2028\u001b[2J\u009b31m\u202Eevil";
    private const string Shown = @"\x1B]0;PWNED\x07\u2028\x1B[2J\x9B31m\u202Eevil";

    private static readonly string Transcript = string.Join("\n\n",
        $"Show{Attack} - 标题{Attack} 封面", $"标题{Attack}", $"Title{Attack}", "本集简介",
        $"简介{Attack} 章节时间点: 0:00 - 开场{Attack} 1:00 - 第二章", "双语字幕",
        "Speaker 0", $"你好{Attack}世界。", $"Hello{Attack} world.", "Speaker 1", "嗨。", "Hi.") + "\n";

    private static readonly string EpisodeSlug = Slug.From($"Title{Attack}", $"标题{Attack}");

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void ParseShowsTheTitlesChaptersAndNamesWithTheirControlsEscaped()
    {
        var path = cli.Write("hostile.txt", Transcript);

        var (exitCode, output, _) = cli.Run("parse", path);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Title{Shown}", output);
        Assert.Contains($"开场{Shown}", output);
        AssertNothingForTheTerminal(output);
    }

    [Fact]
    public void ParseErrorQuotesTheBadLineWithItsControlsEscaped()
    {
        var path = cli.Write("hostile.txt", $"{Attack}\n标题\nTitle\n");

        var (exitCode, _, error) = cli.Run("parse", path);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("hostile.txt:1: expected one of the formats Reader reads", error);
        Assert.Contains(Shown, error);
        AssertNothingForTheTerminal(error.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void ImportFailureQuotesTheBadLineWithItsControlsEscaped()
    {
        var path = cli.Write($"hostile{Attack[..1]}.txt", $"{Attack}\n标题\nTitle\n");

        var (exitCode, output, error) = cli.Run("import", path);

        Assert.Equal(1, exitCode);
        Assert.Contains(Shown, error);
        AssertNothingForTheTerminal(error.TrimEnd('\n', '\r'));
        AssertNothingForTheTerminal(output);
    }

    [Fact]
    public void ListShowsTheTitlesWithTheirControlsEscaped()
    {
        cli.Run("import", cli.Write("hostile.txt", Transcript));

        var (exitCode, output, _) = cli.Run("list");

        Assert.Equal(0, exitCode);
        Assert.Contains(@"\x1B]0;PWNED", output);
        AssertNothingForTheTerminal(output);
    }

    [Theory]
    [InlineData("search", "你好")]
    [InlineData("search", "Hello", "--episode", "{slug}")]
    public void SearchShowsTheTextWithItsControlsEscaped(params string[] args)
    {
        cli.Run("import", cli.Write("hostile.txt", Transcript));

        var (exitCode, output, _) = cli.Run([.. args.Select(a => a.Replace("{slug}", EpisodeSlug))]);

        Assert.Equal(0, exitCode);
        Assert.Contains(@"\x1B]0;PWNED", output);
        AssertNothingForTheTerminal(output);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("txt")]
    [InlineData("vtt")]
    [InlineData("srt")]
    [InlineData("json")]
    [InlineData("chapters")]
    public void ExportsHoldNoControlsForTheTerminal(string format)
    {
        cli.Run("import", cli.Write("hostile.txt", Transcript));

        var (exitCode, output, _) = cli.Run("export", EpisodeSlug, "--format", format);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(output, c => c is '\u001b' or '\u0007' or '\u009b');
    }

    [Fact]
    public void SpeakersEchoesTheGivenNameWithItsControlsEscaped()
    {
        var path = cli.Write("hostile.txt", Transcript);

        var (exitCode, output, _) = cli.Run("speakers", path, "Speaker 0", "--name", $"Ada{Attack}");

        Assert.Equal(0, exitCode);
        Assert.Contains($"Ada{Shown}", output);
        AssertNothingForTheTerminal(output);
    }

    /// <summary>No control character but line ends and Spectre.Console's own colours (SGR, <c>ESC [ … m</c>).</summary>
    private static void AssertNothingForTheTerminal(string output)
    {
        output = Regex.Replace(output, @"\u001b\[[0-9;]*m", "");
        var at = output.AsSpan().IndexOfAny("\u2028\u202E");
        for (var i = 0; at < 0 && i < output.Length; i++)
            at = char.IsControl(output[i]) && output[i] is not '\n' and not '\r' ? i : -1;
        Assert.True(at < 0, at < 0 ? "" : $"U+{(int)output[at]:X4} at {at}: {output[Math.Max(0, at - 40)..Math.Min(output.Length, at + 40)]}");
    }
}
