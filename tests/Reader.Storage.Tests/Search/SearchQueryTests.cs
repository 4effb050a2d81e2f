using System.Text.RegularExpressions;
using Reader.Storage.Search;

namespace Reader.Storage.Tests.Search;

public sealed class SearchQueryTests
{
    // Nothing but quoted phrases of tokens, each maybe a prefix, joined by AND: no operator, column filter,
    // bracket or bare word of a reader's can reach FTS5.
    private static readonly Regex OnlyQuotedPhrases = new("""^"[^\s"]+( [^\s"]+)*"\*?( AND "[^\s"]+( [^\s"]+)*"\*?)*$""");

    /// <summary>Input a reader could type (or paste) that is FTS5 syntax, or no words at all.</summary>
    public static readonly string[] Hostile =
    [
        "", " ", "\t\n", "\"", "\"\"", "\"\"\"", "*", "**", "-", "-x", "+x", "^x", "x*", "*x", "NOT x", "x NOT y",
        "NEAR(a b)", "NEAR(a b, 2)", "a AND b OR c", "AND", "OR", "(", ")", "(a OR b)", "{zh en}: x", "zh:模型",
        "en : hill", "-zh:x", "a:b:c", "\"a\" \"b", "“半个", "「不成对", "』", "＂", "x\"y\"z\"", "'; DROP TABLE Segments; --",
        "\0", "\u0001\u0002", "a\u0000b", "\u200B", "\u200Dx\uFEFF", "\uD800", "\uDC00a", "😀", "模型\uD83D",
        "，。！？", "…", "——", "e\u0301", "\u0301", "·", "MATCH", "rank", "bm25(x)", "x\"*", "\"x\"*\"",
        new string('"', 201), new string('模', 10_000), string.Concat(Enumerable.Repeat("a ", 5_000)),
        string.Concat(Enumerable.Range(0, 30).Select(i => $"\"w{i} ")),
    ];

    [Theory]
    [InlineData("模型", "\"模 型\"")]
    [InlineData("人工智能", "\"人 工 智 能\"")]
    [InlineData("bench", "\"bench\"*")]
    [InlineData("Bench", "\"bench\"*")]
    [InlineData("ai", "\"ai\"")]
    [InlineData("go", "\"go\"")]
    [InlineData("\"hill climb\"", "\"hill climb\"")]
    [InlineData("hill climb", "\"hill\"* AND \"climb\"*")]
    [InlineData("Gemini 3发布", "\"gemini\"* AND \"3 发 布\"")]
    [InlineData("state-of-the-art", "\"state of the art\"*")]
    [InlineData("发布Gemini", "\"发 布 gemini\"*")]
    public void ATypedQueryBecomesQuotedPhrasesJoinedByAnd(string input, string fts)
    {
        var query = SearchQuery.Parse(input);

        Assert.Equal(fts, query.ToFts());
        Assert.Null(query.Notice);
    }

    [Theory]
    [InlineData("ＡＩ", "AI")]
    [InlineData("Ｇｅｍｉｎｉ", "gemini")]
    [InlineData("café", "cafe")]
    public void FullWidthAccentedAndCapitalFormsSearchTheSameAsPlainOnes(string folded, string plain)
    {
        var query = SearchQuery.Parse(folded);

        Assert.Equal(SearchQuery.Parse(plain).ToFts(), query.ToFts());
    }

    [Fact]
    public void EveryUnquotedWordOfThreeOrMoreLettersIsAPrefix()
    {
        var query = SearchQuery.Parse("we think bench ai");

        Assert.Equal([false, true, true, false], query.Terms.Select(t => t.IsPrefix));
    }

    [Fact]
    public void AQuotedWordIsNotAPrefix()
    {
        var query = SearchQuery.Parse("\"bench\"");

        Assert.Equal("\"bench\"", query.ToFts());
    }

    [Theory]
    [InlineData("“hill climb”")]
    [InlineData("「hill climb」")]
    [InlineData("『hill climb』")]
    [InlineData("＂hill climb＂")]
    public void ChineseKeyboardQuotesMakeAnExactPhraseToo(string input)
    {
        var query = SearchQuery.Parse(input);

        Assert.Equal("\"hill climb\"", query.ToFts());
    }

    [Fact]
    public void AnUnclosedQuoteRunsToTheEnd()
    {
        var query = SearchQuery.Parse("bench \"hill climb");

        Assert.Equal("\"bench\"* AND \"hill climb\"", query.ToFts());
    }

    [Fact]
    public void OperatorsAreSearchedAsWords()
    {
        var query = SearchQuery.Parse("a AND b OR c");

        Assert.Equal("\"a\" AND \"and\"* AND \"b\" AND \"or\" AND \"c\"", query.ToFts());
    }

