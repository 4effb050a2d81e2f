using System.Text;
using Reader.Transcripts.Formats;
using Reader.Transcripts.Tests.Formats;

namespace Reader.Transcripts.Tests;

public sealed class TranscriptReaderTests
{
    private static SourceFile File(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    private const string BilingualSrt = "1\n00:00:01,000 --> 00:00:02,000\n你好。\nHello.\n\n2\n00:02:05,000 --> 00:02:07,000\n再见。\nBye.\n";

    [Fact]
    public void ExportIsReadAsTheTranscriptParserReadsIt()
    {
        var transcript = TranscriptReader.Read([new SourceFile(Seed.File, Seed.Bytes)], chapterList: "0:00 - 被忽略");

        Assert.Equal(Seed.Transcript.Segments, transcript.Segments);
        Assert.Equal(Seed.Transcript.Chapters, transcript.Chapters);
    }

    [Fact]
    public void BilingualSubtitleFileIsReadWithAPastedChapterList()
    {
        var transcript = TranscriptReader.Read([File("talk.srt", BilingualSrt)], chapterList: "0:00 - 开场 2:00 - 结束语");

        Assert.Equal([("你好。", "Hello.", 1), ("再见。", "Bye.", 2)], transcript.Segments.Select(s => (s.Zh, s.En, s.Chapter!.Value)));
        Assert.Equal(["开场", "结束语"], transcript.Chapters.Select(c => c.Title));
    }

    [Fact]
    public void ChineseAndEnglishFilesArePairedInEitherOrder()
    {
        var en = File(SplitSentencePair.EnFile, SplitSentencePair.EnSrt);
        var zh = File(SplitSentencePair.ZhFile, SplitSentencePair.ZhSrt);

        var one = TranscriptReader.Read([en, zh]);
        var other = TranscriptReader.Read([zh, en]);

        Assert.Equal(one.Segments, other.Segments);
        Assert.Equal(SplitSentencePair.Expected.Length, one.Segments.Count);
    }

    [Fact]
    public void WebVttChaptersFileGivesTheOtherFileItsChapters()
    {
        var chapters = File("chapters.vtt", "WEBVTT\n\n00:00.000 --> 02:00.000\n开场\n\n02:00.000 --> 03:00.000\n结束语\n");

        var transcript = TranscriptReader.Read([chapters, File("talk.srt", BilingualSrt)]);

        Assert.Equal([new Chapter(1, 0, "开场", 1), new Chapter(2, 120, "结束语", 2)], transcript.Chapters);
    }

    [Fact]
    public void ThreeFilesAreAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read([File("a.srt", BilingualSrt), File("b.srt", BilingualSrt), File("c.srt", BilingualSrt)]));

        Assert.Equal("expected one bilingual file, or a Chinese and an English subtitle file, found 3 files: a.srt, b.srt, c.srt", error.Expected);
    }

    [Fact]
    public void ExportBesideASubtitleFileIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read([new SourceFile(Seed.File, Seed.Bytes), File("b.srt", BilingualSrt)]));

        Assert.Equal((Seed.File, "expected subtitle files (SRT, WebVTT or ASS/SSA) to pair, found the podcast app's export, which is read on its own"), (error.File, error.Expected));
    }

    [Fact]
    public void BinarySubtitleFileIsRefusedAsTheExportWouldBe()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read([new SourceFile("a.srt", [(byte)'1', (byte)'\n', 0, 1, 2])]));

        Assert.Equal(("a.srt", 2, "expected UTF-8 text, found binary data (a NUL byte)"), (error.File, error.Line, error.Expected));
    }

    [Fact]
    public void FileOfNoFormatIsAnError()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read([File("notes.txt", "Just some notes.")]));

        Assert.Contains("found a first line 'Just some notes.'", error.Expected);
    }

    [Fact]
    public void EveryFormatReadsToTheSameSegments()
    {
        var vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n你好。\nHello.\n\n00:02:05.000 --> 00:02:07.000\n再见。\nBye.\n";
        var ass = "[Script Info]\nTitle: talk\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
                  + "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,你好。\\NHello.\nDialogue: 0,0:02:05.00,0:02:07.00,Default,,0,0,0,,再见。\\NBye.\n";

        var fromSrt = TranscriptReader.Read([File("talk.srt", BilingualSrt)]);
        var fromVtt = TranscriptReader.Read([File("talk.vtt", vtt)]);
        var fromAss = TranscriptReader.Read([File("talk.ass", ass)]);

        Assert.Equal(fromSrt.Segments.Select(s => (s.Zh, s.En, s.StartSeconds, s.EndSeconds)), fromVtt.Segments.Select(s => (s.Zh, s.En, s.StartSeconds, s.EndSeconds)));
        Assert.Equal(fromSrt.Segments.Select(s => (s.Zh, s.En, s.StartSeconds, s.EndSeconds)), fromAss.Segments.Select(s => (s.Zh, s.En, s.StartSeconds, s.EndSeconds)));
        Assert.Equal(fromSrt.Episode, fromAss.Episode);
    }
}
