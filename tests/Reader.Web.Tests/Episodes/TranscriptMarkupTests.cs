using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader.Transcripts;
using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class TranscriptMarkupTests
{
    private const string MissingChinese = "（此句无中文）";
    private const string MissingEnglish = "(no English for this line)";

    [Fact]
    public void EachSegmentIsOneRow()
    {
        var document = Parse(SampleEpisode.Markup());

        var rows = document.QuerySelectorAll(".segment");

        Assert.Equal(SampleEpisode.Rows.Select(r => r.Ordinal.ToString()), rows.Select(r => r.GetAttribute("data-segment")));
    }

    [Theory]
    [InlineData(1, "Speaker 0", "1")]
    [InlineData(3, "Speaker 1", "1")]
    [InlineData(4, "Speaker 1", "2")]
    [InlineData(6, "Speaker 0", "3")]
    public void ARowCarriesItsOrdinalSpeakerAndChapter(int ordinal, string speaker, string chapter)
    {
        var document = Parse(SampleEpisode.Markup());

        var row = document.GetElementById($"s-{ordinal}");

        Assert.NotNull(row);
        Assert.Equal(ordinal.ToString(), row.GetAttribute("data-segment"));
        Assert.Equal(speaker, row.GetAttribute("data-speaker"));
        Assert.Equal(chapter, row.GetAttribute("data-chapter"));
    }

    [Fact]
    public void ARowOutsideAnyChapterHasNoChapterAttribute()
    {
        var rows = new TranscriptMarkup.Row[] { new(1, "Speaker 0", "你好。", "Hello.", null, null) };

        var document = Parse(SampleEpisode.Markup(rows));

        Assert.False(document.GetElementById("s-1")!.HasAttribute("data-chapter"));
    }

    [Fact]
    public void EveryRowHasAChineseCellThenAnEnglishCell()
    {
        var document = Parse(SampleEpisode.Markup());

        var cells = document.QuerySelectorAll(".segment").Select(row => row.QuerySelectorAll("p").Select(p => p.GetAttribute("lang")).ToList());

        Assert.All(cells, languages => Assert.Equal(["zh-Hans", "en"], languages));
    }

    [Fact]
    public void AMissingEnglishLineIsAMutedPlaceholderInTheEnglishColumn()
    {
        var document = Parse(SampleEpisode.Markup());

        var row = document.GetElementById("s-2")!;

        Assert.Equal("反响看起来非常积极。", row.QuerySelector("p.zh")!.TextContent);
        Assert.False(row.QuerySelector("p.zh")!.ClassList.Contains("missing"));
        var english = row.QuerySelector("p.en")!;
        Assert.True(english.ClassList.Contains("missing"));
        Assert.Equal("en", english.GetAttribute("lang"));
        Assert.Equal(MissingEnglish, english.TextContent);
    }

    [Fact]
    public void AMissingChineseLineIsAMutedPlaceholderInTheChineseColumn()
    {
        var document = Parse(SampleEpisode.Markup());

        var row = document.GetElementById("s-3")!;

        var chinese = row.QuerySelector("p.zh")!;
        Assert.True(chinese.ClassList.Contains("missing"));
        Assert.Equal("zh-Hans", chinese.GetAttribute("lang"));
        Assert.Equal(MissingChinese, chinese.TextContent);
        Assert.Equal("I'm very excited about the progress.", row.QuerySelector("p.en")!.TextContent);
        Assert.False(row.QuerySelector("p.en")!.ClassList.Contains("missing"));
    }

    [Fact]
    public void MissingLinesShiftNoOtherRowsText()
    {
        var document = Parse(SampleEpisode.Markup());

        var cells = document.QuerySelectorAll(".segment")
            .Select(row => (row.QuerySelector("p.zh")!.TextContent, row.QuerySelector("p.en")!.TextContent));

        Assert.Equal(SampleEpisode.Rows.Select(r => (r.Zh ?? MissingChinese, r.En ?? MissingEnglish)), cells);
    }

    [Fact]
    public void OnlyMissingLinesAreMarkedMissing()
    {
        var document = Parse(SampleEpisode.Markup());

        var missing = document.QuerySelectorAll("p.missing").Select(p => $"{p.ParentElement!.Id} {p.GetAttribute("lang")}");

        Assert.Equal(["s-2 en", "s-3 zh-Hans"], missing);
    }

    [Theory]
    [InlineData(1, "0:00 开场", 1)]
    [InlineData(2, "2:05 Gemini 3发布反响", 4)]
    [InlineData(3, "1:02:05 结束语", 6)]
    public void AChapterIsHeadedAtItsFirstSegment(int chapter, string heading, int firstSegment)
    {
        var document = Parse(SampleEpisode.Markup());

        var title = document.GetElementById($"c-{chapter}");

        Assert.NotNull(title);
        Assert.Equal("H2", title.TagName);
        Assert.Equal(heading, title.TextContent);
        var section = title.Closest("section")!;
        Assert.Equal(chapter.ToString(), section.GetAttribute("data-chapter-section"));
        Assert.Equal(firstSegment.ToString(), section.QuerySelector(".segment")!.GetAttribute("data-segment"));
    }

    [Fact]
    public void EachChapterHasOneHeading()
    {
        var document = Parse(SampleEpisode.Markup());

        var headings = document.QuerySelectorAll("h2.chapter-title").Select(h => h.Id);

        Assert.Equal(["c-1", "c-2", "c-3"], headings);
    }

    [Fact]
    public void AChapterWithAVideoLinksToItsTimeInANewTab()
    {
        var document = Parse(SampleEpisode.Markup());

        var link = document.QuerySelector("[data-chapter-section='2'] a.chapter-video")!;

        Assert.Equal("https://www.youtube.com/watch?v=fXtna7UrL44&t=125s", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public void AChapterWithoutAVideoHasNoVideoLink()
    {
        var document = Parse(SampleEpisode.Markup());

        var link = document.QuerySelector("[data-chapter-section='3'] a.chapter-video");

        Assert.Null(link);
    }

    [Fact]
    public void ConsecutiveSegmentsOfOneSpeakerFormOneTurn()
    {
        var document = Parse(SampleEpisode.Markup());

        var turns = document.QuerySelectorAll(".turn")
            .Select(turn => $"{turn.GetAttribute("data-speaker")}: {string.Join(",", turn.QuerySelectorAll(".segment").Select(s => s.GetAttribute("data-segment")))}");

        // A new chapter starts a new turn even when the speaker goes on (rows 3 and 4).
        Assert.Equal(["Speaker 0: 1,2", "Speaker 1: 3", "Speaker 1: 4", "Speaker 0: 5", "Speaker 0: 6"], turns);
    }

    [Fact]
    public void ATurnShowsItsSpeakersNameAndTimeOnce()
    {
        var document = Parse(SampleEpisode.Markup());

        var turn = document.QuerySelector(".turn")!;

        Assert.Equal("Logan Kilpatrick", Assert.Single(turn.QuerySelectorAll(".who")).TextContent);
        var when = Assert.Single(turn.QuerySelectorAll(".when"));
        Assert.Equal("≈0:00", when.TextContent);
        Assert.Equal($"episodes/{SampleEpisode.Slug}#s-1", when.GetAttribute("href")); // not a bare #s-1: the page has <base href="/">
    }

    [Fact]
    public void AnUnnamedSpeakerIsShownByLabel()
    {
        var rows = new TranscriptMarkup.Row[] { new(1, "Speaker 7", "你好。", "Hello.", 1, 0) };

        var document = Parse(SampleEpisode.Markup(rows));

        Assert.Equal("Speaker 7", document.QuerySelector(".who")!.TextContent);
    }

    [Fact]
    public void ChineseIsWrittenAsCharactersNotEntities()
    {
        var html = SampleEpisode.Markup();

        Assert.Contains("双子座三号，我们正坐在这里。", html);
        Assert.Contains("（此句无中文）", html);
        Assert.All(Regex.Matches(html, "&#x([0-9A-Fa-f]+);"), entity => Assert.True(Convert.ToInt32(entity.Groups[1].Value, 16) < 0x80, entity.Value));
    }

    [Theory]
    [InlineData("</p><script>alert(1)</script>")]
    [InlineData("\" onmouseover=\"x")]
    [InlineData("&amp;")]
    [InlineData("<b>bold</b> & 'quoted'")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void HostileTextRoundTripsAsText(string text)
    {
        var document = Parse(HostileMarkup(text));

        var row = document.GetElementById("s-1")!;

        Assert.Equal(text, row.QuerySelector("p.zh")!.TextContent);
        Assert.Equal(text, row.QuerySelector("p.en")!.TextContent);
        Assert.Equal(text, document.QuerySelector(".who")!.TextContent);
        Assert.Equal("0:00 " + text, document.GetElementById("c-1")!.TextContent);
    }

    [Theory]
    [InlineData("</p><script>alert(1)</script>")]
    [InlineData("\" onmouseover=\"x")]
    [InlineData("<b>bold</b>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public void HostileTextMakesNoElementsOrAttributes(string text)
    {
        var document = Parse(HostileMarkup(text));

        var elements = document.Body!.QuerySelectorAll("*");

        Assert.Empty(document.QuerySelectorAll("script, b, img"));
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Single(document.QuerySelectorAll(".segment"));
    }

    [Fact]
    public void AHostileSpeakerLabelStaysInItsAttribute()
    {
        const string label = "Speaker \"0\" onmouseover=\"x";
        var rows = new TranscriptMarkup.Row[] { new(1, label, "你好。", "Hello.", 1, 0) };

        var document = Parse(SampleEpisode.Markup(rows, speakers: []));

        Assert.Equal(label, document.GetElementById("s-1")!.GetAttribute("data-speaker"));
        Assert.Equal(label, document.QuerySelector(".turn")!.GetAttribute("data-speaker"));
        Assert.DoesNotContain(document.Body!.QuerySelectorAll("*"), e => e.HasAttribute("onmouseover"));
    }

    [Fact]
    public void ATurnCarriesItsSpeakersInferredRoleNotTheOrderOfItsLabel()
    {
        SpeakerView[] speakers = [new("Speaker 0", "Koray Kavukcuoglu", SpeakerRole.Guest, 4), new("Speaker 1", "Logan Kilpatrick", SpeakerRole.Host, 2)];

        var document = Parse(SampleEpisode.Markup(speakers: speakers));

        var roles = document.QuerySelectorAll(".turn").Select(t => (t.GetAttribute("data-speaker"), t.GetAttribute("data-role"))).Distinct();
        Assert.Equal([("Speaker 0", "guest"), ("Speaker 1", "host")], roles.Order());
    }

    [Fact]
    public void ATurnOfASpeakerWithoutARoleHasNone()
    {
        SpeakerView[] speakers = [new("Speaker 0", "Logan Kilpatrick", SpeakerRole.Unknown, 4), new("Speaker 1", "Koray Kavukcuoglu", SpeakerRole.Guest, 2)];

        var document = Parse(SampleEpisode.Markup(speakers: speakers));

        Assert.All(document.QuerySelectorAll(".turn[data-speaker='Speaker 0']"), turn => Assert.False(turn.HasAttribute("data-role")));
    }

    private static string HostileMarkup(string text)
    {
        var rows = new TranscriptMarkup.Row[] { new(1, "Speaker 0", text, text, 1, 0) };
        var speakers = new SpeakerView[] { new("Speaker 0", text, SpeakerRole.Host, 1) };
        var chapters = new ChapterView[] { new(1, 0, text, 1, null) };
        return SampleEpisode.Markup(rows, speakers, chapters);
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");
}
