// The reading mode in the browser. The controls are Blazor's (ReaderToolbar); the transcript around them is
// static markup. A switch sets the container's attributes, which is all CSS needs, and records the mode in
// the address. While the click travels to the server, the new mode is already shown (a preview), so the
// view changes at once; the server confirms it through applyMode. Back and forward come back here too.
import { nextQuery, readMode, sameMode, toSearch } from "../../js/reading-address.js";
import { store } from "../../js/reader-store.js";
import { showQuery as showFindQuery } from "./FindInEpisode.razor.js";
import { plainClickTarget } from "../../js/plain-click.js";

let controls = null;
let readerPath = null;
const attachedListeners = [];

/** Runs `listener` each time the controls connect (their first live render replaces the prerendered bar). */
export function whenAttached(listener) {
    attachedListeners.push(listener);
}
// Previews shown but not yet confirmed by the server: a confirmation of an older click must not undo a newer one.
let unconfirmed = 0;

const transcript = () => document.getElementById("transcript");
const knownSpeakers = () => [...document.querySelectorAll("[data-speaker-toggle]")].map(b => b.dataset.speakerToggle);

function connected() {
    return controls !== null && !document.getElementById("components-reconnect-modal")?.open;
}

/** Shows the mode a query asks for, keeping the segment at the top of the view where it was. */
function showQuery(query) {
    const container = transcript();
    if (!container)
        return;
    const mode = readMode(query, knownSpeakers());
    const hidden = mode.hidden.join(",");
    const learn = String(mode.learning);
    updateLinks(mode.lang, hidden);
    if (container.dataset.lang === mode.lang && container.dataset.learn === learn && container.dataset.hiddenSpeakers === hidden)
        return;
    keepingPlace(() => {
        container.dataset.lang = mode.lang;
        container.dataset.learn = learn;
        container.dataset.hiddenSpeakers = hidden;
    });
}

/** A click on a control, shown before the server has it. */
function preview(change) {
    if (!connected())
        return;
    unconfirmed++;
    record(nextQuery(new URLSearchParams(location.search), change, knownSpeakers(), transcript()?.dataset.lang ?? "both"));
}

/** The server's confirmation of a mode (its query string); a preview has usually applied the same one. */
export function applyMode(queryString) {
    if (unconfirmed > 0) {
        unconfirmed--;
        if (unconfirmed > 0)
            return;
    }
    const query = new URLSearchParams(queryString);
    for (const keep of ["q", "s", "pinyin"]) {
        const value = new URLSearchParams(location.search).get(keep);
        if (value)
            query.set(keep, value);
    }
    record(query);
}

// Switches replace the history entry's mode rather than adding entries: Back goes to the previous place read.
function record(query) {
    if (!sameMode(query, new URLSearchParams(location.search)))
        history.replaceState(history.state, "", location.pathname + toSearch(query) + location.hash);
    showQuery(query); // after the address, so the page's links carry the new one
    store.set("lang", query.get("lang"));
    store.set("learn", query.get("learn") === "1" ? "1" : "0");
    rememberForThisEpisode(query);
}

// The server keeps the mode an episode was last read in (EpisodePage.RememberMode) for addresses that come
// without one; a switch here tells it too.
function rememberForThisEpisode(query) {
    const mode = new URLSearchParams();
    for (const key of ["lang", "learn", "hide"]) {
        if (query.get(key))
            mode.set(key, query.get(key));
    }
    document.cookie = `reader-mode=${encodeURIComponent(toSearch(mode).slice(1))}; path=${location.pathname}; max-age=31536000; samesite=lax`;
}

// Rows change height when languages or speakers are shown or hidden: keep the segment at the top of the
// view where it was, so the reader does not lose their place.
export function keepingPlace(change) {
    const container = transcript();
    const line = (document.querySelector("[data-reading-bar]")?.getBoundingClientRect().bottom ?? 0) + 8;
    const box = container.getBoundingClientRect();
    const at = box.top < line ? document.elementFromPoint(box.left + 12, line)?.closest(".segment, .turn, .chapter, .hidden-turn") : null;
    const before = at?.getBoundingClientRect().top;
    change();
    if (at && at.offsetParent !== null)
        window.scrollBy({ top: at.getBoundingClientRect().top - before, behavior: "instant" });
}

