// Pinyin over the characters (#transcript[data-pinyin="on"], a <ruby> per word of the Chinese cells, from
// /episodes/{slug}/pinyin.json fetched the first time it is asked for) and marks on saved words (a CSS
// highlight, so no markup changes). Pinyin is in the address (?pinyin=1) and remembered like the language;
// turning it off takes the ruby out again, leaving each cell's text nodes as they were.
import { plainText, textNodes } from "../../js/cell-text.js";
import { locate, spansByNode } from "../../js/text-offsets.js";
import { savedWords } from "../../js/saved-words.js";
import { store } from "../../js/reader-store.js";
import { toSearch } from "../../js/reading-address.js";
import { keepingPlace, whenAttached } from "./ReaderToolbar.razor.js";

const transcript = () => document.getElementById("transcript");
let pinyinFor = null; // { slug, segments: Promise<object> }

// ---- Pinyin.

function pinyinSegments(slug) {
    if (pinyinFor?.slug !== slug) {
        const segments = fetch(`episodes/${encodeURIComponent(slug)}/pinyin.json`, { headers: { Accept: "application/json" } })
            .then(response => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
            .then(body => body?.segments ?? {});
        segments.catch(() => { pinyinFor = null; });
        pinyinFor = { slug, segments };
    }
    return pinyinFor.segments;
}

/** Puts each word's pinyin over it: [[start, length, "pīn yīn"], …] spans of the cell's text. */
export function addRuby(cell, spans) {
    const words = spans.filter(s => Array.isArray(s) && typeof s[2] === "string");
    if (cell.childNodes.length === 1 && cell.firstChild.nodeType === Node.TEXT_NODE) {
        cell.replaceChildren(rubyFragment(cell.firstChild.data, words)); // one change to the page per cell
        return;
    }
    const nodes = textNodes(cell);
    const byNode = spansByNode(nodes.map(n => n.length), words);
    nodes.forEach((node, i) => {
        if (node.parentElement?.closest("ruby"))
            return;
        for (const { from, to, span } of byNode[i].toSorted((a, b) => b.from - a.from)) {
            if (to < node.length)
                node.splitText(to);
            const word = from > 0 ? node.splitText(from) : node;
            const ruby = rubyOf(word.data, span[2]);
            word.replaceWith(ruby);
        }
    });
}

function rubyOf(text, pinyin) {
    const ruby = document.createElement("ruby");
    ruby.append(text, Object.assign(document.createElement("rt"), { textContent: pinyin }));
    return ruby;
}

function rubyFragment(text, words) {
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, length, pinyin] of words.toSorted((a, b) => a[0] - b[0])) {
        if (start < at || start + length > text.length)
            continue;
        if (start > at)
            fragment.append(text.slice(at, start));
        fragment.append(rubyOf(text.slice(start, start + length), pinyin));
        at = start + length;
    }
    if (at < text.length)
        fragment.append(text.slice(at));
    return fragment;
}

/** Takes the ruby out: the cell's text as it was. */
export function removeRuby(cell) {
    if ([...cell.children].every(child => child.localName === "ruby")) {
        cell.replaceChildren(plainText(cell)); // only pinyin in it: the one text node it was
        return;
    }
    for (const ruby of cell.querySelectorAll("ruby")) {
        ruby.querySelectorAll("rt").forEach(rt => rt.remove());
        const parent = ruby.parentNode;
        ruby.replaceWith(...ruby.childNodes);
        parent.normalize();
    }
}

function isPinyinOn() {
    return transcript()?.dataset.pinyin === "on";
}

