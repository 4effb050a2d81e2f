// Text size and line spacing, remembered in the browser and set on <html> so they apply at once, before
// the circuit connects and without a server round trip.
import { store } from "../../js/reader-store.js";

const spacings = ["normal", "relaxed", "compact"];
const spacingNames = { normal: "Normal", relaxed: "Relaxed", compact: "Compact" };

export function applySettings() {
    const root = document.documentElement;
    root.dataset.fontSize = store.get("fontSize") ?? "0";
    root.dataset.spacing = store.get("spacing") ?? "normal";
    for (const label of document.querySelectorAll("[data-spacing-label]"))
        label.textContent = spacingNames[root.dataset.spacing] ?? "Normal";
}

export function changeSetting(button) {
    if (button.dataset.setting === "font") {
        const size = Math.max(-2, Math.min(3, Number(store.get("fontSize") ?? 0) + Number(button.dataset.step)));
        store.set("fontSize", String(size));
    } else {
        const next = spacings[(spacings.indexOf(store.get("spacing") ?? "normal") + 1) % spacings.length];
        store.set("spacing", next);
    }
    applySettings();
}

/** The keyboard shortcuts' help, opened in the options (or closed), focus on its summary. */
export function toggleShortcuts() {
    const help = document.querySelector(".shortcuts");
    if (help) {
        document.querySelector("[data-options]")?.setAttribute("open", "");
        help.open = !help.open;
        help.querySelector("summary")?.focus();
    }
}
