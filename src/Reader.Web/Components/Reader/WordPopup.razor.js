// The word popup: a tap or click on a word in a Chinese or English cell looks it up (/api/lookup) and shows
// it anchored to the word, with its pinyin and senses (or, for English, its base form and the Chinese words
// that render it), highlights the word and its counterparts in the other language ([data-looked-up],
// [data-counterpart]), and saves it ("Save · 收藏"). Escape, × or a tap elsewhere closes it and gives focus
// back. Keyboard: "Look up" in the segment menu or the w key opens it on a segment's first word; ← → move
// between words. Everything from the server goes in as text. Imported by TranscriptView.razor.js before
// the reader's owners (wwwroot/js/reader/), so a tap is seen here before segment-menu.js sees it (learning
// mode's blurred line is revealed, not looked up).
// Over 250 lines: the popup is one piece of state (`current`: the word, its cell, its answer, where focus
// returns) that finding, asking, showing and closing all read and change; the parts without it (offsets,
// placement, saved words, cell text) live in wwwroot/js.
import { isWordAt, nextWordAt, offsetOf, previousWordAt } from "../../js/text-offsets.js";
import { plainText, textNodes, unwrap, wrapSpan } from "../../js/cell-text.js";
import { placePopup } from "../../js/popup-place.js";
import { isSaved, saveWord, wordId } from "../../js/saved-words.js";
import { segmentAddress } from "../../js/reading-address.js";
import { el } from "../../js/element.js";
import { onceAFrame } from "../../js/once-a-frame.js";
import { plainClickTarget } from "../../js/plain-click.js";

const popup = () => document.querySelector("[data-word-popup]");
const transcript = () => document.getElementById("transcript");
const cache = new Map();

let current = null; // { segment, lang, cell, data, sense, highlights, returnFocus }
let asked = 0;

// ---- Which word a point or a key means.

/** The cell offset of the character under a point, or -1 (on pinyin: its characters' first). */
function offsetAtPoint(cell, x, y) {
    const rt = document.elementFromPoint(x, y)?.closest("rt");
    const nodes = textNodes(cell);
    const lengths = nodes.map(n => n.length);
    if (rt) {
        const base = textNodes(rt.parentElement)[0];
        return base ? offsetOf(lengths, nodes.indexOf(base), 0) : -1;
    }
    const caret = document.caretPositionFromPoint?.(x, y);
    const node = caret ? caret.offsetNode : document.caretRangeFromPoint?.(x, y)?.startContainer;
    const at = caret ? caret.offset : document.caretRangeFromPoint?.(x, y)?.startOffset;
    const index = nodes.indexOf(node);
    if (index < 0)
        return -1;
    // The caret is the boundary nearest the point: the character under it is the one before or after.
    for (const candidate of [at, at - 1]) {
        if (candidate < 0 || candidate >= node.length)
            continue;
        const range = document.createRange();
        range.setStart(node, candidate);
        range.setEnd(node, candidate + 1);
        const box = range.getBoundingClientRect();
        if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1)
            return offsetOf(lengths, index, candidate);
    }
    return -1;
}

function cellOf(segment, lang) {
    return segment.querySelector(`:scope > p.${lang}:not(.missing)`);
}

function shownCell(segment) {
    const lang = transcript()?.dataset.lang === "en" ? ["en", "zh"] : ["zh", "en"];
    return lang.map(l => cellOf(segment, l)).find(Boolean) ?? null;
}

// Learning mode blurs the other language: the first tap on it reveals the line (segment-menu.js), not a word.
function isBlurred(cell) {
    const container = transcript();
    if (container?.dataset.learn !== "true" || cell.classList.contains(container.dataset.lang))
        return false;
    const segment = cell.closest(".segment");
    return !segment.classList.contains("revealed") && !segment.matches(":focus-within")
        && !(matchMedia("(hover: hover)").matches && segment.matches(":hover"));
}

// ---- Looking up.

// One request per word and place: a lookup asked for again while its answer is on the way waits for that answer.
const pending = new Map();

