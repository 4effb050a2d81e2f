using System.Text;

namespace Reader.Storage.Library;

/// <summary>
/// A name from outside (an upload's file name) made into one file name of the library's own: no folders, no
/// control or path characters, at most 80 characters before a short extension. Letters of any script stay, so
/// <c>访谈.zh.srt</c> keeps its name.
/// </summary>
public static class SafeFileName
{
    public const int MaxStemLength = 80;

    public static string From(string? name, string fallback)
    {
        var file = (name ?? "").Replace('\\', '/');
        file = file[(file.LastIndexOf('/') + 1)..];
        var dot = file.LastIndexOf('.');
        var (stem, extension) = dot > 0 && file.Length - dot <= 10 ? (file[..dot], "." + Clean(file[(dot + 1)..].ToLowerInvariant())) : (file, "");
        stem = Clean(stem);
        if (stem.Length > MaxStemLength)
            stem = stem[..MaxStemLength].TrimEnd('-', '.', ' ');
        if (stem.Length == 0)
            stem = fallback;
        return extension.Length > 1 ? stem + extension : stem;
    }

    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var keep = Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_' or '.' or ' ';
            var c = keep ? rune.ToString() : "-";
            if (c == "-" && clean.Length > 0 && clean[^1] == '-')
                continue;
            clean.Append(c);
        }
        return clean.ToString().Trim('-', '.', ' ');
    }
}
