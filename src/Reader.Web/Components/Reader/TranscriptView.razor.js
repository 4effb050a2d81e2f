// The reader page's behaviour in the browser, for the static transcript and the page around it: jumps to
// chapters and segments, the chapter being read, the place to come back to, the one action menu for a
// segment, hidden speakers' markers, and the keys. Everything is event delegation on the document, so it
// works before the circuit connects and across Blazor's page changes. Loaded once, by App.razor.
import { chapterAfter, currentChapter, jumpPath, placeToResume } from "../../js/reading-place.js";
import { segmentAddress } from "../../js/reading-address.js";
import { store } from "../../js/reader-store.js";
import { scrollTopFor } from "../../js/jump-target.js";
import { toggleDrawer, isDrawerOpen } from "./ChapterList.razor.js";
import { applySettings, changeSetting } from "./ReadingSettings.razor.js";
import { attach as attachMode, reattach as reattachMode, whenAttached } from "./ReaderToolbar.razor.js";
import { attachListening, canPlay, isListening, listeningTime, parseTime, playAt, playFrom, seekToSeconds, skip, sync, togglePlay } from "./ListenPlayer.razor.js";
// Its capturing listeners are registered before this module's, so a tap on a word is seen there first.
import { lookUpSegment } from "./WordPopup.razor.js";
import { togglePinyin } from "./WordOptions.razor.js";
import { plainText } from "../../js/cell-text.js";

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
const transcript = () => document.getElementById("transcript");
const bar = () => document.querySelector("[data-reading-bar]");

// ---- Jumps. Every turn is laid out, so a target's position is true the first time: one move, no settling.

function revealIfHidden(target) {
    const turn = target.closest(".turn");
    if (turn && turn.offsetParent === null && turn.id) {
        const marker = document.querySelector(`[data-hidden-turn][aria-controls="${turn.id}"]`);
        if (marker)
            showHiddenTurn(marker, true);
    }
}

/**
 * Scrolls a chapter heading or segment to just under the bar. A jump the reader asked for adds a history
 * entry (Back returns to where they were) and glides unless they prefer reduced motion.
 */
function jumpTo(id, { push = true, focus = true, smooth = !reducedMotion.matches } = {}) {
    const target = document.getElementById(id);
    if (!target || !transcript()?.contains(target))
        return false;
    revealIfHidden(target);
    const end = scrollTopFor(target);

    if (push && location.hash !== "#" + id)
        history.pushState(null, "", location.pathname + location.search + "#" + id);
    markJumped(target);
    const path = jumpPath(scrollY, end, innerHeight, smooth);
    if (path.instant !== null)
        window.scrollTo({ top: path.instant, behavior: "instant" });
    if (path.smooth)
        window.scrollTo({ top: end, behavior: "smooth" });
    pinChapter(Number(target.closest("[data-chapter-section]")?.dataset.chapterSection ?? 0), end);
    if (focus) {
        if (!target.hasAttribute("tabindex"))
            target.setAttribute("tabindex", "-1");
        target.focus({ preventScroll: true });
    }
    return true;
}

// :target follows only the browser's own fragment navigations; a jump marks its target itself.
function markJumped(target) {
    document.querySelectorAll("#transcript [data-jumped]").forEach(e => e.removeAttribute("data-jumped"));
    target.setAttribute("data-jumped", "");
}

// The address bar, a pasted permalink or location.hash: the browser has scrolled there itself (the turns'
// sizes are true, and CSS keeps targets under the bar); show what it means for the place.
addEventListener("hashchange", () => {
    const id = location.hash.slice(1);
    const target = id && document.getElementById(id);
    if (!target || !transcript()?.contains(target))
        return;
    const hidden = target.closest(".turn")?.offsetParent === null;
    revealIfHidden(target);
    if (hidden)
        jumpTo(id, { push: false, smooth: false });
    else
        markPlace();
});

// ---- The chapter being read: the last heading at or above a line just under the bar. Right after a jump
// it is the chapter jumped to, even where the page ends before that heading can reach the top.
let pinned = null; // { chapter, y, reached }

