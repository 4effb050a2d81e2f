using Reader.Transcripts.Exports;

namespace Reader.Transcripts.Tests.Exports;

public sealed class ExportOptionsTests
{
    // From

    [Theory]
    [InlineData("zh", ExportLanguage.Chinese)]
    [InlineData("en", ExportLanguage.English)]
    [InlineData("both", ExportLanguage.Both)]
    [InlineData(null, ExportLanguage.Both)]
    [InlineData("", ExportLanguage.Both)]
    [InlineData("fr", ExportLanguage.Both)]
    public void LanguageIsReadFromTheLangValue(string? lang, ExportLanguage expected)
    {
        var options = ExportOptions.From(lang, null);

        Assert.Equal(expected, options.Language);
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("", new string[0])]
    [InlineData(" , ", new string[0])]
    [InlineData("Speaker 0", new[] { "Speaker 0" })]
    [InlineData("Speaker 0,Speaker 1", new[] { "Speaker 0", "Speaker 1" })]
    [InlineData(" Speaker 0 , Speaker 1 ", new[] { "Speaker 0", "Speaker 1" })]
    [InlineData("Speaker 1,,Speaker 1,", new[] { "Speaker 1" })]
    public void HiddenSpeakersAreReadFromTheCommaSeparatedHideValue(string? hide, string[] expected)
    {
        var options = ExportOptions.From(null, hide);

        Assert.Equal(expected.Order(), options.HiddenSpeakers.Order());
    }

    [Fact]
    public void EverythingIsBothLanguagesWithNobodyHidden()
    {
        var options = ExportOptions.Everything;

        Assert.Equal(ExportLanguage.Both, options.Language);
        Assert.Empty(options.HiddenSpeakers);
    }

    // LinesOf

    [Theory]
    [InlineData("both", "中文", "English", new[] { "中文", "English" })]
    [InlineData("zh", "中文", "English", new[] { "中文" })]
    [InlineData("en", "中文", "English", new[] { "English" })]
    [InlineData("both", null, "English", new[] { "English" })]
    [InlineData("both", "中文", null, new[] { "中文" })]
    [InlineData("zh", null, "English", new string[0])]
    [InlineData("en", "中文", null, new string[0])]
    public void LinesOfASegmentFollowTheLanguageChineseFirst(string lang, string? zh, string? en, string[] expected)
    {
        var options = ExportOptions.From(lang, null);

        var lines = options.LinesOf(new Segment(1, "Speaker 0", zh, en, 1, 0, 9));

        Assert.Equal(expected, lines);
    }

    [Fact]
    public void HiddenSpeakersSegmentHasNoLines()
    {
        var options = ExportOptions.From(null, "Speaker 0");

        var lines = options.LinesOf(new Segment(1, "Speaker 0", "中文", "English", 1, 0, 9));

        Assert.Empty(lines);
    }

    [Fact]
    public void OtherSpeakersSegmentKeepsItsLines()
    {
        var options = ExportOptions.From(null, "Speaker 0");

        var lines = options.LinesOf(new Segment(1, "Speaker 1", "中文", "English", 1, 0, 9));

        Assert.Equal(["中文", "English"], lines);
    }
}
