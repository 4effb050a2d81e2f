// A segment as the reader copies it to quote elsewhere: its lines in quotation marks, who said it and when,
// the episode's title, and the address that opens the episode at that line.

/** The quote's text. `zh`, `en`: the lines (null where missing); `time`: "12:34" or empty; `title`: or empty. */
export function segmentQuote({ zh, en, who, time, title, address }) {
    return [zh, en].filter(Boolean).map(t => `“${t}”`).join("\n")
        + `\n— ${who},${time ? ` ≈${time}` : ""}${title ? ` · ${title}` : ""}\n${address}`;
}
