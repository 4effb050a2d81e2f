// Saved words as files other tools read: a TSV that Anki imports as notes (front: the word and its pinyin;
// back: the sense and both sentences), and a CSV (RFC 4180). Pure: saved words in, text out.

/** Anki's own header lines: the separator, plain text (no HTML), and which column holds the tags. */
const ankiHeader = ["#separator:tab", "#html:false", "#columns:Front\tBack\tTags", "#tags column:3"];

// Anki reads its text files as CSV with the separator given: a field holding a tab, a line break or a quote
// is quoted, its quotes doubled, and comes back whole (line breaks included) in the note.
function tsvField(value) {
    const text = String(value ?? "");
    return /[\t\r\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function front(word) {
    return word.pinyin ? `${word.word} (${word.pinyin})` : word.word;
}

function back(word) {
    return [word.sense, word.zh, word.en].filter(Boolean).join("\n");
}

// An Anki tag is one word: the episode's slug, spaces made dashes.
function tag(word) {
    return word.slug ? "reader::" + String(word.slug).replace(/\s+/g, "-") : "reader";
}

/** The TSV Anki imports as notes (Front, Back, Tags), one line per word, with Anki's header lines. */
export function toAnkiTsv(words) {
    const lines = words.map(word => [front(word), back(word), tag(word)].map(tsvField).join("\t"));
    return [...ankiHeader, ...lines].join("\n") + "\n";
}

export const csvColumns = ["word", "pinyin", "sense", "zh", "en", "episode", "title", "link", "saved"];

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A leading = + - @ is kept
// from spreadsheet formulas by a quote in front (transcripts are untrusted text).
function csvField(value) {
    let text = String(value ?? "");
    if (/^[=+\-@\t\r]/.test(text))
        text = "'" + text;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV of the saved words: a header row, then one row per word; lines end in CRLF as RFC 4180 says. */
export function toCsv(words) {
    const rows = words.map(word => [word.word, word.pinyin, word.sense, word.zh, word.en, word.slug, word.title, word.link,
        word.savedAt ? new Date(word.savedAt).toISOString() : ""]);
    return [csvColumns, ...rows].map(row => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