function fetchLookup(slug, segment, lang, at) {
    const key = [slug, segment, lang, at].join("|");
    if (cache.has(key))
        return Promise.resolve(cache.get(key));
    if (!pending.has(key))
        pending.set(key, request(key, `api/lookup?episode=${encodeURIComponent(slug)}&segment=${segment}&lang=${lang}&at=${at}`).finally(() => pending.delete(key)));
    return pending.get(key);
}

async function request(key, url) {
    let result;
    try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        const body = await response.json().catch(() => ({}));
        result = response.ok ? { data: body } : { error: messageFor(response.status, body) };
        if (response.ok)
            cache.set(key, result);
    } catch {
        result = { error: "The dictionary did not answer · 词典没有响应" };
    }
    return result;
}

function messageFor(status, body) {
    if (status === 503)
        return "The dictionary is not ready yet (installing or importing) · 词典尚未就绪";
    return typeof body?.error === "string" ? body.error : `Lookup failed (${status}) · 查询失败`;
}

/** Looks up the word at a cell offset and shows the popup on it. */
export async function lookUp(cell, at, { returnFocus = null, focus = true } = {}) {
    const segment = cell.closest(".segment");
    const container = transcript();
    if (!segment || !container)
        return;
    const lang = cell.classList.contains("zh") ? "zh" : "en";
    const ask = ++asked;
    const previousFocus = current?.returnFocus ?? returnFocus ?? (document.activeElement !== document.body ? document.activeElement : null);
    clearHighlights();
    const element = popup();
    if (!element)
        return;
    const text = plainText(cell);
    current = { segment, lang, cell, at, text, data: null, sense: 0, highlights: [], returnFocus: previousFocus };
    const focusedBefore = document.activeElement;
    const result = await fetchLookup(container.dataset.episode, Number(segment.dataset.segment), lang, at);
    if (ask !== asked)
        return; // a newer lookup took over
    current.data = result.data ?? null;
    if (result.data)
        highlight(result.data);
    fill(element, result);
    element.hidden = false;
    place();
    if (focus && document.activeElement === focusedBefore)
        element.focus({ preventScroll: true }); // not if the reader moved on (the / key, a tap on a control) meanwhile
}

function highlight(data) {
    const start = Number(data.start), length = Number(data.length);
    const make = attribute => () => {
        const span = document.createElement("span");
        span.setAttribute(attribute, "");
        return span;
    };
    if (Number.isInteger(start) && Number.isInteger(length) && length > 0)
        current.highlights.push(...wrapSpan(current.cell, start, length, make("data-looked-up")));
    const other = cellOf(current.segment, current.lang === "zh" ? "en" : "zh");
    if (other && Array.isArray(data.counterparts)) {
        for (const part of data.counterparts) {
            if (Number.isInteger(part?.start) && Number.isInteger(part?.length) && part.length > 0)
                current.highlights.push(...wrapSpan(other, part.start, part.length, make("data-counterpart")));
        }
    }
}

function clearHighlights() {
    if (current)
        unwrap(current.highlights);
    if (current)
        current.highlights = [];
}

// ---- What the popup shows: text only.

const strings = list => (Array.isArray(list) ? list.filter(s => typeof s === "string" || typeof s === "number").map(String) : []);

/** The choices a word offers to save: its own senses, or for English the Chinese words that render it. */
function choices(data, lang) {
    if (lang === "zh")
        return strings(data.senses).map(sense => ({ label: sense, sense }));
    const entries = Array.isArray(data.entries) ? data.entries.filter(e => e && typeof e === "object") : [];
    const fromEntries = entries.map(e => {
        const senses = strings(e.senses);
        const head = [e.simplified, e.pinyin].filter(v => typeof v === "string" && v).join(" ");
        return { label: senses.join("; "), head, sense: `${head}: ${senses.join("; ")}`, simplified: e.simplified };
    });
    const own = strings(data.senses).map(sense => ({ label: sense, sense }));
    return [...own, ...fromEntries];
}