    [Theory]
    [InlineData("-x", "\"x\"")]
    [InlineData("x*", "\"x\"")]
    [InlineData("NEAR(a b)", "\"near a\" AND \"b\"")]
    [InlineData("zh:模型", "\"zh 模 型\"")]
    [InlineData("^bench", "\"bench\"*")]
    public void SyntaxCharactersAreJustSeparators(string input, string fts)
    {
        var query = SearchQuery.Parse(input);

        Assert.Equal(fts, query.ToFts());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public void NoInputIsAnEmptyQueryWithoutANotice(string? input)
    {
        var query = SearchQuery.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Equal("", query.ToFts());
        Assert.Null(query.Notice);
    }

    [Theory]
    [InlineData("，。！？")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("\"\" -- ()")]
    public void InputWithoutWordsIsAnEmptyQueryThatSaysSo(string input)
    {
        var query = SearchQuery.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Equal("", query.ToFts());
        Assert.Equal("Nothing to search for: type a word, or some Chinese characters.", query.Notice);
    }

    [Fact]
    public void AKatakanaMiddleDotAloneIsNothingToSearchFor()
    {
        var query = SearchQuery.Parse("・");

        Assert.True(query.IsEmpty);
    }

    [Fact]
    public void ControlCharactersSeparateWordsLikeSpaces()
    {
        var query = SearchQuery.Parse("hill\u0000climb\u0007\u200B");

        Assert.Equal("hill climb", query.Text);
        Assert.Equal("\"hill\"* AND \"climb\"*", query.ToFts());
    }

    [Fact]
    public void ANoncharacterInTheQueryIsNotAnError()
    {
        var query = SearchQuery.Parse("模型\uFFFE");

        Assert.Equal("\"模 型\"", query.ToFts());
    }

    [Fact]
    public void LongInputIsCutAndTheReaderIsTold()
    {
        var query = SearchQuery.Parse("bench " + new string('x', 10_000));

        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
        Assert.Equal(["bench", new string('x', SearchQuery.MaxLength - 6)], query.Terms.Select(t => string.Join(' ', t.Tokens)));
        Assert.Equal("Only the first 200 characters were searched.", query.Notice);
    }

    [Fact]
    public void TheCutNeverSplitsACharacterBeyondTheBasicPlane()
    {
        var query = SearchQuery.Parse(new string('模', SearchQuery.MaxLength - 1) + "𠀀𠀀");

        Assert.Equal(new string('模', SearchQuery.MaxLength - 1), query.Text);
    }

    [Fact]
    public void WhitespaceBeforeTheQueryDoesNotCountTowardsItsLength()
    {
        var words = new string('a', 150) + " tail";

        var query = SearchQuery.Parse(new string(' ', 300) + words);

        Assert.Equal(words, query.Text);
    }

    [Fact]
    public void TheSameTermTwiceIsSearchedOnce()
    {
        var query = SearchQuery.Parse("Bench bench BENCH 模型 模型");

        Assert.Equal("\"bench\"* AND \"模 型\"", query.ToFts());
    }

    [Fact]
    public void AnExactWordAndItsPrefixAreDifferentTerms()
    {
        var query = SearchQuery.Parse("\"bench\" bench");

        Assert.Equal("\"bench\" AND \"bench\"*", query.ToFts());
    }

    [Fact]
    public void OnlyTheFirstTwelveTermsAreSearchedAndTheReaderIsTold()
    {
        var words = Enumerable.Range(1, 15).Select(i => $"w{i}").ToList();

        var query = SearchQuery.Parse(string.Join(' ', words));

        Assert.Equal(words.Take(SearchQuery.MaxTerms), query.Terms.Select(t => t.Tokens.Single()));
        Assert.Equal("Only the first 12 words were searched.", query.Notice);
    }

    [Fact]
    public void RepeatedTermsDoNotCountTowardsTheTermLimit()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("bench", 20)) + " 模型");

        Assert.Equal(2, query.Terms.Count);
        Assert.Null(query.Notice);
    }

    [Fact]
    public void NoHostileInputReachesFtsAsSyntax()
    {
        var inputs = Hostile.Concat(RandomHostileInputs(2_000));

        var failures = inputs.Select(input => (Input: input, Fts: SearchQuery.Parse(input).ToFts()))
            .Where(r => r.Fts.Length > 0 && !OnlyQuotedPhrases.IsMatch(r.Fts))
            .ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void FindInMarksATermAtItsPlaceInTheOriginalText()
    {
        var ranges = SearchQuery.Parse("模型").FindIn("这个模型的氛围很好。");

        Assert.Equal([new TextRange(2, 2)], ranges);
    }

    [Theory]
    [InlineData("Nano Banana", "We should talk about, Nano Banana Pro.", "Nano Banana")]
    [InlineData("模型 训练", "模型训练很重要", "模型训练")]
    public void WordsFoundSideBySideAreOneHit(string query, string text, string hit)
    {
        var range = Assert.Single(SearchQuery.Parse(query).FindIn(text));

        Assert.Equal(hit, text.Substring(range.Start, range.Length));
    }

    [Fact]
    public void WordsApartByPunctuationStayTwoHits()
    {
        var ranges = SearchQuery.Parse("nano banana").FindIn("nano, banana");

        Assert.Equal([new TextRange(0, 4), new TextRange(6, 6)], ranges);
    }

    [Fact]
    public void FindInMarksTheOriginalCharactersOfAFoldedMatch()
    {
        const string text = "谷歌首席ＡＩ架构师";

        var ranges = SearchQuery.Parse("ai").FindIn(text);

        Assert.Equal("ＡＩ", text.Substring(ranges.Single().Start, ranges.Single().Length));
    }

    [Fact]
    public void APrefixMarksTheWholeWordItStarts()
    {
        var ranges = SearchQuery.Parse("bench").FindIn("the benchmarks, bench.");

        Assert.Equal([new TextRange(4, 10), new TextRange(16, 5)], ranges);
    }

    [Fact]
    public void AnExactWordDoesNotMatchTheStartOfALongerOne()
    {
        var ranges = SearchQuery.Parse("\"bench\"").FindIn("the benchmarks");

        Assert.Empty(ranges);
    }

    [Fact]
    public void AShortWordMatchesOnlyWholeWords()
    {
        var ranges = SearchQuery.Parse("ai").FindIn("we aim at AI.");

        Assert.Equal([new TextRange(10, 2)], ranges);
    }

    [Fact]
    public void APhraseMatchesAcrossPunctuationAndMarksItWhole()
    {
        var ranges = SearchQuery.Parse("\"hill climb\"").FindIn("up the hill, climb it");

        Assert.Equal([new TextRange(7, 11)], ranges);
    }

    [Fact]
    public void APhraseNeedsItsWordsInOrderAndTogether()
    {
        var query = SearchQuery.Parse("\"hill climb\"");

        Assert.Empty(query.FindIn("climb the hill"));
        Assert.Empty(query.FindIn("hill to climb"));
    }

    [Fact]
    public void AChinesePhraseMatchesAcrossChinesePunctuation()
    {
        var ranges = SearchQuery.Parse("模型").FindIn("新模，型号");

        Assert.Equal([new TextRange(1, 3)], ranges);
    }

    [Fact]
    public void OverlappingMatchesOfDifferentTermsAreMerged()
    {
        var ranges = SearchQuery.Parse("模型 型号").FindIn("新模型号");

        Assert.Equal([new TextRange(1, 3)], ranges);
    }

    [Fact]
    public void MatchesOfSeveralTermsComeInTextOrder()
    {
        var ranges = SearchQuery.Parse("模型 gemini").FindIn("Gemini 3 的模型");

        Assert.Equal([new TextRange(0, 6), new TextRange(10, 2)], ranges);
    }

    [Fact]
    public void FindInMarksACharacterBeyondTheBasicPlaneWhole()
    {
        var ranges = SearchQuery.Parse("𠀀").FindIn("a𠀀b");

        Assert.Equal([new TextRange(1, 2)], ranges);
    }

    [Theory]
    [InlineData("bench", "a bunch of stools")]
    [InlineData("模型", "模特和型号")]
    [InlineData("bench", null)]
    [InlineData("bench", "")]
    [InlineData("，", "，，，")]
    public void FindInWithoutAMatchIsEmpty(string input, string? text)
    {
        var ranges = SearchQuery.Parse(input).FindIn(text);

        Assert.Empty(ranges);
    }

    /// <summary>Strings of FTS5 syntax, quotes, separators, control characters and broken surrogates, from a fixed seed.</summary>
    private static IEnumerable<string> RandomHostileInputs(int count)
    {
        string[] pieces =
        [
            "\"", "\"", "*", "(", ")", ":", "^", "-", "+", "{", "}", ",", " ", " ", "\t", "\0", "\u0001", "\u200B", "\uD800",
            "\uDC00", "😀", "\u0301", "“", "”", "「", "」", "『", "』", "＂", "，", "。", "NEAR", "AND", "OR", "NOT", "zh", "en",
            "rowid", "a", "x1", "模", "型", "𠀀", "ＡＩ", "é", "・",
        ];
        var random = new Random(20261129);
        for (var i = 0; i < count; i++)
            yield return string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