function pinChapter(chapter, y) {
    pinned = chapter ? { chapter, y, reached: Math.abs(scrollY - y) < 2 } : null;
    showChapter(chapter || readChapter());
}

function readChapter() {
    const line = (bar()?.getBoundingClientRect().bottom ?? 0) + 24;
    const headings = [...document.querySelectorAll("#transcript .chapter-title")]
        .map(h => ({ ordinal: Number(h.id.slice(2)), top: h.getBoundingClientRect().top }));
    return currentChapter(headings, line);
}

function showChapter(chapter) {
    for (const link of document.querySelectorAll("[data-chapter-link]")) {
        const isCurrent = Number(link.dataset.chapterLink) === chapter;
        link.toggleAttribute("data-current", isCurrent);
        if (isCurrent)
            link.setAttribute("aria-current", "location");
        else
            link.removeAttribute("aria-current");
    }
    const title = document.querySelector(`#c-${chapter} [lang]`)?.textContent;
    const place = document.querySelector("[data-place-chapter]");
    if (place && title && place.textContent !== title)
        place.textContent = title;
}

function markPlace() {
    if (pinned) {
        if (Math.abs(scrollY - pinned.y) < 2)
            pinned.reached = true;
        else if (pinned.reached)
            pinned = null;
    }
    showChapter(pinned?.chapter ?? readChapter());
    rememberPlaceSoon();
}

let markScheduled = false;
addEventListener("scroll", () => {
    if (markScheduled)
        return;
    markScheduled = true;
    requestAnimationFrame(() => { markScheduled = false; if (transcript()) markPlace(); });
}, { passive: true });

function stepChapter(step) {
    const ordinals = [...document.querySelectorAll("#chapters [data-chapter-link]")].map(l => Number(l.dataset.chapterLink));
    const current = Number(document.querySelector("[data-chapter-link][data-current]")?.dataset.chapterLink ?? ordinals[0]);
    const next = chapterAfter(ordinals, current, step);
    if (next !== null)
        jumpTo("c-" + next);
}

// ---- Where I left off: the segment at the reading line, per episode, for the library and the next visit.
let rememberTimer = 0;

function rememberPlaceSoon() {
    clearTimeout(rememberTimer);
    rememberTimer = setTimeout(rememberPlace, 400);
}

function segmentAtLine({ orTheFirstBelow = false } = {}) {
    const container = transcript();
    if (!container)
        return null;
    const box = container.getBoundingClientRect();
    const x = box.left + Math.min(24, box.width / 2);
    const line = (bar()?.getBoundingClientRect().bottom ?? 0) + 12;
    // At the top of the page the line runs through the episode's header or a chapter's heading.
    for (let y = line; y < innerHeight; y += 16) {
        const segment = document.elementFromPoint(x, y)?.closest("#transcript .segment");
        if (segment || !orTheFirstBelow)
            return segment ?? null;
    }
    return null;
}

function rememberPlace() {
    const container = transcript();
    const slug = container?.dataset.episode;
    if (!slug || resumeOffered)
        return;
    const segment = segmentAtLine();
    if (!segment)
        return;
    const turn = segment.closest(".turn");
    store.setJson("place." + slug, {
        segment: Number(segment.dataset.segment),
        segments: Number(container.dataset.segments) || null,
        time: segment.dataset.time ?? turn?.querySelector(".when")?.textContent.replace("≈", "") ?? null,
        chapter: document.querySelector(`#c-${segment.dataset.chapter} [lang]`)?.textContent ?? null,
        at: Date.now(),
    });
}

// Reopening an episode without a permalink: offer the place last read, until the reader takes it, closes
// it or scrolls on their own (then the new place is the one remembered).
let resumeOffered = false;

