// The chapter being read: the last heading at or above a line just under the reading bar. Right after a jump
// it is the chapter jumped to, even where the page ends before that heading can reach the top (the pin).
// The one owner of that answer: it announces it each time it is read (a scroll frame at most), not only when
// it changes, since the chapter list and the bar are re-rendered by Blazor and must be marked again.
import { currentChapter as chapterAtLine, pinAfterScroll, pinAt } from "../reading-place.js";
import { readingBar } from "./reading-bar.js";

let pinned = null; // { chapter, y, reached }
let current = 0;
const listeners = new Set();

function read() {
    const line = readingBar.bottom() + 24;
    const headings = [...document.querySelectorAll("#transcript .chapter-title")]
        .map(h => ({ ordinal: Number(h.id.slice(2)), top: h.getBoundingClientRect().top }));
    return chapterAtLine(headings, line);
}

function announce(chapter) {
    current = chapter;
    for (const listener of listeners)
        listener(chapter);
}

export const currentChapter = {
    /** The chapter's ordinal (0 before any was read). */
    get: () => current,
    /** A jump to `chapter` (0: to no chapter) that scrolls to `y`. */
    pin(chapter, y) {
        pinned = pinAt(chapter, y, scrollY);
        announce(chapter || read());
    },
    /** The page scrolled, or appeared: the pin is kept or let go, and the chapter read again. */
    follow() {
        pinned = pinAfterScroll(pinned, scrollY);
        announce(pinned?.chapter ?? read());
    },
    /** The chapter read again, the pin left as it is. */
    refresh() {
        announce(pinned?.chapter ?? read());
    },
    /** Calls `listener(chapter)` at every reading; returns the function that stops it. */
    subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
    },
};
