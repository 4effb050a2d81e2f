// The chapter list as a drawer on narrow screens: opening it moves focus in and makes the page behind it
// inert (so focus stays in), Escape, the close button and a tap on the scrim close it, and closing gives
// focus back to what opened it. On wide screens it is a sidebar and none of this applies.
const narrow = matchMedia("(max-width: 64rem)");
let opener = null;

export function isDrawerOpen() {
    return document.querySelector(".reader")?.dataset.drawer === "open";
}

export function toggleDrawer(open = !isDrawerOpen(), { restoreFocus = true } = {}) {
    const reader = document.querySelector(".reader");
    if (!reader || (open && !narrow.matches))
        return;
    if (open === isDrawerOpen())
        return;
    reader.dataset.drawer = open ? "open" : "closed";
    for (const toggle of document.querySelectorAll("[data-drawer-toggle]"))
        toggle.setAttribute("aria-expanded", String(open));
    for (const behind of document.querySelectorAll(".skip-link, .site-header, .reader-main"))
        behind.inert = open;
    if (open) {
        opener = document.activeElement;
        const current = document.querySelector("#chapters [data-chapter-link][data-current]") ?? document.querySelector("#chapters a");
        current?.focus();
        current?.scrollIntoView({ block: "nearest" });
    } else {
        if (restoreFocus && opener instanceof HTMLElement && opener.isConnected)
            opener.focus();
        opener = null;
    }
}

// Widening the window turns the drawer back into a sidebar.
narrow.addEventListener("change", () => { if (!narrow.matches) toggleDrawer(false, { restoreFocus: false }); });
