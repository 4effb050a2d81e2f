// One action menu for the segment pointed at, tapped or reached by keyboard (its turn's time link): one tab
// stop where the reader is, instead of two per segment. The one owner of the menu and of the active segment
// (data-active): where it stands, what it offers, and what its buttons do (play, sync, copy a link or quote).
import { plainText } from "../cell-text.js";
import { segmentAddress } from "../reading-address.js";
import { segmentQuote } from "../segment-quote.js";
import { plainClickTarget } from "../plain-click.js";

const menu = () => document.querySelector("[data-segment-menu]");
let player = { canPlay: () => false, isListening: () => false, listeningTime: () => null, playFrom() { }, sync() { } };

function offer(segment) {
    const element = menu();
    if (!element || !segment)
        return;
    document.querySelectorAll("#transcript .segment[data-active]").forEach(s => s !== segment && s.removeAttribute("data-active"));
    if (element.parentElement !== segment)
        segment.append(element);
    element.hidden = false;
    // Play from here where the episode can be played; Sync while it plays.
    element.querySelector("[data-act='play']")?.toggleAttribute("hidden", !player.canPlay());
    element.querySelector("[data-act='sync']")?.toggleAttribute("hidden", !player.isListening());
    element.setAttribute("aria-label", `Segment ${segment.dataset.segment} · 第 ${segment.dataset.segment} 句`);
}

function quote(segment) {
    const text = cls => {
        const cell = segment.querySelector("." + cls);
        return cell && !cell.classList.contains("missing") ? plainText(cell).trim() : null;
    };
    return segmentQuote({
        zh: text("zh"),
        en: text("en"),
        who: segment.closest(".turn")?.querySelector(".who")?.textContent.trim() ?? segment.dataset.speaker,
        time: segment.dataset.time,
        title: document.querySelector("#episode-title .title-en")?.textContent.trim(),
        address: segmentAddress(location.origin, location.pathname, location.search, segment.dataset.segment),
    });
}

async function copy(button) {
    if (button.hasAttribute("data-copied"))
        return;
    const segment = button.closest(".segment");
    if (!segment)
        return;
    // While listening, a link opens at the moment being heard (?t=) as well as at the line.
    const search = new URLSearchParams(location.search);
    search.delete("t");
    if (player.listeningTime() !== null)
        search.set("t", String(player.listeningTime()));
    const text = button.dataset.act === "link"
        ? segmentAddress(location.origin, location.pathname, search.size ? "?" + search : "", segment.dataset.segment)
        : quote(segment);
    try {
        await navigator.clipboard.writeText(text);
    } catch {
        const area = Object.assign(document.createElement("textarea"), { value: text });
        document.body.append(area);
        area.select();
        document.execCommand("copy");
        area.remove();
    }
    const label = [...button.childNodes];
    button.replaceChildren("Copied ✓");
    button.setAttribute("data-copied", "");
    setTimeout(() => { button.replaceChildren(...label); button.removeAttribute("data-copied"); }, 1500);
}

document.addEventListener("mouseover", event => {
    if (event.target instanceof Element && matchMedia("(hover: hover)").matches)
        offer(event.target.closest("#transcript .segment"));
}, { passive: true });

document.addEventListener("focusin", event => {
    const when = event.target instanceof Element ? event.target.closest("#transcript .when") : null;
    if (when)
        offer(when.closest(".turn")?.querySelector(".segment"));
});

// A menu's button, or a tap on a segment (not on its links or buttons): the menu is offered there and the
// segment is the active one. Learning mode on touch screens: a tap reveals the blurred line of that row.
document.addEventListener("click", event => {
    const target = plainClickTarget(event);
    if (!target)
        return;
    const button = target.closest("[data-segment-menu] [data-act]");
    if (button) {
        act(button);
        return;
    }
    const segment = target.closest("#transcript .segment");
    if (segment && !target.closest("a, button, mark.hit")) {
        offer(segment);
        segment.setAttribute("data-active", "");
        if (document.getElementById("transcript")?.dataset.learn === "true")
            segment.classList.toggle("revealed");
    }
}, true);

function act(button) {
    const n = Number(button.closest(".segment")?.dataset.segment);
    if (button.dataset.act === "play")
        player.playFrom(n);
    else if (button.dataset.act === "sync")
        player.sync(n);
    else
        copy(button);
}

export const segmentMenu = {
    /** The player the menu asks (canPlay, isListening, listeningTime) and tells (playFrom, sync). */
    usePlayer(listening) {
        player = listening;
    },
    /** The segment tapped last, while its menu is open (or null). */
    active: () => document.querySelector("#transcript .segment[data-active]"),
    /** Escape: the menu closes, and no segment is active. */
    close() {
        const shown = menu();
        if (shown && !shown.hidden) {
            shown.hidden = true;
            document.querySelectorAll("#transcript .segment[data-active]").forEach(s => s.removeAttribute("data-active"));
        }
        return false;
    },
};
