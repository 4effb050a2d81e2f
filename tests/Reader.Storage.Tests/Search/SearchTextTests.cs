using Reader.Storage.Search;

namespace Reader.Storage.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ＡＩ", "ai")]
    [InlineData("Ｇｅｍｉｎｉ　３", "gemini 3")]
    [InlineData("①", "1")]
    [InlineData("Ⅻ", "xii")]
    [InlineData("ﬁne", "fine")]
    [InlineData("café", "cafe")]
    [InlineData("cafe\u0301", "cafe")]
    [InlineData("Kavukcuoğlu", "kavukcuoglu")]
    [InlineData("GEMINI Gemini gemini", "gemini gemini gemini")]
    public void TextIsFoldedAsAReaderComparesIt(string text, string indexed)
    {
        var result = SearchText.IndexForm(text);

        Assert.Equal(indexed, result);
    }

    [Fact]
    public void EveryHanCharacterIsATokenOfItsOwn()
    {
        var tokens = SearchText.Tokenize("模型改进");

        Assert.Equal(
            [new("模", 0, 1, true), new("型", 1, 1, true), new("改", 2, 1, true), new("进", 3, 1, true)],
            tokens);
    }

    [Fact]
    public void KanaCharactersAreTokensOfTheirOwnToo()
    {
        var tokens = SearchText.Tokenize("カタカナ");

        Assert.Equal(["カ", "タ", "カ", "ナ"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.True(t.IsIdeograph));
    }

    [Fact]
    public void HalfWidthKanaIsFoldedToFullWidth()
    {
        var result = SearchText.IndexForm("ｶﾀｶﾅ");

        Assert.Equal("カ タ カ ナ", result);
    }

    [Fact]
    public void AHanCharacterBeyondTheBasicPlaneSpansTwoUnitsOfTheOriginal()
    {
        var tokens = SearchText.Tokenize("a𠀀字");

        Assert.Equal([new("a", 0, 1, false), new("𠀀", 1, 2, true), new("字", 3, 1, true)], tokens);
    }

    [Fact]
    public void ACompatibilityIdeographIsFoldedToItsUnifiedFormInPlace()
    {
        var tokens = SearchText.Tokenize("字\uF900字");

        Assert.Equal([new("字", 0, 1, true), new("\u8C48", 1, 1, true), new("字", 2, 1, true)], tokens);
    }

    [Fact]
    public void AUnifiedIdeographFromTheCompatibilityBlockStaysAsItIs()
    {
        var tokens = SearchText.Tokenize("\uFA0E");

        Assert.Equal([new("\uFA0E", 0, 1, true)], tokens);
    }

    [Fact]
    public void ACompatibilityIdeographBeyondTheBasicPlaneIsFoldedLikeTheOthers()
    {
        var result = SearchText.IndexForm("\U0002F800");

        Assert.Equal("\u4E3D", result);
    }

    [Fact]
    public void WordsAndDigitsBesideHanCharactersAreSeparateTokens()
    {
        var tokens = SearchText.Tokenize("Gemini 3发布");

        Assert.Equal(
            [new("gemini", 0, 6, false), new("3", 7, 1, false), new("发", 8, 1, true), new("布", 9, 1, true)],
            tokens);
    }

    [Fact]
    public void LettersAndDigitsWithoutASeparatorAreOneToken()
    {
        var tokens = SearchText.Tokenize("GPT4o VO3");

        Assert.Equal([new("gpt4o", 0, 5, false), new("vo3", 6, 3, false)], tokens);
    }

    [Fact]
    public void ChinesePunctuationSeparatesAndIsNotAToken()
    {
        var tokens = SearchText.Tokenize("你好，世界。");

        Assert.Equal(
            [new("你", 0, 1, true), new("好", 1, 1, true), new("世", 3, 1, true), new("界", 4, 1, true)],
            tokens);
    }

    [Fact]
    public void AsciiPunctuationSeparatesWords()
    {
        var tokens = SearchText.Tokenize("state-of-the-art, v3.1's");

        Assert.Equal(["state", "of", "the", "art", "v3", "1", "s"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void SymbolsAndEmojiSeparateWords()
    {
        var tokens = SearchText.Tokenize("a😀b$c");

        Assert.Equal([new("a", 0, 1, false), new("b", 3, 1, false), new("c", 5, 1, false)], tokens);
    }

    [Fact]
    public void ABrokenSurrogateSeparatesWordsInsteadOfFailing()
    {
        var tokens = SearchText.Tokenize("ab\uD800cd\uDC00");

        Assert.Equal([new("ab", 0, 2, false), new("cd", 3, 2, false)], tokens);
    }

    [Fact]
    public void ANoncharacterSeparatesWordsInsteadOfFailing()
    {
        var tokens = SearchText.Tokenize("ab\uFFFEcd");

        Assert.Equal([new("ab", 0, 2, false), new("cd", 3, 2, false)], tokens);
    }

    [Fact]
    public void AFoldedWordKeepsTheSpanOfItsOriginalCharacters()
    {
        const string text = "谷歌首席ＡＩ架构师";

        var token = SearchText.Tokenize(text).Single(t => !t.IsIdeograph);

        Assert.Equal("ai", token.Text);
        Assert.Equal("ＡＩ", text.Substring(token.Start, token.Length));
    }

    [Fact]
    public void ADecomposedAccentAtTheEndOfAWordIsInsideTheWordsSpan()
    {
        var token = SearchText.Tokenize("cafe\u0301").Single();

        Assert.Equal(new SearchToken("cafe", 0, 5, false), token);
    }

    [Fact]
    public void AKatakanaMiddleDotSeparatesNamesLikeOtherPunctuation()
    {
        var result = SearchText.IndexForm("科莱・卡武");

        Assert.Equal("科 莱 卡 武", result);
    }

    [Fact]
    public void TheIndexFormIsTheTokensJoinedBySingleSpaces()
    {
        var result = SearchText.IndexForm("  Gemini 3发布！  Nano-Banana ");

        Assert.Equal("gemini 3 发 布 nano banana", result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ，。!? \t\n")]
    public void TextWithoutWordsHasNoTokensAndAnEmptyIndexForm(string? text)
    {
        var tokens = SearchText.Tokenize(text);
        var indexed = SearchText.IndexForm(text);

        Assert.Empty(tokens);
        Assert.Equal("", indexed);
    }
}