function offerResume() {
    document.querySelector(".resume")?.remove();
    resumeOffered = false;
    const container = transcript();
    if (!container || location.hash.length > 1)
        return;
    const place = placeToResume(store.getJson("place." + container.dataset.episode));
    if (!place || !document.getElementById("s-" + place.segment))
        return;
    resumeOffered = true;
    const offer = document.createElement("div");
    offer.className = "resume";
    offer.setAttribute("role", "status");
    const go = Object.assign(document.createElement("button"), { type: "button", className: "resume-go" });
    go.append(`Continue at ${place.time ?? "segment " + place.segment} · `, Object.assign(document.createElement("span"), { lang: "zh-Hans", textContent: "继续" }));
    const close = Object.assign(document.createElement("button"), { type: "button", className: "resume-close", textContent: "×" });
    close.setAttribute("aria-label", "Start from the beginning · 从头开始");
    offer.append(go, close);
    go.addEventListener("click", () => { dismissResume(); jumpTo("s-" + place.segment); });
    close.addEventListener("click", () => dismissResume());
    document.body.append(offer);
}

function dismissResume() {
    document.querySelector(".resume")?.remove();
    resumeOffered = false;
}

// ---- One action menu for the segment pointed at, tapped or reached by keyboard (its turn's time link):
// one tab stop where the reader is, instead of two per segment.
const menu = () => document.querySelector("[data-segment-menu]");

function offerMenu(segment) {
    const element = menu();
    if (!element || !segment)
        return;
    document.querySelectorAll("#transcript .segment[data-active]").forEach(s => s !== segment && s.removeAttribute("data-active"));
    if (element.parentElement !== segment)
        segment.append(element);
    element.hidden = false;
    // Play from here where the episode can be played; Sync while it plays.
    element.querySelector("[data-act='play']")?.toggleAttribute("hidden", !canPlay());
    element.querySelector("[data-act='sync']")?.toggleAttribute("hidden", !isListening());
    element.setAttribute("aria-label", `Segment ${segment.dataset.segment} · 第 ${segment.dataset.segment} 句`);
}

function segmentQuote(segment) {
    const text = cls => {
        const cell = segment.querySelector("." + cls);
        return cell && !cell.classList.contains("missing") ? plainText(cell).trim() : null;
    };
    const who = segment.closest(".turn")?.querySelector(".who")?.textContent.trim() ?? segment.dataset.speaker;
    const time = segment.dataset.time ? ` ≈${segment.dataset.time}` : "";
    const title = document.querySelector("#episode-title .title-en")?.textContent.trim();
    return [text("zh"), text("en")].filter(Boolean).map(t => `“${t}”`).join("\n")
        + `\n— ${who},${time}${title ? ` · ${title}` : ""}\n${segmentAddress(location.origin, location.pathname, location.search, segment.dataset.segment)}`;
}

async function copy(button) {
    if (button.hasAttribute("data-copied"))
        return;
    const segment = button.closest(".segment");
    if (!segment)
        return;
    // While listening, a link opens at the moment being heard (?t=) as well as at the line.
    const search = new URLSearchParams(location.search);
    search.delete("t");
    if (listeningTime() !== null)
        search.set("t", String(listeningTime()));
    const text = button.dataset.act === "link"
        ? segmentAddress(location.origin, location.pathname, search.size ? "?" + search : "", segment.dataset.segment)
        : segmentQuote(segment);
    try {
        await navigator.clipboard.writeText(text);
    } catch {
        const area = Object.assign(document.createElement("textarea"), { value: text });
        document.body.append(area);
        area.select();
        document.execCommand("copy");
        area.remove();
    }
    const label = [...button.childNodes];
    button.replaceChildren("Copied ✓");
    button.setAttribute("data-copied", "");
    setTimeout(() => { button.replaceChildren(...label); button.removeAttribute("data-copied"); }, 1500);
}

document.addEventListener("mouseover", event => {
    if (event.target instanceof Element && matchMedia("(hover: hover)").matches)
        offerMenu(event.target.closest("#transcript .segment"));
}, { passive: true });

document.addEventListener("focusin", event => {
    const when = event.target instanceof Element ? event.target.closest("#transcript .when") : null;
    if (when)
        offerMenu(when.closest(".turn")?.querySelector(".segment"));
});

// ---- Hidden speakers: each hidden turn is a one-line marker that shows the turn when activated.
function showHiddenTurn(marker, show = marker.getAttribute("aria-expanded") !== "true") {
    const turn = document.getElementById(marker.getAttribute("aria-controls"));
    if (!turn)
        return;
    turn.toggleAttribute("data-revealed", show);
    marker.setAttribute("aria-expanded", String(show));
}

