// The page's small menus (details.popover: options, export, …): a tap outside an open one closes it, as
// Escape does. Where a menu's summary is not displayed (wide screens show its content inline) it is no menu.
const asMenu = details => {
    const summary = details.querySelector("summary");
    return summary && getComputedStyle(summary).display !== "none";
};

document.addEventListener("pointerdown", event => {
    for (const open of document.querySelectorAll("details.popover[open]")) {
        if (asMenu(open) && !open.contains(event.target))
            open.open = false;
    }
}, { passive: true });

/** Escape: closes the innermost open menu, focus back on its summary. Returns whether one was open. */
export function closeInnermostPopover() {
    const open = [...document.querySelectorAll("details.popover[open]")].filter(asMenu);
    if (!open.length)
        return false;
    const innermost = open[open.length - 1];
    innermost.open = false;
    innermost.querySelector("summary")?.focus();
    return true;
}
