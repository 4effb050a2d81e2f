// Listening while reading: the episode's media in the page, the segment being spoken marked (data-speaking)
// and kept in view, seeking from the text, and Sync pins that correct the estimated times as one listens.
// Nothing leaves this site before the reader presses play: the placeholder is local, and the timing (the
// segments' speech weights and exact anchors) comes from this server. Imported by TranscriptView.razor.js.
// The reader may instead play a file from this device (local-media.js owns that choice); when the media cannot
// play, the dock says why and offers the other ways (player-dock.js, player-failure.js).
// Over 250 lines: the player, following and Sync share one page state (`page`) and one tick; the parts that own
// state of their own (the timing model, the local file, the dock's markup, failures) live in wwwroot/js.
import { estimate, addPin, formatTime, segmentAt } from "../../js/segment-timing.js";
import { MediaElementPlayer } from "../../js/media-element-player.js";
import { YouTubePlayer } from "../../js/youtube-player.js";
import { localMedia } from "../../js/local-media.js";
import { makeDock, showPlaying, showFailure, clearFailure } from "../../js/player-dock.js";
import { failureWords } from "../../js/player-failure.js";
import { scrollTopFor } from "../../js/jump-target.js";
import { store } from "../../js/reader-store.js";

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
const transcript = () => document.getElementById("transcript");
const bar = () => document.querySelector("[data-reading-bar]");
const TickMilliseconds = 100;

let page = null; // { slug, root, placeholder, timing, anchors, starts, player, media, from, dock, following, speaking, start }

// ---- Time as people read it: whole seconds, like the server's ≈times.
const clock = seconds => formatTime(Math.floor(Math.max(0, seconds)));

/** "m:ss" or "h:mm:ss" (a chapter's time, a turn's ≈time) in seconds, or null. */
export function parseTime(text) {
    const parts = (text ?? "").replace("≈", "").trim().split(":").map(Number);
    return parts.length >= 2 && parts.every(Number.isFinite) ? parts.reduce((total, part) => total * 60 + part, 0) : null;
}

// ---- The timing: the server's anchors (chapters, pins kept for everyone) and this browser's own pins.
const pinsKey = slug => "times." + slug;

function localPins(slug) {
    const pins = store.getJson(pinsKey(slug));
    return Array.isArray(pins) ? pins.filter(p => Number.isInteger(p?.segment) && Number.isFinite(p?.seconds)) : [];
}

function loadTiming() {
    page.timingLoad ??= fetch(page.root.dataset.timing, { headers: { Accept: "application/json" } })
        .then(response => response.ok ? response.json() : Promise.reject(new Error(`timing: ${response.status}`)))
        .then(timing => {
            page.timing = timing;
            // A pin this browser kept that the episode's timing now contradicts is dropped.
            const kept = [];
            for (const pin of localPins(page.slug)) {
                try {
                    withPins([...kept, pin]);
                    kept.push(pin);
                } catch {
                    // contradicted: not kept
                }
            }
            page.localPins = kept;
            retime(withPins(page.localPins));
            return timing;
        }, error => {
            page.timingLoad = null;
            throw error;
        });
    return page.timingLoad;
}

// The server's anchors (chapters, pins kept for everyone) with this browser's pins, which win at their segment.
function withPins(pins) {
    const mine = new Set(pins.map(p => p.segment));
    return pins.reduce((anchors, pin) => addPin(anchors, pin.segment, pin.seconds, page.timing.speech.length - 1),
        page.timing.anchors.filter(a => !(a.kind === "pin" && mine.has(a.segment))));
}

function retime(anchors) {
    page.anchors = anchors;
    // After the last anchor, the pace between the first and the last (with the pins), as the server estimates.
    page.starts = estimate(page.timing.speech, anchors);
}

function segmentStart(n) {
    return page.starts?.[n - 1] ?? null;
}

function speakingAt(seconds) {
    return page.starts?.length ? segmentAt(page.starts, seconds) : null;
}

// Shows the re-estimated times where the page shows times: each row's data-time, each turn's ≈time.
function showTimes() {
    for (const segment of document.querySelectorAll("#transcript .segment[data-segment]")) {
        const start = segmentStart(Number(segment.dataset.segment));
        if (start !== null)
            segment.dataset.time = clock(start);
    }
    for (const when of document.querySelectorAll("#transcript .turn .when")) {
        const first = when.closest(".turn")?.querySelector(".segment");
        if (first?.dataset.time)
            when.textContent = "≈" + first.dataset.time;
    }
}