function fill(element, result) {
    const q = selector => element.querySelector(selector);
    const data = result.data;
    const surface = data ? current.text.slice(Number(data.start), Number(data.start) + Number(data.length)) : current.text.slice(current.at, current.at + 1);
    const word = typeof data?.word === "string" && data.word ? data.word : surface;
    q("[data-word-text]").textContent = current.lang === "zh" ? surface || word : surface || word;
    q("[data-word-text]").lang = current.lang === "zh" ? "zh-Hans" : "en";
    q("[data-word-pinyin]").textContent = typeof data?.pinyin === "string" ? data.pinyin : "";
    const base = typeof data?.base === "string" ? data.base : typeof data?.lemma === "string" ? data.lemma : word;
    const baseLine = q("[data-word-base]");
    baseLine.hidden = !(current.lang === "en" && base && base.toLowerCase() !== surface.toLowerCase());
    baseLine.textContent = baseLine.hidden ? "" : `Base form · 原形: ${base}`;

    const list = q("[data-word-senses]");
    list.replaceChildren();
    current.choices = data ? choices(data, current.lang) : [];
    current.choices.forEach((choice, i) => {
        const item = el("li");
        const button = el("button", null, { type: "button", "data-word-sense": String(i), "aria-pressed": i === current.sense ? "true" : "false", title: "Save with this sense · 收藏此释义" });
        if (choice.head)
            button.append(el("span", choice.head, { class: "word-popup-head-word", lang: "zh-Hans" }), " ");
        button.append(el("span", choice.label, { lang: "en" }));
        item.append(button);
        list.append(item);
    });
    const counterparts = Array.isArray(data?.counterparts) ? data.counterparts.map(c => c?.text).filter(t => typeof t === "string") : [];
    const matches = q("[data-word-matches]");
    matches.replaceChildren();
    if (counterparts.length)
        matches.append(el("p", `${current.lang === "zh" ? "In the English · 英文中" : "In the Chinese · 中文中"}: ${counterparts.join(", ")}`));
    const status = q("[data-word-status]");
    status.textContent = result.error ?? (current.choices.length ? "" : "Not in the dictionary · 词典中没有");
    const save = q("[data-word-save]");
    save.disabled = !data;
    showSaved(save);
}

function savedFields() {
    const data = current.data;
    const container = transcript();
    const choice = current.choices[current.sense];
    const surface = current.text.slice(Number(data.start), Number(data.start) + Number(data.length));
    const n = current.segment.dataset.segment;
    const zh = cellOf(current.segment, "zh"), en = cellOf(current.segment, "en");
    return {
        word: current.lang === "en" && typeof data.word === "string" && data.word ? data.word : surface,
        pinyin: typeof data.pinyin === "string" ? data.pinyin : "",
        sense: choice?.sense ?? "",
        lang: current.lang,
        zh: zh ? plainText(zh).trim() : "",
        en: en ? plainText(en).trim() : "",
        slug: container.dataset.episode,
        title: [document.querySelector("#episode-title .title-en")?.textContent.trim(), document.querySelector("#episode-title [lang='zh-Hans']")?.textContent.trim()].filter(Boolean).join(" · "),
        segment: Number(n),
        link: segmentAddress(location.origin, location.pathname, "", n),
    };
}

function showSaved(button) {
    const saved = current?.data ? isSaved(wordId(savedFields())) : false;
    button.setAttribute("aria-pressed", String(saved));
    button.firstChild.textContent = saved ? "Saved ✓ · " : "Save · ";
}

// ---- Where the popup goes, and closing it.

