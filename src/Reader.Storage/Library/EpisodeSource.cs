using System.Text.RegularExpressions;
using Reader.Transcripts.Chapters;

namespace Reader.Storage.Library;

/// <summary>
/// One episode's source files on disk: a transcript, or a pair of single-language subtitle files (Chinese and
/// English). Its sidecars (speakers, times, media, chapters) sit beside the first file and are named after it.
/// </summary>
/// <param name="Key">What the episode is stored under (<see cref="EpisodeRow.SourceFile"/>): a file of the seeds
/// folder by its name, an episode of the library's sources folder as <c>folder/name</c>.</param>
/// <param name="Files">Full paths, in name order.</param>
public sealed partial record EpisodeSource(string Key, IReadOnlyList<string> Files)
{
    /// <summary>The file its sidecars are named after.</summary>
    public string Primary => Files[0];

    /// <summary>An episode of the library's sources folder (<c>folder/name</c>), not a seed.</summary>
    public bool IsInLibrary => Key.Contains('/');

    /// <summary>The extensions of the formats Reader reads; the content decides which format a file is in.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".srt", ".vtt", ".ass", ".ssa"];

    // A language tag before the extension pairs two subtitle files: "show.zh.srt" with "show.en.srt".
    [GeneratedRegex(@"^(?<stem>.+)\.(?<lang>zh|zh-hans|zh-hant|zh-cn|zh-tw|chs|cht|chi|zho|cn|en|en-us|en-gb|eng)$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageTagged();

    /// <summary>Whether the file is a transcript or subtitle file of a folder, not a sidecar or anything else.</summary>
    public static bool IsSourceFile(string path)
    {
        var name = Path.GetFileName(path);
        return Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)
               && !name.EndsWith(ChapterSidecar.Suffix, StringComparison.OrdinalIgnoreCase)
               && !name.StartsWith('.');
    }

    /// <summary>The name without its extension and without a language tag: what two files of a pair share.</summary>
    public static string Stem(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return LanguageTagged().Match(stem) is { Success: true } tagged ? tagged.Groups["stem"].Value : stem;
    }

    /// <summary>
    /// The episodes of a flat folder (the seeds folder): one per transcript file, except that two subtitle files
    /// with the same stem and a language tag each (<c>show.zh.srt</c>, <c>show.en.srt</c>) are one episode.
    /// </summary>
    public static IReadOnlyList<EpisodeSource> InFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder).Where(IsSourceFile).Order(StringComparer.Ordinal).ToList();
        var sources = new List<EpisodeSource>();
        foreach (var group in files.GroupBy(f => PairKey(f) ?? f, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 2)
                sources.Add(new EpisodeSource(Path.GetFileName(members[0]), members));
            else
                sources.AddRange(members.Select(f => new EpisodeSource(Path.GetFileName(f), [f])));
        }
        return [.. sources.OrderBy(s => s.Key, StringComparer.Ordinal)];
    }

    /// <summary>The episode of one folder of the library's sources (<c>data/sources/&lt;folder&gt;/</c>), or null when it holds no transcript.</summary>
    public static EpisodeSource? OfEpisodeFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder).Where(IsSourceFile).Order(StringComparer.Ordinal).ToList();
        return files.Count == 0 ? null : new EpisodeSource($"{Path.GetFileName(folder)}/{Path.GetFileName(files[0])}", files);
    }

    private static string? PairKey(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || !LanguageTagged().IsMatch(Path.GetFileNameWithoutExtension(name))
            ? null
            : Path.Combine(Path.GetDirectoryName(path) ?? "", Stem(name)) + "\0pair";
    }
}