// ---- The player: made on the first press of play, docked so it stays visible while the reader reads.
async function start(at = null) {
    if (!page)
        return;
    if (page.player) {
        if (page.dock.hasAttribute("data-failed"))
            return retry(at);
        if (at !== null)
            seek(at);
        page.player.play();
        return;
    }
    let timing;
    try {
        timing = await loadTiming();
    } catch {
        say("The timing could not be loaded. · 无法加载时间。");
        return;
    }
    const media = localMedia.get(page.slug) ?? timing.media;
    if (!media) {
        say("Choose the episode's audio or video on this device to listen along. · 请选择本地文件。");
        return;
    }
    if (page.player)
        return; // started meanwhile
    const from = at ?? page.start ?? 0;
    const dock = makeDock(media);
    // The placeholder's [data-player] moves to the player it stands for.
    page.placeholder.removeAttribute("data-player");
    page.placeholder.hidden = true;
    dock.setAttribute("data-player", "");
    page.root.append(dock);
    page.dock = dock;
    page.media = media;
    page.from = from;
    const screen = dock.querySelector(".player-screen");
    const player = media.kind === "youtube"
        ? new YouTubePlayer(screen, media, page.root.dataset.embedOrigin, from)
        : new MediaElementPlayer(screen, media, from);
    page.player = player;
    // A player let go (closed, retried, replaced by a file) may still report: only the current one is heard.
    player.addEventListener("state", event => { if (page?.player === player) onState(event.detail); });
    page.following = true;
    page.root.dataset.state = "active";
    document.documentElement.dataset.listening = media.kind === "youtube" || media.kind === "video" ? "video" : "audio";
    if (media.kind !== "youtube") {
        player.play();
    }
    mark(from, true);
    page.loop = setInterval(tick, TickMilliseconds);
    dock.querySelector("[data-player-toggle]")?.focus({ preventScroll: true });
}

// Lets the player go and puts the placeholder back.
function stop() {
    if (!page?.player)
        return;
    clearInterval(page.loop);
    page.player.destroy();
    page.player = null;
    page.dock.remove();
    page.dock = null;
    page.placeholder.hidden = false;
    page.placeholder.setAttribute("data-player", "");
    page.root.dataset.state = "idle";
    delete document.documentElement.dataset.listening;
}

function close() {
    if (!page?.player)
        return;
    stop();
    document.querySelectorAll("#transcript [data-speaking]").forEach(e => e.removeAttribute("data-speaking"));
    page.speaking = null;
    page.placeholder.querySelector("[data-player-start]:not([hidden]), [data-player-file]")?.focus({ preventScroll: true });
}

// Try again from where the reader wanted to be (the first try never got there), or from a moment asked for.
function retry(at = null) {
    const from = at ?? page.from;
    stop();
    return start(from);
}

function onState(state) {
    const dock = page?.dock;
    if (!dock)
        return;
    if (state === "error")
        return fail();
    if (dock.hasAttribute("data-failed")) {
        if (state !== "ready" && state !== "playing")
            return;
        clearFailure(dock); // the embed answered late after all
        document.documentElement.dataset.listening = page.media.kind === "audio" ? "audio" : "video";
    }
    showPlaying(dock, page.player.playing);
    dock.dataset.state = state;
    if (state === "seeked" || state === "playing")
        tick();
}

// The media cannot play: the dock says why, shrinks to its words and controls, and offers the other ways.
function fail() {
    const link = page.placeholder.querySelector("a[data-player-start]");
    const elsewhere = !page.media.local && link?.href
        ? page.media.kind === "youtube"
            ? { href: link.href, text: "↗ YouTube", label: "Watch on YouTube · 在 YouTube 观看" }
            : { href: link.href, text: "↗ Open · 打开", label: null }
        : null;
    showFailure(page.dock, failureWords(page.player.failure ?? "unsupported", page.media.kind), { elsewhere, retry: !page.media.local });
    page.dock.dataset.state = "error";
    document.documentElement.dataset.listening = "failed";
}

export function togglePlay() {
    if (!page)
        return false;
    if (!page.player || page.dock.hasAttribute("data-failed"))
        start();
    else if (page.player.playing)
        page.player.pause();
    else
        page.player.play();
    return true;
}

export function skip(seconds) {
    if (!page?.player || page.dock.hasAttribute("data-failed"))
        return false;
    seek(page.player.currentTime + seconds, false);
    return true;
}

// A seek from the text follows to where it went; ±5 s leaves following as it was.
function seek(seconds, follow = true) {
    page.player.seek(seconds);
    if (follow)
        resumeFollowing();
    mark(seconds, false);
}

/** Whether the player is on: then a chapter or a turn's time in the text seeks rather than only jumps. */
export function isListening() {
    return Boolean(page?.player);
}

/** After a jump to a chapter: play from its exact time; the reader is where they want to be, so no scroll. */
export function seekToSeconds(seconds) {
    if (!page?.player)
        return false;
    followScrollExpected();
    seek(seconds);
    return true;
}