// ---- Clicks.
document.addEventListener("click", event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;

    // Links handled here are kept from Blazor's navigation too (which would add its own history entry
    // and scroll): this listener captures, so it runs first.
    const handled = () => { event.preventDefault(); event.stopImmediatePropagation(); };

    // The skip link, on any page: to the content without a page load (its address may be an older one).
    if (target.closest(".skip-link")) {
        handled();
        const main = document.getElementById("main");
        main?.focus({ preventScroll: true });
        main?.scrollIntoView({ block: "start", behavior: "instant" });
        return;
    }

    const chapter = target.closest("[data-chapter-link]");
    if (chapter) {
        handled();
        toggleDrawer(false, { restoreFocus: false });
        jumpTo("c-" + chapter.dataset.chapterLink);
        if (isListening())
            seekToSeconds(parseTime(document.querySelector(`#c-${chapter.dataset.chapterLink} .chapter-time`)?.textContent) ?? 0);
        return;
    }

    // A chapter's ▶ (Watch from …) plays the episode here when it can be played here.
    const video = target.closest(".chapter-video-link, #transcript a.chapter-video");
    if (video && canPlay()) {
        handled();
        const section = video.closest("li")?.querySelector("[data-chapter-link]")?.dataset.chapterLink
            ?? video.closest("[data-chapter-section]")?.dataset.chapterSection;
        toggleDrawer(false, { restoreFocus: false });
        jumpTo("c-" + section);
        playAt(parseTime(document.querySelector(`#c-${section} .chapter-time`)?.textContent) ?? 0);
        return;
    }

    if (target.closest("[data-drawer-toggle]")) {
        handled();
        toggleDrawer();
        return;
    }

    const when = target.closest("#transcript a.when");
    if (when) {
        handled();
        const id = when.getAttribute("href").split("#")[1];
        jumpTo(id);
        if (isListening())
            playFrom(Number(id.slice(2)));
        return;
    }

    const act = target.closest("[data-segment-menu] [data-act]");
    if (act) {
        const n = Number(act.closest(".segment")?.dataset.segment);
        if (act.dataset.act === "play")
            playFrom(n);
        else if (act.dataset.act === "sync")
            sync(n);
        else
            copy(act);
        return;
    }

    const setting = target.closest("[data-setting]");
    if (setting) {
        changeSetting(setting);
        return;
    }

    const marker = target.closest("#transcript [data-hidden-turn]");
    if (marker) {
        showHiddenTurn(marker);
        return;
    }

    const segment = target.closest("#transcript .segment");
    if (segment && !target.closest("a, button, mark.hit")) {
        offerMenu(segment);
        segment.setAttribute("data-active", "");
        // Learning mode on touch screens: a tap reveals the blurred line of that row.
        if (transcript()?.dataset.learn === "true")
            segment.classList.toggle("revealed");
    }
}, true);

// ---- Keys.
const keys = {
    n: () => stepChapter(1),
    p: () => stepChapter(-1),
    "1": () => document.querySelector("[data-lang-option='zh']")?.click(),
    "2": () => document.querySelector("[data-lang-option='en']")?.click(),
    "3": () => document.querySelector("[data-lang-option='both']")?.click(),
    l: () => document.querySelector("[data-learn-toggle]")?.click(),
    c: () => toggleDrawer(),
    k: () => togglePlay(),
    ",": () => skip(-5),
    ".": () => skip(5),
    s: () => sync(Number(document.querySelector("#transcript .segment[data-active]")?.dataset.segment) || null),
    w: () => lookUpSegment(document.querySelector("#transcript .segment[data-active]") ?? segmentAtLine({ orTheFirstBelow: true })),
    y: () => togglePinyin(),
    "/": () => {
        const find = document.querySelector("[data-find-input]");
        find?.focus();
        find?.select();
    },
    "?": () => {
        const help = document.querySelector(".shortcuts");
        if (help) {
            document.querySelector("[data-options]")?.setAttribute("open", "");
            help.open = !help.open;
            help.querySelector("summary")?.focus();
        }
    },
};