// Links that keep the reader on this page as it is (export links follow its language and speakers; chapter
// and drawer links carry the whole address, so they still keep it when followed without this script).
function updateLinks(lang, hidden) {
    const exportQuery = new URLSearchParams({ lang });
    if (hidden)
        exportQuery.set("hide", hidden);
    for (const link of document.querySelectorAll("a[data-export]"))
        link.setAttribute("href", link.getAttribute("href").split("?")[0] + toSearch(exportQuery));
    const page = location.pathname.slice(1) + location.search;
    for (const link of document.querySelectorAll("[data-chapter-link], a[data-drawer-toggle]")) {
        const hash = link.getAttribute("href").split("#")[1] ?? "";
        link.setAttribute("href", page + "#" + hash);
    }
}

// Back and forward between modes and places of this page: show the mode here instead of letting Blazor's
// enhanced navigation fetch the whole page again. A capturing listener runs before Blazor's own.
addEventListener("popstate", event => {
    if (!transcript() || location.pathname !== readerPath)
        return;
    event.stopImmediatePropagation();
    const query = new URLSearchParams(location.search);
    showQuery(query);
    showFindQuery(query.get("q"));
    controls?.invokeMethodAsync("ShowMode", location.search);
}, { capture: true });

/**
 * A reader page appeared (loaded, or reached by enhanced navigation), or its controls connected. Returns
 * whether the mode shown changed (a remembered language), which moves every row.
 */
export function attach(toolbar = null) {
    const container = transcript();
    if (!container)
        return false;
    if (location.pathname !== readerPath)
        controls = null;
    readerPath = location.pathname;
    if (toolbar) {
        controls = toolbar;
        container.dataset.attached = "true";
    }

    // No language in the address: the reader's last choice. Shown at once; the address says it too.
    const query = new URLSearchParams(location.search);
    const remembered = store.get("lang");
    let changed = false;
    if (!query.has("lang") && ["zh", "en", "both"].includes(remembered)) {
        query.set("lang", remembered);
        if (store.get("learn") === "1" && remembered !== "both")
            query.set("learn", "1");
        history.replaceState(history.state, "", location.pathname + toSearch(query) + location.hash);
        changed = container.dataset.lang !== remembered;
        showQuery(query);
    }
    controls?.invokeMethodAsync("ShowMode", location.search);
    updateLinks(container.dataset.lang, container.dataset.hiddenSpeakers ?? "");
    if (toolbar)
        attachedListeners.forEach(listener => listener());
    return changed;
}

/** The page's controls changed their mind about being there (enhanced navigation to the same page). */
export function reattach() {
    if (controls && transcript())
        transcript().dataset.attached = "true";
    attach();
}

/** Names the chapter being read in the bar (its title in the transcript's heading). */
export function showPlaceChapter(ordinal) {
    const title = document.querySelector(`#c-${ordinal} [lang]`)?.textContent;
    const shown = document.querySelector("[data-place-chapter]");
    if (shown && title && shown.textContent !== title)
        shown.textContent = title;
}

// The language, learning and speaker controls, shown at once while their click travels to the server.
document.addEventListener("click", event => {
    const target = plainClickTarget(event);
    if (!target)
        return;
    const option = target.closest("[data-lang-option]");
    if (option) {
        preview({ lang: option.dataset.langOption });
        return;
    }
    const learn = target.closest("[data-learn-toggle]");
    if (learn) {
        const learning = learn.getAttribute("aria-pressed") === "true";
        const shown = transcript()?.dataset.lang;
        // From 双语, learning shows the language the form would submit (ReaderToolbar picks it).
        const lang = learn.form?.querySelector("input[name='lang']")?.value;
        preview(learning ? { learn: null } : shown === "both" && lang ? { lang, learn: "1" } : { learn: "1" });
        return;
    }
    const chip = target.closest("[data-speaker-toggle]");
    if (chip)
        preview({ toggle: chip.dataset.speakerToggle });
}, true);
