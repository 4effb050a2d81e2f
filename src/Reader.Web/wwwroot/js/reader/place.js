// Where I left off: the segment at the reading line, remembered per episode for the library and the next
// visit, and reopening an episode without a permalink offers it back until the reader takes it, closes it
// or reads on (then the new place is the one remembered). The one owner of the remembered place and of the
// offer; it is told when the page scrolled (rememberSoon) and when a page appeared (offer).
import { placeToResume } from "../reading-place.js";
import { store } from "../reader-store.js";
import { readingBar } from "./reading-bar.js";
import { jump } from "./jump.js";

const transcript = () => document.getElementById("transcript");
let rememberTimer = 0;
let offered = false;

/** The segment the reading line runs through, or with `orTheFirstBelow` the first one under it. */
export function segmentAtLine({ orTheFirstBelow = false } = {}) {
    const container = transcript();
    if (!container)
        return null;
    const box = container.getBoundingClientRect();
    const x = box.left + Math.min(24, box.width / 2);
    const line = readingBar.bottom() + 12;
    // At the top of the page the line runs through the episode's header or a chapter's heading.
    for (let y = line; y < innerHeight; y += 16) {
        const segment = document.elementFromPoint(x, y)?.closest("#transcript .segment");
        if (segment || !orTheFirstBelow)
            return segment ?? null;
    }
    return null;
}

function remember() {
    const container = transcript();
    const slug = container?.dataset.episode;
    if (!slug || offered)
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

function dismiss() {
    document.querySelector(".resume")?.remove();
    offered = false;
}

function offer() {
    dismiss();
    const container = transcript();
    if (!container || location.hash.length > 1)
        return;
    const last = placeToResume(store.getJson("place." + container.dataset.episode));
    if (!last || !document.getElementById("s-" + last.segment))
        return;
    offered = true;
    const box = document.createElement("div");
    box.className = "resume";
    box.setAttribute("role", "status");
    const go = Object.assign(document.createElement("button"), { type: "button", className: "resume-go" });
    go.append(`Continue at ${last.time ?? "segment " + last.segment} · `, Object.assign(document.createElement("span"), { lang: "zh-Hans", textContent: "继续" }));
    const close = Object.assign(document.createElement("button"), { type: "button", className: "resume-close", textContent: "×" });
    close.setAttribute("aria-label", "Start from the beginning · 从头开始");
    box.append(go, close);
    go.addEventListener("click", () => { dismiss(); jump.to("s-" + last.segment); });
    close.addEventListener("click", () => dismiss());
    document.body.append(box);
}

// Reading on from here (scrolling by wheel, touch or keys) answers the offer to continue: not now.
const scrollKeys = new Set(["ArrowDown", "ArrowUp", "PageDown", "PageUp", "Home", "End", " "]);
for (const type of ["wheel", "touchmove", "keydown"]) {
    addEventListener(type, event => {
        const reading = type !== "keydown" || scrollKeys.has(event.key);
        if (offered && reading && !(event.target instanceof Element && event.target.closest(".resume")))
            dismiss();
    }, { passive: true });
}

export const place = {
    /** The page scrolled: the place at the reading line is remembered once it has stood still a moment. */
    rememberSoon() {
        clearTimeout(rememberTimer);
        rememberTimer = setTimeout(remember, 400);
    },
    /** An episode opened: offers the place last read (none with a permalink, or off an episode: just closes the offer). */
    offer,
    /** Closes the offer. */
    dismiss,
};