/** Plays from a moment (a chapter's ▶, which without the player would open the video elsewhere). */
export async function playAt(seconds) {
    if (!page)
        return false;
    followScrollExpected();
    await start(seconds);
    return true;
}

/** Plays from a segment's start (the segment menu's Play, a turn's ≈time while listening). */
export async function playFrom(segmentNumber) {
    if (!page)
        return false;
    try {
        await loadTiming();
    } catch {
        return false;
    }
    const at = segmentStart(segmentNumber);
    if (at === null)
        return false;
    followScrollExpected();
    await start(at);
    return true;
}

// ---- Following: a few checks a second, reading one box; the page moves only when the line leaves the view.
function tick() {
    if (page?.player && !page.dock.hasAttribute("data-failed"))
        mark(page.player.currentTime, false);
}

function mark(seconds, force) {
    const time = page.dock?.querySelector(".player-time");
    if (time)
        time.textContent = clock(seconds);
    const n = speakingAt(seconds);
    if (n === null)
        return;
    if (n !== page.speaking) {
        document.querySelectorAll("#transcript [data-speaking]").forEach(e => e.removeAttribute("data-speaking"));
        document.getElementById("s-" + n)?.setAttribute("data-speaking", "");
        page.speaking = n;
    }
    if (page.following)
        keepInView(n, force);
}

// Where the spoken line may sit without the page moving: under the bar, above the docked player.
function comfortZone() {
    const top = (bar()?.getBoundingClientRect().bottom ?? 0) + 8;
    const dock = page.dock?.getBoundingClientRect();
    const text = transcript()?.getBoundingClientRect();
    const covers = dock && text && dock.height > 0 && dock.left < text.right && dock.right > text.left;
    return { top, bottom: (covers ? Math.min(innerHeight, dock.top) : innerHeight) - 16 };
}

let selfScrollUntil = 0;

function followScrollExpected(milliseconds = 1200) {
    selfScrollUntil = performance.now() + milliseconds;
}

function keepInView(n, force) {
    let target = document.getElementById("s-" + n);
    if (target?.offsetParent === null) {
        // A hidden speaker's line: its turn's marker stands in for it.
        const turn = target.closest(".turn");
        target = turn ? document.querySelector(`[data-hidden-turn][aria-controls="${turn.id}"]`) : null;
    }
    if (!target)
        return;
    const box = target.getBoundingClientRect();
    const zone = comfortZone();
    if (!force && box.top >= zone.top && box.bottom <= zone.bottom)
        return;
    if (!force && box.top >= zone.top && box.top < zone.top + (zone.bottom - zone.top) * 0.6)
        return; // a long line that starts in view: read on
    const smooth = !reducedMotion.matches && Math.abs(box.top - zone.top) < innerHeight * 1.5;
    followScrollExpected(smooth ? 1200 : 200);
    const top = target.classList.contains("segment") ? scrollTopFor(target) : scrollY + box.top - zone.top;
    window.scrollTo({ top: Math.max(0, top - (zone.bottom - zone.top) * 0.2), behavior: smooth ? "smooth" : "instant" });
}

// The reader scrolling on their own pauses following; "Back to now" brings it back.
function readerScrolled() {
    if (!page?.player || !page.following || performance.now() < selfScrollUntil)
        return;
    page.following = false;
    const back = page.dock?.querySelector("[data-player-follow]");
    if (back)
        back.hidden = false;
}

function resumeFollowing() {
    page.following = true;
    const back = page.dock?.querySelector("[data-player-follow]");
    if (back)
        back.hidden = true;
}

function backToNow() {
    resumeFollowing();
    mark(page.player.currentTime, true);
}

addEventListener("scrollend", () => { if (performance.now() < selfScrollUntil) selfScrollUntil = performance.now() + 50; });
for (const type of ["wheel", "touchmove"])
    addEventListener(type, () => { selfScrollUntil = 0; readerScrolled(); }, { passive: true });
addEventListener("keydown", event => {
    if (["ArrowDown", "ArrowUp", "PageDown", "PageUp", "Home", "End", " "].includes(event.key)
        && !(event.target instanceof Element && event.target.closest("input, textarea, select, button, [contenteditable], .player-dock"))) {
        selfScrollUntil = 0;
        readerScrolled();
    }
}, { passive: true });
addEventListener("scroll", readerScrolled, { passive: true });

// ---- Sync · 对齐: the reader says which line they hear now; it becomes exact at the player's time.
export function sync(segmentNumber) {
    if (!page?.player || !page.timing)
        return false;
    const n = segmentNumber ?? page.speaking;
    if (!n)
        return false;
    const seconds = Math.round(page.player.currentTime * 10) / 10;
    const pins = [...page.localPins.filter(p => p.segment !== n), { segment: n, seconds }];
    try {
        retime(withPins(pins));
    } catch (refusal) {
        say(refusal.message);
        return true;
    }
    page.localPins = pins;
    store.setJson(pinsKey(page.slug), pins);
    showTimes();
    page.speaking = null;
    mark(page.player.currentTime, false);
    say(`Segment ${n} pinned at ${clock(seconds)} · 已对齐 (${pins.length} in this browser). `, true);
    return true;
}

