using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Reader.Dictionary;
using Reader.Dictionary.Segmentation;
using Reader.Web.Episodes;

namespace Reader.Web.Dictionary;

/// <summary>
/// An episode's pinyin for the reader's ruby mode, made when first asked for: <c>{ "segments": { "12": [[start,
/// length, "zēng zhǎng"], …] } }</c>, per segment with a Chinese line, the words holding Han characters with their
/// UTF-16 span in the stored line. Kept as long as the episode's <see cref="EpisodeView"/> is (the cache holds one
/// per content hash, so a re-import makes it anew).
/// </summary>
public static class EpisodePinyin
{
    private static readonly ConditionalWeakTable<EpisodeView, byte[]> Made = new();

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static byte[] For(EpisodeView episode, Lexicon lexicon) => Made.GetValue(episode, e => Build(e.Rows.Select(r => (r.Ordinal, r.Zh)), lexicon));

    public static byte[] Build(IEnumerable<(int Ordinal, string? Zh)> segments, Lexicon lexicon)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("segments");
            foreach (var (ordinal, zh) in segments)
            {
                if (zh is null)
                    continue;
                json.WriteStartArray(ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var word in lexicon.Segmenter.Segment(zh))
                {
                    if (lexicon.PinyinOf(zh.AsSpan(word.Start, word.Length)) is not { } pinyin || !Han.ContainsHan(zh.Substring(word.Start, word.Length)))
                        continue;
                    json.WriteStartArray();
                    json.WriteNumberValue(word.Start);
                    json.WriteNumberValue(word.Length);
                    json.WriteStringValue(pinyin);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
