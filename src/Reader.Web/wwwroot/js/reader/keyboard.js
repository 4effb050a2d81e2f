// The reader's keys: one map from key to action, given by the page, and the rule for when a key is the
// reader's (on a reader page, no modifier, not typing in a field, not taken already). Escape closes what is
// open, innermost first: the page gives the closers in that order.
let keys = {};
let closers = [];

document.addEventListener("keydown", event => {
    if (event.key === "Escape") {
        // A closer that closed something keeps Escape from others (returns true); the last one never does.
        if (closers.some(close => close()))
            event.preventDefault();
        return;
    }
    if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented)
        return;
    if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable]"))
        return;
    const action = keys[event.key];
    if (action && document.getElementById("transcript")) {
        event.preventDefault();
        action();
    }
});

export const keyboard = {
    /** The page's keys (key → action), and what Escape closes, innermost first (each returns whether it closed). */
    bind(map, { escape }) {
        keys = map;
        closers = escape;
    },
};
