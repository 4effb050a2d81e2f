using Reader.Web.Episodes;

namespace Reader.Web.Tests.Episodes;

public sealed class PageDescriptionTests
{
    [Theory]
    [InlineData("  A short\n summary.  ", "A short summary.")]
    [InlineData("<p>Not markup</p>", "<p>Not markup</p>")]
    public void A_short_text_is_kept_whole_with_its_whitespace_collapsed(string text, string expected)
    {
        Assert.Equal(expected, PageDescription.Trim(text));
    }

    [Fact]
    public void A_long_english_text_is_cut_at_a_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("words", 60));

        var description = PageDescription.Trim(text);

        Assert.EndsWith("words…", description);
        Assert.True(description.Length <= PageDescription.MaxLength);
    }

    [Fact]
    public void A_long_chinese_text_is_cut_at_the_length_and_never_inside_a_character()
    {
        var description = PageDescription.Trim(string.Concat(Enumerable.Repeat("智能𠀀", 100)));

        Assert.InRange(description.Length, PageDescription.MaxLength - 1, PageDescription.MaxLength);
        Assert.False(char.IsHighSurrogate(description[^2]));
        Assert.EndsWith("…", description);
    }

    [Fact]
    public void An_episode_without_a_summary_is_described_by_its_titles()
    {
        var description = PageDescription.ForEpisode(SampleEpisode.Create(summary: ""));

        Assert.Contains("Koray Kavukcuoglu", description);
        Assert.Contains("科莱", description);
    }

    [Fact]
    public void A_segment_is_described_by_its_chinese_then_its_english()
    {
        Assert.Equal("双子座三号，我们正坐在这里。 — Gemini three, we're sitting here.", PageDescription.ForSegment(SampleEpisode.Rows[0]));
        Assert.Equal("反响看起来非常积极。", PageDescription.ForSegment(SampleEpisode.Rows[1]));
    }
}
