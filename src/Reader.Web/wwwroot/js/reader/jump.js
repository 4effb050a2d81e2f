// Jumps to a chapter heading or segment, and landing on the address's fragment. Every turn is laid out, so a
// target's position is true the first time: one move, no settling. The one owner of the jumped-to target
// (marked data-jumped: :target follows only the browser's own fragment navigations) and of whether the
// reader has moved the page themselves, after which a late landing would pull the page from under them.
import { scrollTopFor } from "../jump-target.js";
import { jumpPath } from "../reading-place.js";
import { revealIfHidden } from "./hidden-turns.js";

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
const transcript = () => document.getElementById("transcript");
const listeners = new Set();
let readerMoved = false;

for (const type of ["wheel", "touchmove", "keydown", "mousedown"])
    addEventListener(type, () => { readerMoved = true; }, { passive: true });

function markJumped(target) {
    document.querySelectorAll("#transcript [data-jumped]").forEach(e => e.removeAttribute("data-jumped"));
    target.setAttribute("data-jumped", "");
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
    const chapter = Number(target.closest("[data-chapter-section]")?.dataset.chapterSection ?? 0);
    for (const listener of listeners)
        listener({ chapter, y: end });
    if (focus) {
        if (!target.hasAttribute("tabindex"))
            target.setAttribute("tabindex", "-1");
        target.focus({ preventScroll: true });
    }
    return true;
}

/**
 * The address's fragment changed (the address bar, a pasted permalink, location.hash): the browser has
 * scrolled there itself (the turns' sizes are true, and CSS keeps targets under the bar). Returns true where
 * the page now stands at the target as the browser left it; a hidden turn's target is shown and jumped to.
 */
function followHash() {
    const id = location.hash.slice(1);
    const target = id && document.getElementById(id);
    if (!target || !transcript()?.contains(target))
        return false;
    const hidden = target.closest(".turn")?.offsetParent === null;
    revealIfHidden(target);
    if (!hidden)
        return true;
    jumpTo(id, { push: false, smooth: false });
    return false;
}

/** A page appeared with a fragment whose place moved since the browser went there: go again, unless the reader has moved. */
function landAgain() {
    if (location.hash.length > 1 && !readerMoved)
        jumpTo(location.hash.slice(1), { push: false, smooth: false, focus: false });
}

export const jump = {
    to: jumpTo,
    followHash,
    landAgain,
    /** Calls `listener({ chapter, y })` at every jump, once it is under way: its chapter and where it stops. */
    subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
    },
};
