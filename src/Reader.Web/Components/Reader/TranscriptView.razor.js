// The reader page in the browser: wires the owners of its state (wwwroot/js/reader/: the current chapter,
// the reading place, jumps, the segment menu, the keys, the reading bar) to the document and to the
// components' modules. Everything is event delegation on the document, so it works before the circuit
// connects and across Blazor's page changes. Loaded once, by App.razor.
import { chapterAfter } from "../../js/reading-place.js";
import { onceAFrame } from "../../js/once-a-frame.js";
import { plainClickTarget } from "../../js/plain-click.js";
import { closeDrawer, markCurrentChapter, toggleDrawer } from "./ChapterList.razor.js";
import { applySettings, changeSetting, toggleShortcuts } from "./ReadingSettings.razor.js";
import { attach as attachMode, reattach as reattachMode, showPlaceChapter, whenAttached } from "./ReaderToolbar.razor.js";
import { attachListening, canPlay, isListening, listeningTime, parseTime, playAt, playFrom, seekToSeconds, skip, sync, togglePlay } from "./ListenPlayer.razor.js";
// Its capturing listeners are registered before this page's, so a tap on a word is seen there first.
import { lookUpSegment } from "./WordPopup.razor.js";
import { togglePinyin } from "./WordOptions.razor.js";
// The owners come after the components' modules, so their listeners too run after those.
import { readingBar } from "../../js/reader/reading-bar.js";
import { currentChapter } from "../../js/reader/current-chapter.js";
import { jump } from "../../js/reader/jump.js";
import { place, segmentAtLine } from "../../js/reader/place.js";
import "../../js/reader/hidden-turns.js";
import { segmentMenu } from "../../js/reader/segment-menu.js";
import { closeInnermostPopover } from "../../js/reader/popovers.js";
import { keyboard } from "../../js/reader/keyboard.js";

const transcript = () => document.getElementById("transcript");
const chapterTime = ordinal => parseTime(document.querySelector(`#c-${ordinal} .chapter-time`)?.textContent) ?? 0;

// The chapter being read, marked in the chapter list and named in the bar.
currentChapter.subscribe(chapter => { markCurrentChapter(chapter); showPlaceChapter(chapter); });
jump.subscribe(({ chapter, y }) => currentChapter.pin(chapter, y));
segmentMenu.usePlayer({ canPlay, isListening, listeningTime, playFrom, sync });

function markPlace() {
    currentChapter.follow();
    place.rememberSoon();
}

addEventListener("hashchange", () => { if (jump.followHash()) markPlace(); });

addEventListener("scroll", onceAFrame(() => { if (transcript()) markPlace(); }), { passive: true });

function stepChapter(step) {
    const ordinals = [...document.querySelectorAll("#chapters [data-chapter-link]")].map(l => Number(l.dataset.chapterLink));
    const next = chapterAfter(ordinals, currentChapter.get(), step);
    if (next !== null)
        jump.to("c-" + next);
}

// Links handled here are kept from Blazor's navigation too (which would add its own history entry and
// scroll): this listener captures, so it runs first.
document.addEventListener("click", event => {
    const target = plainClickTarget(event);
    if (!target)
        return;
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
        jump.to("c-" + chapter.dataset.chapterLink);
        if (isListening())
            seekToSeconds(chapterTime(chapter.dataset.chapterLink));
        return;
    }
    // A chapter's ▶ (Watch from …) plays the episode here when it can be played here.
    const video = target.closest(".chapter-video-link, #transcript a.chapter-video");
    if (video && canPlay()) {
        handled();
        const section = video.closest("li")?.querySelector("[data-chapter-link]")?.dataset.chapterLink
            ?? video.closest("[data-chapter-section]")?.dataset.chapterSection;
        toggleDrawer(false, { restoreFocus: false });
        jump.to("c-" + section);
        playAt(chapterTime(section));
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
        jump.to(id);
        if (isListening())
            playFrom(Number(id.slice(2)));
        return;
    }
    const setting = target.closest("[data-setting]");
    if (setting)
        changeSetting(setting);
}, true);

const clickOn = selector => () => document.querySelector(selector)?.click();
keyboard.bind({
    n: () => stepChapter(1),
    p: () => stepChapter(-1),
    "1": clickOn("[data-lang-option='zh']"),
    "2": clickOn("[data-lang-option='en']"),
    "3": clickOn("[data-lang-option='both']"),
    l: clickOn("[data-learn-toggle]"),
    c: () => toggleDrawer(),
    k: () => togglePlay(),
    ",": () => skip(-5),
    ".": () => skip(5),
    s: () => sync(Number(segmentMenu.active()?.dataset.segment) || null),
    w: () => lookUpSegment(segmentMenu.active() ?? segmentAtLine({ orTheFirstBelow: true })),
    y: () => togglePinyin(),
    "/": () => { const find = document.querySelector("[data-find-input]"); find?.focus(); find?.select(); },
    "?": () => toggleShortcuts(),
}, { escape: [closeDrawer, closeInnermostPopover, segmentMenu.close] });

// ---- A reader page appeared: loaded, or reached by enhanced navigation.
let attachedPath = null;

function attachPage() {
    readingBar.forget();
    if (!transcript()) {
        attachedPath = null;
        place.dismiss();
        return;
    }
    const samePage = attachedPath === location.pathname;
    attachedPath = location.pathname;
    readingBar.measure();
    const changed = samePage ? (reattachMode(), false) : attachMode();
    // A permalink: the browser has scrolled there (or Blazor, after an enhanced navigation from another
    // page); a remembered language changed every row since.
    if (changed || (!samePage && document.readyState === "complete"))
        jump.landAgain();
    if (!samePage)
        place.offer();
    attachListening();
    markPlace();
}

// Module scripts run once the document is parsed, after blazor.web.js has defined Blazor.
whenAttached(() => currentChapter.refresh());
applySettings();
attachPage();
window.Blazor?.addEventListener?.("enhancedload", attachPage);
