using System.Text.Json;
using System.Text.RegularExpressions;
using Reader.Transcripts.Exports;
using Reader.Transcripts.Speakers;

namespace Reader.Transcripts.Tests.Exports;

/// <summary>
/// One transcript written to attack every export at once: HTML and script tags, an HTML comment, cue arrows,
/// voice-span ends, quotes, terminal escape sequences, other controls, Markdown syntax and bidi overrides, in the
/// titles, the show, the summary, the video link, the chapter titles, the speaker names and the segment text.
/// </summary>
public sealed partial class HostileTranscriptExportTests
{
    private const string Attack = "<script>alert(1)</script> <!-- --> --> ---> </v> \" ' \u001b]0;PWNED\u0007\u001b[2J \u009b31m \u007f \u202Eevil\u202C \u2066x";

    private static readonly Transcript Hostile = new TranscriptText
    {
        Cover = $"Show{Attack} - 标题{Attack} 封面",
        TitleZh = $"标题{Attack}",
        TitleEn = $"Title *a* _b_ [c](javascript:alert(1)) {Attack}",
        Summary = $"# 简介 {Attack} <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![y](http://e/y.png) &amp; `code`",
        SourceUrl = "https://youtu.be/x\"><script>alert(document.domain)</script>",
        Chapters = $"0:00 - 开场{Attack} 1:00 - 1. <b>第二章</b> > quote",
        Body =
        [
            .. TranscriptText.Segment(0, $"你好{Attack}", $"- item {Attack}"),
            .. TranscriptText.Segment(1, $"1. 列表 {Attack}", $"> quote ``` {Attack}"),
            .. TranscriptText.Segment(0, "=== 标题", "--- [ref]: http://evil.example"),
        ],
    }.Parse(new Dictionary<string, SpeakerOverride>
    {
        ["Speaker 0"] = new($"<v Mallory>{Attack}", SpeakerRole.Host),
        ["Speaker 1"] = new($"**Eve** {Attack}", SpeakerRole.Guest),
    });

    // What the Markdown renders to may hold only the export's own structure.
    private static readonly HashSet<string> MarkdownTags = ["h1", "h2", "p", "em", "strong", "br"];

    [GeneratedRegex(@"<\s*/?\s*([A-Za-z!?][^\s>/]*)")]
    private static partial Regex Tag();

    [Fact]
    public void HostileTranscriptParsesWithEveryAttackInItsFields()
    {
        Assert.Contains("<script>", Hostile.Episode.TitleZh);
        Assert.Contains("\u001b]0;PWNED", Hostile.Chapters[0].Title);
        Assert.Contains("<script>", Hostile.Episode.SourceUrl);
        Assert.Equal(3, Hostile.Segments.Count);
    }

    [Fact]
    public void MarkdownRendersWithoutAnyTagOfItsOwn()
    {
        var markdown = MarkdownExport.Write(Hostile, ExportOptions.Everything);

        var html = Markdig.Markdown.ToHtml(markdown);
        Assert.All(Tag().Matches(html), tag => Assert.Contains(tag.Groups[1].Value, MarkdownTags));
        Assert.DoesNotContain("href", html);
        Assert.Contains("&lt;script&gt;alert(document.domain)&lt;/script&gt;", html);
        AssertNoControls(markdown);
    }

    [Fact]
    public void WebVttCueTextOpensNoTagButTheVoiceAndHoldsNoArrow()
    {
        var vtt = WebVttExport.Write(Hostile, ExportOptions.Everything);

        foreach (var cue in Cues(vtt, skip: 2))
        {
            Assert.Contains(" --> ", cue[1]);
            var text = string.Join('\n', cue[2..]);
            Assert.StartsWith("<v ", text);
            Assert.Equal(1, text.Count(c => c == '<'));
            Assert.Equal(1, text.Count(c => c == '>'));
            Assert.DoesNotContain("-->", text);
        }
        AssertNoControls(vtt);
    }

    [Fact]
    public void SrtCueTextOpensNoTagAndHoldsNoArrow()
    {
        var srt = SrtExport.Write(Hostile, ExportOptions.Everything);

        var cues = Cues(srt, skip: 0);
        Assert.Equal(3, cues.Count);
        foreach (var cue in cues)
        {
            Assert.Contains(" --> ", cue[1]);
            var text = string.Join('\n', cue[2..]);
            Assert.DoesNotContain('<', text);
            Assert.DoesNotContain('>', text);
        }
        AssertNoControls(srt);
    }

    [Fact]
    public void PlainTextHoldsNoControlsAndNoArrow()
    {
        var text = PlainTextExport.Write(Hostile, ExportOptions.Everything);

        Assert.DoesNotContain("-->", text);
        Assert.Contains("<script>alert(document.domain)</script>", text);
        AssertNoControls(text);
    }

    [Fact]
    public void JsonTranscriptParsesAndKeepsTheTextExactly()
    {
        var json = PodcastJsonExport.Transcript(Hostile, ExportOptions.Everything);

        var segments = JsonDocument.Parse(json).RootElement.GetProperty("segments");
        Assert.Equal(Hostile.Segments[0].Zh + "\n" + Hostile.Segments[0].En, segments[0].GetProperty("body").GetString());
        Assert.Equal(Hostile.Speakers[0].Name, segments[0].GetProperty("speaker").GetString());
        Assert.DoesNotContain('\u001b', json);
    }

    [Fact]
    public void JsonChaptersParseAndKeepTheTitlesExactly()
    {
        var json = PodcastJsonExport.Chapters(Hostile);

        var chapters = JsonDocument.Parse(json).RootElement.GetProperty("chapters");
        Assert.Equal(Hostile.Chapters.Select(c => c.Title), chapters.EnumerateArray().Select(c => c.GetProperty("title").GetString()));
        Assert.DoesNotContain('\u001b', json);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=fXtna7UrL44", "<https://www.youtube.com/watch?v=fXtna7UrL44>")]
    [InlineData("http://youtu.be/a_b-c~d?t=1&x=%20", "<http://youtu.be/a_b-c~d?t=1&x=%20>")]
    [InlineData("https://youtu.be/x\"><script>", "https://youtu.be/x\"\\>\\<script\\>")]
    [InlineData("https://youtu.be/x>", "https://youtu.be/x\\>")]
    [InlineData("https://例子.测试/视频", "https://例子.测试/视频")]
    [InlineData("https://youtu.be/x`y", "https://youtu.be/x\\`y")]
    public void VideoLinkIsAnAutolinkOnlyWhenItIsACleanWebAddress(string url, string markdown)
    {
        var written = MarkdownExport.Link(url);

        Assert.Equal(markdown, written);
    }

    private static List<string[]> Cues(string subtitles, int skip) =>
        subtitles.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Skip(skip).Select(block => block.Split('\n')).ToList();

    private static void AssertNoControls(string text) =>
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n' || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
}
