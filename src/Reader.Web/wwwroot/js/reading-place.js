// Where the reader is: the chapter being read, the place to come back to, and the way a jump travels.
// Positions come in as numbers (pixels from the top of the view), so all of it is tested without a page.

/**
 * The chapter being read: the last heading at or above the reading line. Headings in page order, each
 * { ordinal, top }; before the first heading, the first chapter.
 */
export function currentChapter(headings, line) {
    if (headings.length === 0)
        return 0;
    let low = 0;
    let high = headings.length - 1;
    let found = 0;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (headings[middle].top <= line) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return headings[found].ordinal;
}

/**
 * A jump's chapter, held as the chapter being read even where the page ends before its heading can reach the
 * reading line. `y` is where the jump scrolls to; null for no chapter.
 */
export function pinAt(chapter, y, scrollTop) {
    return chapter ? { chapter, y, reached: Math.abs(scrollTop - y) < 2 } : null;
}

/** The pin after the page scrolled: reached once the page stands where the jump goes, let go once it leaves. */
export function pinAfterScroll(pin, scrollTop) {
    if (!pin)
        return null;
    if (Math.abs(scrollTop - pin.y) < 2)
        return { ...pin, reached: true };
    return pin.reached ? null : pin;
}

/** The chapter `step` chapters away from the current one, staying within the list. */
export function chapterAfter(ordinals, current, step) {
    if (ordinals.length === 0)
        return null;
    const index = ordinals.indexOf(current);
    const from = index < 0 ? (step > 0 ? -1 : ordinals.length) : index;
    return ordinals[Math.max(0, Math.min(ordinals.length - 1, from + step))];
}

/**
 * How a jump from `from` to `to` (scroll positions) travels. Chromium's smooth scroll takes ~0.7 s for
 * 2,000 px and ~1.5 s past 10,000: a long jump moves at once to `lead` short of the target, then glides.
 * Returns the instant stop (or null) and whether the rest is smooth.
 */
export function jumpPath(from, to, viewport, smooth) {
    if (!smooth)
        return { instant: to, smooth: false };
    const lead = Math.round(viewport * 0.6);
    if (Math.abs(to - from) <= lead)
        return { instant: null, smooth: true };
    return { instant: to - Math.sign(to - from) * lead, smooth: true };
}

/**
 * The place worth offering back when the episode is opened again: a segment past the opening screens.
 * `place` is what was saved ({ segment, segments, time }), or null.
 */
export function placeToResume(place) {
    if (!place || !Number.isInteger(place.segment) || place.segment <= 3)
        return null;
    return place;
}

/** How far into the episode a place is, as a whole percentage. */
export function progress(place) {
    if (!place || !place.segments)
        return 0;
    return Math.max(0, Math.min(100, Math.round((place.segment / place.segments) * 100)));
}
