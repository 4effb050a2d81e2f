namespace Reader.Transcripts.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”", "koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi")]
    [InlineData("Gemini 3 Pro", "gemini-3-pro")]
    [InlineData("  --Hello,  World!--  ", "hello-world")]
    [InlineData("Don't Panic", "don-t-panic")]
    [InlineData("AI + 机器学习 = Future", "ai-future")]
    public void LatinTitleBecomesLowercaseWordsJoinedByDashes(string title, string slug)
    {
        var result = Slug.From(title, "种子");

        Assert.Equal(slug, result);
    }

    [Theory]
    [InlineData("Café Déjà Vu", "cafe-deja-vu")]
    [InlineData("Kavukcuoğlu über Ångström", "kavukcuoglu-uber-angstrom")]
    [InlineData("Naïve Résumé", "naive-resume")]
    public void DiacriticsAreRemoved(string title, string slug)
    {
        var result = Slug.From(title, "种子");

        Assert.Equal(slug, result);
    }

    [Fact]
    public void LongTitleIsCutAtADashWithinTheLimit()
    {
        const string title = "Why the Next Generation of Multimodal Models Will Change How Everyone Writes Software and Thinks About Computing";

        var result = Slug.From(title, "种子");

        Assert.Equal("why-the-next-generation-of-multimodal-models-will-change-how-everyone-writes", result);
        Assert.True(result.Length <= 80);
    }

    [Fact]
    public void TitleOfExactlyTheLimitIsKeptWhole()
    {
        var title = string.Join(' ', Enumerable.Repeat("abcdefghi", 7)) + " abcdefghij";

        var result = Slug.From(title, "种子");

        Assert.Equal(80, result.Length);
        Assert.Equal(title.Replace(' ', '-'), result);
    }

    [Fact]
    public void LongTitleWithoutSpacesIsCutAtTheLimit()
    {
        var title = new string('a', 120);

        var result = Slug.From(title, "种子");

        Assert.Equal(new string('a', 80), result);
    }

    [Theory]
    [InlineData("科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”")]
    [InlineData("")]
    [InlineData("——")]
    [InlineData("Привет, мир")]
    public void TitleWithoutLatinLettersGetsAHashOfTheFallback(string title)
    {
        var result = Slug.From(title, "科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”");

        Assert.Equal("episode-6fe585c1c6", result);
    }

    [Fact]
    public void DifferentFallbacksGetDifferentSlugs()
    {
        var first = Slug.From("", "第一集");

        var second = Slug.From("", "第二集");

        Assert.Matches("^episode-[0-9a-f]{10}$", first);
        Assert.NotEqual(first, second);
    }
}
