// Where a jump puts its target: right under the reading bar, by the target's scroll-margin-top (CSS), with a
// turn's first segment taken together with the speaker line above it.

/** The element that goes to the top: the segment, or for a turn's first segment its speaker line. */
export function anchorOf(target) {
    const before = target.previousElementSibling;
    return target.matches(".segment") && before?.matches(".turn-head") ? before : target;
}

/** The scroll position that puts the target right under the bar (within the page's scroll range). */
export function scrollTopFor(target) {
    const anchor = anchorOf(target);
    const margin = parseFloat(getComputedStyle(anchor).scrollMarginTop) || 0;
    return Math.max(0, Math.min(
        Math.round(anchor.getBoundingClientRect().top + scrollY - margin),
        document.documentElement.scrollHeight - innerHeight));
}
