using Reader.Dictionary.English;

namespace Reader.Dictionary.Tests.English;

public class EnglishWordsTests
{
    [Theory]
    [InlineData("benchmarks", "benchmark")]
    [InlineData("Benchmark", "benchmark")]
    [InlineData("models", "model")]
    [InlineData("modeling", "model")]
    [InlineData("Google's", "googl")]
    [InlineData("Google’s", "googl")]
    [InlineData("calling", "call")]
    public void WordsOfOneFamilyShareAStem(string word, string stem) => Assert.Equal(stem, EnglishWords.Stem(word));

    [Theory]
    [InlineData("benchmarks", "benchmark")]
    [InlineData("companies", "company")]
    [InlineData("Models", "model")]
    public void TheBaseFormIsTheSingular(string word, string baseForm) => Assert.Equal(baseForm, EnglishWords.BaseForm(word));

    [Fact]
    public void WordsAreLettersAndDigitsWithApostrophesInside()
    {
        const string text = "Gemini 3, we're 'sitting' here—state-of-the-art.";

        var words = EnglishWords.In(text).Select(w => text.Substring(w.Span.Start, w.Span.Length));

        Assert.Equal(["Gemini", "3", "we're", "sitting", "here", "state", "of", "the", "art"], words);
    }

    [Theory]
    [InlineData("<script>alert(\"x\")</script>")]
    [InlineData("\u0000\u0008\u001b[31m")]
    [InlineData("a\uD800b\uDFFF")]
    [InlineData("模型 model")]
    public void HostileTextGivesOnlyWordsInsideIt(string text)
    {
        var words = EnglishWords.In(text);

        Assert.All(words, w => Assert.True(w.Span.Start >= 0 && w.Span.End <= text.Length && w.Span.Length > 0));
        Assert.DoesNotContain(words, w => text.Substring(w.Span.Start, w.Span.Length).Any(c => char.IsSurrogate(c) || char.IsControl(c) || c == '<'));
    }
}
