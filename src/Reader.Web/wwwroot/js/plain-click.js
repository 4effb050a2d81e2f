// A plain click: the main button and no modifier key. Any other click (a new tab, a new window, extending a
// selection) stays the browser's, so the page's handlers leave it alone.

/** The element a plain click landed on, or null for any other click. */
export function plainClickTarget(event) {
    const target = event.target instanceof Element ? event.target : null;
    return target && event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) ? target : null;
}
