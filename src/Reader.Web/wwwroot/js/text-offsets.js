// Offsets into a cell's text, counted as the server counts them (UTF-16 code units of the stored text),
// when the cell is split into several text nodes: find's <mark>s, pinyin's <ruby>, a looked-up word's
// highlight. No DOM here: the callers pass the lengths of the cell's text nodes in order (a ruby's <rt>
// left out, being no part of the text).

/** Where a cell offset falls: the index of its text node and the offset inside it (an end goes to the earlier node). */
export function locate(lengths, offset) {
    let start = 0;
    for (let i = 0; i < lengths.length; i++) {
        if (offset < start + lengths[i] || (offset === start + lengths[i] && i === lengths.length - 1))
            return { node: i, offset: offset - start };
        start += lengths[i];
    }
    return null;
}

/** The cell offset of a position inside one of its text nodes. */
export function offsetOf(lengths, node, offset) {
    let start = 0;
    for (let i = 0; i < node; i++)
        start += lengths[i];
    return start + offset;
}

/** The parts of a span [start, start + length) in each text node it touches: [{ node, from, to }]. */
export function piecesOf(lengths, start, length) {
    const pieces = [];
    let at = 0;
    for (let i = 0; i < lengths.length && at < start + length; i++) {
        const from = Math.max(start, at), to = Math.min(start + length, at + lengths[i]);
        if (from < to)
            pieces.push({ node: i, from: from - at, to: to - at });
        at += lengths[i];
    }
    return pieces;
}

/** Each span [start, length, …rest] that lies inside one text node, with its offsets in that node. */
export function spansByNode(lengths, spans) {
    const byNode = lengths.map(() => []);
    for (const span of spans) {
        const pieces = piecesOf(lengths, span[0], span[1]);
        if (pieces.length === 1 && pieces[0].to - pieces[0].from === span[1])
            byNode[pieces[0].node].push({ from: pieces[0].from, to: pieces[0].to, span });
    }
    return byNode;
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether the character at an offset belongs to a word (a letter, Han or not, or a digit). */
export function isWordAt(text, offset) {
    return offset >= 0 && offset < text.length && wordCharacter.test(text[offset]);
}

/** The offset of the next word after a span, or -1. */
export function nextWordAt(text, end) {
    let at = end;
    while (at < text.length && isWordAt(text, at))
        at++;
    while (at < text.length && !isWordAt(text, at))
        at++;
    return at < text.length ? at : -1;
}

/** The offset of the last character of the word before a span, or -1. */
export function previousWordAt(text, start) {
    let at = start - 1;
    while (at >= 0 && !isWordAt(text, at))
        at--;
    return at;
}
