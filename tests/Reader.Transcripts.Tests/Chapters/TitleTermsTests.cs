using Reader.Transcripts.Chapters;

namespace Reader.Transcripts.Tests.Chapters;

public sealed class TitleTermsTests
{
    [Fact]
    public void HugeTitleGivesAtMostSoManyTerms()
    {
        var title = string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)(0x4E00 + i * 7 % 20000)));

        var terms = TitleTerms.Of(title);

        Assert.Equal(TitleTerms.MaxTerms, terms.Count);
        Assert.Equal(title[..2], terms[0]);
    }

    [Theory]
    [InlineData("首席AI架构师", new[] { "首席", "架构", "构师", "ai" })]
    [InlineData("𠀀𠀁与豈", new[] { "𠀀𠀁", "豈" })]
    public void HanTermsArePairsOfCharactersOfEveryPlane(string title, string[] expected)
    {
        var terms = TitleTerms.Of(title);

        Assert.Equal(expected, terms);
    }
}
