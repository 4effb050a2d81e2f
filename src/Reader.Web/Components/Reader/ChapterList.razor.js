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

/** Escape: closes the drawer where it is open; returns whether it was. */
export function closeDrawer() {
    if (!isDrawerOpen())
        return false;
    toggleDrawer(false);
    return true;
}

// The page behind is inert, so Tab would leave for the browser's own controls: it goes round the drawer.
document.addEventListener("keydown", event => {
    if (event.key !== "Tab" || !isDrawerOpen())
        return;
    const focusable = [...document.querySelectorAll("#chapters a[href], #chapters button")].filter(e => e.offsetParent !== null);
    if (focusable.length === 0)
        return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const inside = document.getElementById("chapters")?.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || !inside)) {
        last.focus();
        event.preventDefault();
    } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        first.focus();
        event.preventDefault();
    }
});

// Widening the window turns the drawer back into a sidebar.
narrow.addEventListener("change", () => { if (!narrow.matches) toggleDrawer(false, { restoreFocus: false }); });

/** Marks the chapter being read in the list. */
export function markCurrentChapter(ordinal) {
    for (const link of document.querySelectorAll("[data-chapter-link]")) {
        const isCurrent = Number(link.dataset.chapterLink) === ordinal;
        link.toggleAttribute("data-current", isCurrent);
        if (isCurrent)
            link.setAttribute("aria-current", "location");
        else
            link.removeAttribute("aria-current");
    }
}
