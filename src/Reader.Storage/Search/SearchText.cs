using System.Globalization;
using System.Text;
using Reader.Transcripts;

namespace Reader.Storage.Search;

/// <summary>One word of searchable text: its folded form, and where it stands in the original text.</summary>
public readonly record struct SearchToken(string Text, int Start, int Length, bool IsIdeograph)
{
    public int End => Start + Length;
}

/// <summary>
/// What counts as a word when searching, for the index and for the queries alike. Text is folded the way a
/// reader compares it — compatibility forms to plain ones (NFKC: <c>ＡＩ</c> is <c>AI</c>, <c>①</c> is <c>1</c>),
/// case and accents dropped — and cut into tokens: runs of letters and digits, and every Han or kana character
/// on its own.
/// </summary>
/// <remarks>
/// Why one token per Han character: Chinese has no spaces, so FTS5's <c>unicode61</c> tokenizer would index a
/// whole clause as one token, and <c>trigram</c> cannot answer the one- and two-character queries that most
/// Chinese searches are. Indexing each character as a token lets a word be the phrase of its characters
/// (<c>模型</c> is <c>"模 型"</c>): any length works, and the index stays one entry per character rather than
/// the doubled size of overlapping bigrams. The index holds this tokenizer's output joined by spaces, so
/// <c>unicode61</c> only splits on those spaces and the database agrees with <see cref="SearchQuery"/>'s
/// marking of hits in the original text.
/// </remarks>
public static class SearchText
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<SearchToken> Tokenize(string? text)
    {
        var tokens = new List<SearchToken>();
        if (string.IsNullOrEmpty(text))
            return tokens;

        var word = new StringBuilder();
        int wordStart = -1, wordEnd = -1;
        for (var i = 0; i < text.Length;)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var folded = Fold(text, i, width);
            if (folded.Length == 0)
            {
                // A combining mark or a variation selector: part of the character before it.
                if (word.Length > 0)
                    wordEnd = i + width;
                else if (tokens.Count > 0 && tokens[^1] is { IsIdeograph: true } ideograph && ideograph.End == i)
                    tokens[^1] = ideograph with { Length = ideograph.Length + width };
            }
            foreach (var rune in folded.EnumerateRunes())
            {
                switch (Classify(rune))
                {
                    case CharKind.Word:
                        if (word.Length == 0)
                            wordStart = i;
                        word.Append(rune);
                        wordEnd = i + width;
                        break;
                    case CharKind.Ideograph:
                        EndWord();
                        tokens.Add(new SearchToken(folded.Length == rune.Utf16SequenceLength ? folded : rune.ToString(), i, width, true));
                        break;
                    default:
                        EndWord();
                        break;
                }
            }
            i += width;
        }
        EndWord();
        return tokens;

        void EndWord()
        {
            if (word.Length == 0)
                return;
            tokens.Add(new SearchToken(word.ToString(), wordStart, wordEnd - wordStart, false));
            word.Clear();
        }
    }

    /// <summary>The form the index stores: the tokens joined by single spaces.</summary>
    public static string IndexForm(string? text)
    {
        var tokens = Tokenize(text);
        return tokens.Count switch
        {
            0 => "",
            1 => tokens[0].Text,
            _ => string.Join(' ', tokens.Select(t => t.Text)),
        };
    }

    private enum CharKind { Separator, Word, Ideograph }

    private static CharKind Classify(Rune rune)
    {
        if (rune.IsAscii)
            return char.IsAsciiLetterOrDigit((char)rune.Value) ? CharKind.Word : CharKind.Separator;
        // The same characters FTS5's unicode61 keeps in tokens by default: letters, numbers, private use.
        return Rune.GetUnicodeCategory(rune) switch
        {
            >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter => IsIdeograph(rune.Value) ? CharKind.Ideograph : CharKind.Word,
            >= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber => CharKind.Word,
            UnicodeCategory.PrivateUse => CharKind.Word,
            _ => CharKind.Separator,
        };
    }

    /// <summary>Han (<see cref="ChineseCharacters"/>) and kana, letters written without spaces between words.</summary>
    private static bool IsIdeograph(int codePoint) =>
        ChineseCharacters.IsHan(codePoint) || codePoint is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF);

    // Folding a character takes Unicode normalization; a text is mostly ASCII and common Han, which fold to
    // themselves, and the rest is remembered per character.
    private static readonly string?[] FoldedBmp = new string?[0x10000];

    private static string Fold(string text, int index, int width)
    {
        var c = text[index];
        if (width == 2)
        {
            var codePoint = char.ConvertToUtf32(c, text[index + 1]);
            var compatibility = codePoint is >= 0x2F800 and <= 0x2FA1F;
            return IsIdeograph(codePoint) && !compatibility ? text.Substring(index, 2) : FoldSlow(text.Substring(index, 2));
        }
        if (c < 0x80)
            return AsciiFolded[c];
        if (c is >= '\u4E00' and <= '\u9FFF')
            return FoldedBmp[c] ??= c.ToString();
        return FoldedBmp[c] ??= FoldSlow(c.ToString());
    }

    private static readonly string[] AsciiFolded = Enumerable.Range(0, 0x80).Select(c => char.ToLowerInvariant((char)c).ToString()).ToArray();

    private static string FoldSlow(string character)
    {
        // Half of a broken pair, or a noncharacter (U+FFFE), which normalization refuses: a separator.
        if ((character.Length == 1 && char.IsSurrogate(character[0])) || !IsNormalizable(character))
            return " ";
        var compatible = character.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(compatible.Length);
        foreach (var c in compatible)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsNormalizable(string character)
    {
        try
        {
            _ = character.IsNormalized(NormalizationForm.FormKC);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