async function showPinyin(on) {
    const container = transcript();
    if (!container)
        return;
    showPressed("[data-pinyin-toggle]", on);
    if (!on) {
        if (container.dataset.pinyin === "on")
            keepingPlace(() => {
                building++;
                new Set([...container.querySelectorAll(".zh ruby")].map(ruby => ruby.closest(".zh"))).forEach(removeRuby);
                container.dataset.pinyin = "off";
            });
        return;
    }
    if (container.dataset.pinyin === "on")
        return;
    let segments;
    try {
        segments = await pinyinSegments(container.dataset.episode);
    } catch {
        showPressed("[data-pinyin-toggle]", false);
        return;
    }
    if (transcript() !== container || wantsPinyin() !== true)
        return;
    // What is on screen first, in the switch itself; the rest of the episode in slices after it, so the
    // switch costs what the screen holds and the whole episode (find, jumps) has pinyin a moment later.
    const cells = Object.entries(segments)
        .map(([n, spans]) => ({ cell: document.querySelector(`#s-${CSS.escape(n)} > p.zh:not(.missing)`), spans }))
        .filter(c => c.cell && Array.isArray(c.spans));
    const near = cells.filter(c => { const r = c.cell.getBoundingClientRect(); return r.bottom > -innerHeight && r.top < 2 * innerHeight; });
    const later = cells.filter(c => !near.includes(c));
    keepingPlace(() => {
        near.forEach(c => addRuby(c.cell, c.spans));
        container.dataset.pinyin = "on";
    });
    const build = ++building;
    const slice = () => {
        if (build !== building || container.dataset.pinyin !== "on")
            return;
        keepingPlace(() => later.splice(0, 60).forEach(c => addRuby(c.cell, c.spans)));
        if (later.length)
            setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
}

let building = 0;

// The address says; without a word there, the last choice in this browser.
function wantsPinyin() {
    const asked = new URLSearchParams(location.search).get("pinyin");
    return asked === null ? store.get("pinyin") === "1" : asked === "1";
}

/** The pinyin toggle (and the y key). */
export function togglePinyin(on = !isPinyinOn()) {
    if (!transcript())
        return Promise.resolve();
    store.set("pinyin", on ? "1" : "0");
    writeAddress(on);
    return showPinyin(on);
}

function writeAddress(on) {
    const query = new URLSearchParams(location.search);
    if (on)
        query.set("pinyin", "1");
    else
        query.delete("pinyin");
    const url = location.pathname + toSearch(query) + location.hash;
    if (url !== location.pathname + location.search + location.hash)
        history.replaceState(history.state, "", url);
}

// ---- Saved words, marked where they occur in this episode.

function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function markSaved(on) {
    const container = transcript();
    if (!container || !globalThis.CSS?.highlights)
        return;
    showPressed("[data-saved-marks-toggle]", on);
    container.dataset.savedMarks = on ? "on" : "off";
    if (!on) {
        CSS.highlights.delete("saved-word");
        return;
    }
    const words = savedWords();
    const zh = [...new Set(words.filter(w => w.lang === "zh" && w.word).map(w => w.word))];
    const en = [...new Set(words.filter(w => w.lang === "en" && w.word).map(w => w.word.toLowerCase()))];
    const patterns = {
        zh: zh.length ? new RegExp(zh.map(escapeRegExp).sort((a, b) => b.length - a.length).join("|"), "g") : null,
        en: en.length ? new RegExp(`\\b(?:${en.map(escapeRegExp).join("|")})\\w*`, "giu") : null,
    };
    const ranges = [];
    for (const lang of ["zh", "en"]) {
        if (!patterns[lang])
            continue;
        for (const cell of container.querySelectorAll(`.segment > p.${lang}:not(.missing)`)) {
            const nodes = textNodes(cell);
            const lengths = nodes.map(n => n.length);
            const text = nodes.map(n => n.data).join("");
            for (const match of text.matchAll(patterns[lang])) {
                const start = locate(lengths, match.index), end = locate(lengths, match.index + match[0].length - 1);
                if (!start || !end)
                    continue;
                const range = new Range();
                range.setStart(nodes[start.node], start.offset);
                range.setEnd(nodes[end.node], end.offset + 1);
                ranges.push(range);
            }
        }
    }
    CSS.highlights.set("saved-word", new Highlight(...ranges));
}

// The marks are ranges over text nodes: when pinyin, find or a lookup splits them, mark again.
let remarkScheduled = false;
const remark = new MutationObserver(() => {
    if (remarkScheduled || transcript()?.dataset.savedMarks !== "on")
        return;
    remarkScheduled = true;
    requestAnimationFrame(() => { remarkScheduled = false; markSaved(true); });
});

function toggleSavedMarks() {
    const on = transcript()?.dataset.savedMarks !== "on";
    store.set("markSaved", on ? "1" : "0");
    markSaved(on);
}

function showPressed(selector, on) {
    document.querySelectorAll(selector).forEach(button => button.setAttribute("aria-pressed", String(on)));
}

// ---- The page.

document.addEventListener("click", event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || event.button !== 0)
        return;
    if (target.closest("[data-pinyin-toggle]"))
        togglePinyin();
    else if (target.closest("[data-saved-marks-toggle]"))
        toggleSavedMarks();
});

document.addEventListener("reader:words-changed", () => { if (transcript()?.dataset.savedMarks === "on") markSaved(true); });

function attachPage() {
    const container = transcript();
    remark.disconnect();
    if (!container)
        return;
    remark.observe(container, { childList: true, subtree: true });
    // An address that says is the choice from now on, as a switch would be.
    const asked = new URLSearchParams(location.search).get("pinyin");
    if (asked !== null)
        store.set("pinyin", asked === "1" ? "1" : "0");
    const pinyin = wantsPinyin();
    if (pinyin)
        writeAddress(true);
    showPinyin(pinyin);
    markSaved(store.get("markSaved") === "1");
}

// The controls' first live render replaces the prerendered buttons: show their state again.
whenAttached(() => {
    showPressed("[data-pinyin-toggle]", isPinyinOn() || wantsPinyin());
    showPressed("[data-saved-marks-toggle]", transcript()?.dataset.savedMarks === "on");
});
attachPage();
window.Blazor?.addEventListener?.("enhancedload", attachPage);