document.addEventListener("keydown", event => {
    if (event.key === "Escape") {
        if (isDrawerOpen()) {
            toggleDrawer(false);
            event.preventDefault();
            return;
        }
        const open = [...document.querySelectorAll("details.popover[open]")].filter(d => getComputedStyle(d.querySelector("summary")).display !== "none");
        if (open.length) {
            const innermost = open[open.length - 1];
            innermost.open = false;
            innermost.querySelector("summary")?.focus();
            event.preventDefault();
            return;
        }
        const shown = menu();
        if (shown && !shown.hidden) {
            shown.hidden = true;
            document.querySelectorAll("#transcript .segment[data-active]").forEach(s => s.removeAttribute("data-active"));
        }
        return;
    }
    if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented)
        return;
    if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable]"))
        return;
    const action = keys[event.key];
    if (action && transcript()) {
        event.preventDefault();
        action();
    }
});

// A tap outside an open menu closes it, as Escape does.
document.addEventListener("pointerdown", event => {
    for (const open of document.querySelectorAll("details.popover[open]")) {
        const summary = open.querySelector("summary");
        if (summary && getComputedStyle(summary).display !== "none" && !open.contains(event.target))
            open.open = false;
    }
}, { passive: true });

// ---- The bar's height where it wraps (wide screens): targets stop right under it. Should the bar change
// height while it sticks (its chips wrap anew), the page moves by as much, so the line under it stays.
let barHeight = null;
const barSize = new ResizeObserver(() => {
    const element = bar();
    if (!element)
        return;
    const wide = matchMedia("(min-width: 40.01rem)").matches;
    const before = barHeight ?? parseFloat(getComputedStyle(element).minHeight);
    barHeight = element.offsetHeight;
    if (wide)
        document.documentElement.style.setProperty("--bar-measured", barHeight + "px");
    else
        document.documentElement.style.removeProperty("--bar-measured");
    const header = document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0;
    const stuck = Math.abs(element.getBoundingClientRect().top - (wide ? header : 0)) < 1 && scrollY > 0;
    if (stuck && before && barHeight !== before)
        window.scrollBy({ top: barHeight - before, behavior: "instant" });
});

// ---- A reader page appeared: loaded, or reached by enhanced navigation.
// Reading on from here (scrolling by wheel, touch or keys) answers the offer to continue: not now.
let userScrolled = false;
const scrollKeys = new Set(["ArrowDown", "ArrowUp", "PageDown", "PageUp", "Home", "End", " "]);
for (const type of ["wheel", "touchmove", "keydown", "mousedown"]) {
    addEventListener(type, event => {
        userScrolled = true;
        const reading = type === "wheel" || type === "touchmove" || (type === "keydown" && scrollKeys.has(event.key));
        if (resumeOffered && reading && !(event.target instanceof Element && event.target.closest(".resume")))
            dismissResume();
    }, { passive: true });
}

let attachedPath = null;

function attachPage() {
    const container = transcript();
    barSize.disconnect();
    barHeight = null;
    if (!container) {
        attachedPath = null;
        dismissResume();
        return;
    }
    const samePage = attachedPath === location.pathname;
    attachedPath = location.pathname;
    const element = bar();
    if (element)
        barSize.observe(element);
    const changed = samePage ? (reattachMode(), false) : attachMode();
    // A permalink: the browser has scrolled there (or Blazor, after an enhanced navigation from another
    // page); a remembered language changed every row since.
    if ((changed || (!samePage && document.readyState === "complete")) && location.hash.length > 1 && !userScrolled)
        jumpTo(location.hash.slice(1), { push: false, smooth: false, focus: false });
    if (!samePage)
        offerResume();
    attachListening();
    markPlace();
}

// Module scripts run once the document is parsed, after blazor.web.js has defined Blazor.
whenAttached(() => showChapter(pinned?.chapter ?? readChapter()));
applySettings();
attachPage();
window.Blazor?.addEventListener?.("enhancedload", attachPage);