function place() {
    const element = popup();
    const anchor = current?.highlights.find(h => h.hasAttribute("data-looked-up")) ?? current?.cell;
    if (!element || element.hidden || !anchor)
        return;
    // On phones the segment menu sits under its row: the popup keeps clear of it.
    const box = anchor.getBoundingClientRect();
    const menu = current.segment.querySelector(":scope > [data-segment-menu]:not([hidden])")?.getBoundingClientRect();
    const word = menu && menu.height > 0 && menu.top >= box.top && menu.left < box.right && menu.right > box.left
        ? { top: box.top, left: box.left, right: box.right, bottom: Math.max(box.bottom, menu.bottom) }
        : box;
    const barBottom = document.querySelector("[data-reading-bar]")?.getBoundingClientRect().bottom ?? 0;
    element.style.top = "0px";
    element.style.left = "0px";
    const origin = element.getBoundingClientRect();
    const at = placePopup(word, { width: origin.width, height: origin.height }, { width: document.documentElement.clientWidth, height: innerHeight, top: Math.max(0, barBottom) });
    element.style.top = `${at.top - origin.top}px`;
    element.style.left = `${at.left - origin.left}px`;
    element.dataset.side = at.side;
}

/** Closes the popup, clears the highlights and gives focus back to where it was. */
export function closePopup({ restoreFocus = true } = {}) {
    const element = popup();
    asked++;
    if (!current)
        return false;
    clearHighlights();
    const back = current.returnFocus;
    const segment = current.segment;
    current = null;
    if (element)
        element.hidden = true;
    if (restoreFocus) {
        const target = back?.isConnected ? back : segment;
        if (target === segment && !segment.hasAttribute("tabindex"))
            segment.setAttribute("tabindex", "-1");
        target?.focus({ preventScroll: true });
    }
    return true;
}

/** The keyboard's way in: the first word of a segment's shown language. */
export function lookUpSegment(segment, returnFocus = document.activeElement) {
    const cell = segment && shownCell(segment);
    if (!cell)
        return;
    const text = plainText(cell);
    const at = isWordAt(text, 0) ? 0 : nextWordAt(text, 0);
    if (at >= 0)
        lookUp(cell, at, { returnFocus });
}

function step(direction) {
    if (!current?.data)
        return;
    const start = Number(current.data.start), end = start + Number(current.data.length);
    // Chinese words touch: the next one starts where this one ends.
    const touching = current.lang === "zh" && isWordAt(current.text, end);
    const at = direction > 0 ? (touching ? end : nextWordAt(current.text, end)) : previousWordAt(current.text, start);
    if (at >= 0)
        lookUp(current.cell, at, { returnFocus: current.returnFocus });
}

/** The offset of the word a click on a cell means, or -1: none for a drag that selected text, a blurred line or a space. */
function wordAt(cell, event) {
    const selection = getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim())
        return -1; // a drag selected text: leave it selected
    if (downAt && Math.hypot(event.clientX - downAt.x, event.clientY - downAt.y) > Slop)
        return -1;
    return wordUnder(cell, event.clientX, event.clientY);
}

/** The offset of the word under a point of a cell, or -1 (a blurred line, a space, a mark). */
function wordUnder(cell, x, y) {
    if (isBlurred(cell))
        return -1;
    const at = offsetAtPoint(cell, x, y);
    return at >= 0 && isWordAt(plainText(cell), at) ? at : -1;
}

// A press that moves this far (CSS pixels) is a drag or a scroll, not a tap.
const Slop = 8;

// ---- Asking early: a press on a word starts its lookup, so that the answer is there by the click, which
// comes when the press ends (a tap lasts ~100 ms, a lookup's round trip ~20 ms). A touch asks only once it
// has stayed still a moment, since a scroll starts with a touch too. That moment is counted in frames: after a
// touch starts, Chromium holds timers back for ~100 ms in case it is a scroll, and a timer would ask too late.
const TouchStillMs = 40;
let early = null;

function askEarly(event, cell) {
    stopAskingEarly();
    const { clientX: x, clientY: y, timeStamp: pressed } = event;
    const lookUpNow = () => {
        early = null;
        const segment = cell.closest(".segment");
        const at = cell.isConnected ? wordUnder(cell, x, y) : -1;
        if (at >= 0 && transcript())
            fetchLookup(transcript().dataset.episode, Number(segment.dataset.segment), cell.classList.contains("zh") ? "zh" : "en", at);
    };
    if (event.pointerType !== "touch")
        return lookUpNow();
    const waitStill = now => {
        if (now - pressed >= TouchStillMs)
            lookUpNow();
        else
            early = requestAnimationFrame(waitStill);
    };
    early = requestAnimationFrame(waitStill);
}

