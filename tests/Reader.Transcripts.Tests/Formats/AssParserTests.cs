using Reader.Transcripts.Formats;

namespace Reader.Transcripts.Tests.Formats;

public sealed class AssParserTests
{
    private const string File = "episode.ass";

    private const string Events = "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text";

    private static SubtitleFile Parse(params string[] events) =>
        AssParser.Parse(File, string.Join("\n", ["[Script Info]", "; made by hand", "Title: 测试节目", "ScriptType: v4.00+", "",
            "[V4+ Styles]", "Format: Name, Fontname, Fontsize", "Style: Default,Arial,20", "", "[Events]", .. events]));

    [Fact]
    public void TitleComesFromScriptInfo()
    {
        var ass = Parse(Events, "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hello.");

        Assert.Equal("测试节目", ass.Title);
    }

    [Fact]
    public void DialogueIsReadByItsFormatLine()
    {
        var ass = Parse(Events, "Dialogue: 0,0:00:01.50,1:02:03.25,Default,Esme,0,0,0,,Hello.");

        var cue = Assert.Single(ass.Cues);
        Assert.Equal((1, 1.5, 3723.25, "Esme", 12), (cue.Number, cue.StartSeconds, cue.EndSeconds, cue.Voice, cue.Line));
        Assert.Equal(["Hello."], cue.Lines);
    }

    [Fact]
    public void FieldsMayComeInAnyOrder()
    {
        var ass = Parse("Format: Name, End, Style, Start, Text", "Dialogue: Esme,0:00:04.00,Default,0:00:03.00,Hello.");

        var cue = Assert.Single(ass.Cues);
        Assert.Equal((3.0, 4.0, "Esme"), (cue.StartSeconds, cue.EndSeconds, cue.Voice));
    }

    [Fact]
    public void TextMayHoldCommas()
    {
        var ass = Parse(Events, "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Well, yes, and no.");

        Assert.Equal(["Well, yes, and no."], ass.Cues[0].Lines);
    }

    [Theory]
    [InlineData(@"{\i1}Hello{\i0} {\c&H00FFFF&\fs20}there", new[] { "Hello there" })]
    [InlineData(@"你好\NHello", new[] { "你好", "Hello" })]
    [InlineData(@"你好\nHello", new[] { "你好", "Hello" })]
    [InlineData(@"no\hbreak", new[] { "no break" })]
    [InlineData(@"{a comment}Text{\pos(10,20)}", new[] { "Text" })]
    [InlineData(@"{\an8}\N你好", new[] { "你好" })]
    public void OverrideTagsAreStrippedAndBreaksKept(string text, string[] lines)
    {
        var ass = Parse(Events, $"Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{text}");

        Assert.Equal(lines, ass.Cues[0].Lines);
    }

    [Fact]
    public void CommentsAndOtherSectionsAreNotCues()
    {
        var ass = Parse(Events, "Comment: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Not shown", "Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,Shown",
            "", "[Fonts]", "fontname: x.ttf", "!:encoded");

        Assert.Equal(["Shown"], Assert.Single(ass.Cues).Lines);
        Assert.Equal([LineKind.Artifact, LineKind.SegmentText, LineKind.Header, LineKind.Artifact, LineKind.Artifact], ass.Lines.TakeLast(5).Select(l => l.Kind));
    }

    [Fact]
    public void CuesAreSortedByStart()
    {
        var ass = Parse(Events, "Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,Second", "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,First");

        Assert.Equal(["First", "Second"], ass.Cues.Select(c => c.Lines[0]));
    }

    [Fact]
    public void DialogueBeforeAFormatLineIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse("Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hello."));

        Assert.Equal((File, 11, "expected a 'Format:' line naming the fields in [Events] before the first 'Dialogue:' line"), (error.File, error.Line, error.Expected));
    }

    [Fact]
    public void MalformedTimeIsAnErrorNamingItsField()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse(Events, "Dialogue: 0,0:00:01.00,0:0x:02.00,Default,,0,0,0,,Hello."));

        Assert.Equal((12, "expected a time like 0:01:02.50 in the End field, found '0:0x:02.00'"), (error.Line, error.Expected));
    }

    [Fact]
    public void DialogueEndingBeforeItStartsIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse(Events, "Dialogue: 0,0:00:05.00,0:00:02.00,Default,,0,0,0,,Hello."));

        Assert.Equal((12, "expected dialogue 1 to end after it starts, found 0:00:05.00 to 0:00:02.00"), (error.Line, error.Expected));
    }
}
