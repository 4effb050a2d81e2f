using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reader.Transcripts;

/// <summary>URL-safe episode names: "Koray Kavukcuoglu: “This Is How…”" becomes "koray-kavukcuoglu-this-is-how…".</summary>
public static class Slug
{
    private const int MaxLength = 80;

    public static string From(string titleEn, string fallbackSeed)
    {
        var builder = new StringBuilder();
        foreach (var c in titleEn.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > 0 ? slug[..cut] : slug[..MaxLength];
        }
        if (slug.Length > 0)
            return slug;

        // A title with no Latin letters: a short, stable hash keeps the URL readable and unique enough.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fallbackSeed));
        return "episode-" + Convert.ToHexStringLower(hash)[..10];
    }
}
