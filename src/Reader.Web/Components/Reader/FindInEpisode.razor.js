// Find in the episode, in the browser: FindInEpisode.razor finds the hits and FindInEpisodeState decides which is
// current; here they are marked in the static transcript (<mark class="hit">), scrolled to, and the query is kept in
// the address (?q=) so a search can be shared. Enter and Shift+Enter in the box step through the hits.
import { toSearch } from "../../js/reading-address.js";
import { scrollTopFor } from "../../js/jump-target.js";
import { plainText, unwrap, wrapSpan } from "../../js/cell-text.js";

let marks = [];

function clear() {
    unwrap(document.querySelectorAll("#transcript mark.hit"));
    marks = [];
}

/**
 * Marks the hits, given flat as [segment, language, start, length, visible, ...] (ranges of the cell's
 * text), records the query in the address, and goes to the first visible hit at or after the place being
 * read. Returns that hit's index, or -1.
 */
export function mark(query, flat) {
    clear();
    keepQuery(query);
    const hits = [];
    for (let i = 0; i + 4 < flat.length; i += 5)
        hits.push({ index: hits.length, segment: flat[i], language: flat[i + 1], start: flat[i + 2], length: flat[i + 3], visible: flat[i + 4] });

    // Split each cell's text from its end, so the earlier offsets stay true. A cell may be in several text
    // nodes (pinyin's ruby, a looked-up word): a hit across them is marked in each.
    const cells = Map.groupBy(hits, hit => hit.segment + " " + hit.language);
    for (const cellHits of cells.values()) {
        const { segment, language } = cellHits[0];
        const cell = document.querySelector(`#s-${segment} > p.${language}:not(.missing)`);
        if (!cell)
            continue;
        const length = plainText(cell).length;
        for (const hit of cellHits.toSorted((a, b) => b.start - a.start)) {
            if (hit.start + hit.length > length)
                continue;
            const pieces = wrapSpan(cell, hit.start, hit.length, () => {
                const element = Object.assign(document.createElement("mark"), { className: "hit" });
                element.dataset.hit = String(hit.index);
                return element;
            });
            if (pieces.length)
                marks[hit.index] = pieces[0];
        }
    }

    const { index: first, linked } = firstHit(hits.filter(hit => hit.visible && marks[hit.index]));
    if (first >= 0)
        focus(first, !linked); // a permalink's segment is already where it belongs
    return first;
}

// A permalink (#s-N) opened with a query starts at that segment, for the page's first search only;
// otherwise, and after that, the first hit below the bar.
function firstHit(visible) {
    if (visible.length === 0)
        return { index: -1, linked: false };
    const container = document.getElementById("transcript");
    const linked = container && !container.findStarted ? /^#s-(\d+)$/.exec(location.hash) : null;
    if (container)
        container.findStarted = true;
    if (linked) {
        const at = visible.find(hit => hit.segment >= Number(linked[1]));
        if (at)
            return { index: at.index, linked: at.segment === Number(linked[1]) };
    }
    const line = document.querySelector("[data-reading-bar]")?.getBoundingClientRect().bottom ?? 0;
    return { index: (visible.find(hit => marks[hit.index].getBoundingClientRect().top >= line) ?? visible[0]).index, linked: false };
}

/**
 * Makes a hit the current one, and unless told otherwise scrolls its segment right under the bar, as any
 * jump does (a hit low in a segment taller than the view is centred instead).
 */
export function focus(index, scroll = true) {
    document.querySelectorAll("#transcript mark.hit.current").forEach(m => m.classList.remove("current"));
    const element = marks[index];
    if (!element)
        return;
    document.querySelectorAll(`#transcript mark.hit[data-hit="${index}"]`).forEach(m => m.classList.add("current"));
    if (!scroll)
        return;
    const segment = element.closest(".segment");
    const top = segment ? scrollTopFor(segment) : null;
    if (top === null || element.getBoundingClientRect().bottom + scrollY - top > innerHeight * 0.8)
        element.scrollIntoView({ block: "center", behavior: "instant" });
    else
        window.scrollTo({ top, behavior: "instant" });
}

/** Back or forward to an address with another query: search for it, as if typed. */
export function showQuery(query) {
    const input = document.querySelector("[data-find-input]");
    if (!input || input.value.trim() === (query ?? ""))
        return;
    input.value = query ?? "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
}

function keepQuery(query) {
    const params = new URLSearchParams(location.search);
    if (query)
        params.set("q", query);
    else
        params.delete("q");
    const url = location.pathname + toSearch(params) + location.hash;
    if (url !== location.pathname + location.search + location.hash)
        history.replaceState(history.state, "", url);
}

// Enter and Shift+Enter step through the hits once the box is live; before that, Enter submits the form.
document.addEventListener("keydown", event => {
    if (event.key !== "Enter" || !(event.target instanceof Element) || !event.target.matches("[data-find-input]"))
        return;
    if (event.isComposing || event.keyCode === 229)
        return; // the Enter that ends an input method's composition
    if (!document.getElementById("transcript")?.dataset.attached)
        return;
    event.preventDefault();
    event.target.closest("form")?.querySelector(event.shiftKey ? "[data-find-prev]" : "[data-find-next]")?.click();
});