function stopAskingEarly() {
    cancelAnimationFrame(early);
    early = null;
}

// ---- Events. Capturing, registered before the reader's owners' (wwwroot/js/reader/): a tap is seen here first.

let downAt = null;

const cellSelector = "#transcript .segment > p:is(.zh, .en):not(.missing)";

// A tap elsewhere closes the popup. A tap on the text is left to its click (another word, or closing):
// unwrapping the highlights under the pointer now would keep the browser from sending that click at all.
document.addEventListener("pointerdown", event => {
    downAt = { x: event.clientX, y: event.clientY };
    const element = popup();
    const target = event.target instanceof Element ? event.target : null;
    if (current && element && !element.contains(target) && !target?.closest(cellSelector))
        closePopup({ restoreFocus: false });
    const cell = target?.closest(cellSelector);
    if (cell && event.button === 0 && !target.closest("a, button") && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey)
        askEarly(event, cell);
}, { capture: true, passive: true });

document.addEventListener("pointermove", event => {
    if (early !== null && downAt && Math.hypot(event.clientX - downAt.x, event.clientY - downAt.y) > Slop)
        stopAskingEarly();
}, { capture: true, passive: true });
// A touch that ends before it asked is followed by its click, which asks itself; a cancelled one was a scroll.
for (const type of ["pointerup", "pointercancel"])
    document.addEventListener(type, stopAskingEarly, { capture: true, passive: true });

document.addEventListener("click", event => {
    const target = plainClickTarget(event);
    if (!target)
        return;
    const element = popup();
    if (element?.contains(target)) {
        if (target.closest("[data-word-close]"))
            closePopup();
        const sense = target.closest("[data-word-sense]");
        if (sense && current) {
            current.sense = Number(sense.dataset.wordSense);
            element.querySelectorAll("[data-word-sense]").forEach(b => b.setAttribute("aria-pressed", String(b === sense)));
        }
        const save = target.closest("[data-word-save]");
        if (save && current?.data) {
            saveWord(savedFields());
            showSaved(save);
            document.dispatchEvent(new CustomEvent("reader:words-changed"));
        }
        return;
    }
    const act = target.closest("[data-segment-menu] [data-act='words']");
    if (act) {
        event.stopImmediatePropagation();
        lookUpSegment(act.closest(".segment"), act);
        return;
    }
    const cell = target.closest(cellSelector);
    const at = cell && !target.closest("a, button") ? wordAt(cell, event) : -1;
    if (at < 0) {
        if (current)
            closePopup({ restoreFocus: false });
        return;
    }
    if (transcript()?.dataset.learn === "true") {
        const segment = cell.closest(".segment");
        setTimeout(() => segment.classList.add("revealed")); // after segment-menu.js's tap has toggled it
    }
    lookUp(cell, at);
}, true);

document.addEventListener("keydown", event => {
    const element = popup();
    if (!current || !element || element.hidden)
        return;
    if (event.key === "Escape") {
        event.preventDefault();
        event.stopImmediatePropagation();
        closePopup();
        return;
    }
    if (!element.contains(document.activeElement) || event.altKey || event.ctrlKey || event.metaKey)
        return;
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        event.preventDefault();
        event.stopImmediatePropagation();
        step(event.key === "ArrowRight" ? 1 : -1);
    }
}, true);

const placeSoon = onceAFrame(() => place());
for (const type of ["scroll", "resize"])
    addEventListener(type, () => { if (current) placeSoon(); }, { passive: true });

window.Blazor?.addEventListener?.("enhancedload", () => { if (current && !current.segment.isConnected) current = null; });