function say(message, offerDownload = false) {
    const status = page?.dock?.querySelector(".player-status") ?? page?.root.querySelector(".player-note");
    if (!status)
        return;
    status.textContent = message;
    if (offerDownload) {
        const link = document.createElement("a");
        link.className = "player-download";
        link.textContent = "Download times.json · 下载";
        link.href = "#";
        link.dataset.playerDownload = "";
        status.append(link);
    }
}

// Every pin, the server's and this browser's, as the timing sidecar (<file>.times.json) that keeps them for everyone.
function download() {
    const pins = page.anchors.filter(a => a.kind === "pin").map(a => ({ segment: a.segment, seconds: a.seconds }));
    const blob = new Blob([JSON.stringify({ pins }, null, 2) + "\n"], { type: "application/json" });
    const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(blob), download: page.timing.sidecar ?? `${page.slug}.times.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

document.addEventListener("click", event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !page)
        return;
    if (target.closest("[data-player-start]")) {
        event.preventDefault();
        start();
    } else if (target.closest("[data-player-toggle]")) {
        togglePlay();
    } else if (target.closest("[data-player-skip]")) {
        skip(Number(target.closest("[data-player-skip]").dataset.playerSkip));
    } else if (target.closest("[data-player-follow]")) {
        backToNow();
    } else if (target.closest("[data-player-close]")) {
        close();
    } else if (target.closest("[data-player-retry]")) {
        retry();
    } else if (target.closest("[data-player-download]")) {
        event.preventDefault();
        download();
    }
});

// ---- A file from this device: chosen in the placeholder or the failed dock, played at once, for the page's life.
document.addEventListener("change", event => {
    const input = event.target instanceof HTMLInputElement && event.target.matches("[data-player-file]") ? event.target : null;
    const file = input?.files?.[0];
    if (!file || !page)
        return;
    localMedia.choose(page.slug, file);
    input.value = ""; // the same file may be chosen again
});

localMedia.subscribe(choice => {
    if (!page || choice?.slug !== page.slug)
        return;
    showChoice(choice);
    const at = page.player && !page.dock.hasAttribute("data-failed") ? page.player.currentTime : page.player ? page.from : null;
    stop();
    start(at);
});

// The placeholder offers the chosen file again once the dock is closed.
function showChoice(choice) {
    const play = page.placeholder.querySelector("[data-player-start]");
    const label = play?.querySelector(".player-start-label");
    if (!play || !label)
        return;
    label.textContent = `Play ${choice.name} · `;
    play.hidden = false;
}

/** Whether something can play here: the episode's media, or a file from this device chosen for it. */
export function canPlay() {
    return Boolean(page && (page.root.dataset.media || localMedia.get(page.slug)));
}

// ---- A reader page appeared (loaded, or reached by enhanced navigation): its placeholder, and ?t=.
export function attachListening() {
    const root = document.querySelector("[data-listen]");
    if (page && page.root !== root) {
        close();
        page = null;
    }
    if (!root || page?.root === root)
        return;
    page = { slug: transcript()?.dataset.episode, root, placeholder: root.querySelector(".player-placeholder"), following: true, speaking: null, start: null };
    if (localMedia.get(page.slug) === null)
        localMedia.clear(); // another episode's file
    if (localMedia.get(page.slug))
        showChoice(localMedia.get(page.slug));
    const t = Number(new URLSearchParams(location.search).get("t"));
    const wanted = new URLSearchParams(location.search).has("t") && Number.isFinite(t) && t >= 0 ? t : null;
    if (wanted !== null || localPins(page.slug).length)
        loadTiming().then(() => {
            if (localPins(page.slug).length)
                showTimes();
            if (wanted !== null)
                openAt(wanted);
        }, () => { });
}

// ?t=1234: the line then spoken in view and marked, and the player ready to start there.
function openAt(seconds) {
    page.start = seconds;
    const n = speakingAt(seconds);
    const label = page.placeholder.querySelector(".player-start-label");
    if (label)
        label.textContent = `Play from ${clock(seconds)} · `;
    if (n === null)
        return;
    document.getElementById("s-" + n)?.setAttribute("data-speaking", "");
    page.speaking = n;
    if (location.hash.length <= 1) {
        const target = document.getElementById("s-" + n);
        if (target)
            window.scrollTo({ top: scrollTopFor(target), behavior: "instant" });
    }
}

/** The time the reader is listening at, for a link that should open there (?t=), or null. */
export function listeningTime() {
    return page?.player ? Math.floor(page.player.currentTime) : null;
}

