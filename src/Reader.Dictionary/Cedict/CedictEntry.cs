namespace Reader.Dictionary.Cedict;

/// <summary>One line of CC-CEDICT: <c>傳統 传统 [chuan2 tong3] /tradition/traditional/</c>.</summary>
/// <param name="Pinyin">As the dictionary writes it: numbered syllables, <c>u:</c> for ü, tone 5 for the neutral tone.</param>
public sealed record CedictEntry(string Traditional, string Simplified, string Pinyin, IReadOnlyList<string> Senses);
