// The reading mode as the address holds it (?lang=zh|en|both&learn=1&hide=Speaker%201), read exactly as
// ReadingMode.FromQuery reads it on the server, so the browser and the server always show the same mode.
// No DOM here: the reader's modules pass in what they know (the page's speakers, the shown language).

export const languages = ["zh", "en", "both"];

/** The hidden speakers a query names: known labels only (any, when none are known), distinct and sorted. */
export function hiddenSpeakers(query, known = []) {
    const knownSet = new Set(known);
    const labels = (query.get("hide") ?? "").split(",").map(label => label.trim())
        .filter(label => label && (knownSet.size === 0 || knownSet.has(label)));
    return [...new Set(labels)].sort(ordinal);
}

/** The mode a query asks for: { lang, learning, hidden }; learning only where one language is shown. */
export function readMode(query, known = []) {
    const lang = languages.includes(query.get("lang")) ? query.get("lang") : "both";
    return {
        lang,
        learning: ["1", "true"].includes(query.get("learn")) && lang !== "both",
        hidden: hiddenSpeakers(query, known),
    };
}

/**
 * The query after one change: { lang }, { learn: "1" | null } or { toggle: label }. The rest of the query
 * (the find box's q, a segment's s) is kept; a language is always written, the shown one if none was.
 */
export function nextQuery(query, change, known = [], shownLang = "both") {
    const next = new URLSearchParams(query);
    next.delete("toggle");
    if ("lang" in change)
        next.set("lang", change.lang);
    if ("learn" in change) {
        if (change.learn)
            next.set("learn", change.learn);
        else
            next.delete("learn");
    }
    if ("toggle" in change) {
        const hidden = new Set(hiddenSpeakers(next, known));
        if (hidden.has(change.toggle))
            hidden.delete(change.toggle);
        else
            hidden.add(change.toggle);
        const labels = [...hidden].sort(ordinal);
        if (labels.length)
            next.set("hide", labels.join(","));
        else
            next.delete("hide");
    }
    if (!next.has("lang"))
        next.set("lang", shownLang);
    return next;
}

/** Whether two queries show the same mode (other parameters aside). */
export function sameMode(a, b) {
    return ["lang", "learn", "hide"].every(key => (a.get(key) ?? "") === (b.get(key) ?? ""));
}

/** A query as the address writes it: spaces as %20, as the server's links write them. */
export function toSearch(query) {
    const text = query.toString().replaceAll("+", "%20");
    return text ? "?" + text : "";
}

/**
 * A segment's permalink: the reader's address with ?s=N, which the server can see (a shared link unfurls
 * with that segment's words), and #s-N, which scrolls to it.
 */
export function segmentAddress(origin, pathname, search, ordinal) {
    const query = new URLSearchParams(search);
    query.set("s", String(ordinal));
    return origin + pathname + toSearch(query) + "#s-" + ordinal;
}

function ordinal(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
