// A transcript cell's text as the server stores it, when other code has split it into several text nodes
// (find's <mark>s, pinyin's <ruby>, a looked-up word's highlight): the text nodes in order, without a
// ruby's <rt>, and wrapping a span of that text in elements that unwrapping removes without a trace.
import { piecesOf } from "./text-offsets.js";

/** The cell's text nodes in reading order, leaving out pinyin (<rt>). */
export function textNodes(cell) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, {
        acceptNode: node => (node.parentElement?.closest("rt") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
        nodes.push(node);
    return nodes;
}

/** The cell's text, without pinyin: what is quoted, searched and looked up. */
export function plainText(cell) {
    return textNodes(cell).map(node => node.data).join("");
}

/** Wraps the span [start, start + length) of the cell's text in elements made by `make` (one per text node it crosses). */
export function wrapSpan(cell, start, length, make) {
    const nodes = textNodes(cell);
    const wrapped = [];
    for (const piece of piecesOf(nodes.map(n => n.length), start, length)) {
        let node = nodes[piece.node];
        if (piece.to < node.length)
            node.splitText(piece.to);
        if (piece.from > 0)
            node = node.splitText(piece.from);
        const element = make();
        node.replaceWith(element);
        element.append(node);
        wrapped.push(element);
    }
    return wrapped;
}

/** Undoes wrapSpan: the elements' text goes back into their parents, joined with its neighbours. */
export function unwrap(elements) {
    for (const element of elements) {
        const parent = element.parentNode;
        if (!parent)
            continue;
        element.replaceWith(...element.childNodes);
        parent.normalize();
    }
}
