// Hidden speakers: each hidden turn is a one-line marker (aria-expanded) that shows the turn when activated.
// The markers' state is the only record of which hidden turns are shown.
import { plainClickTarget } from "../plain-click.js";

/** Shows or hides the turn a marker stands for (by default, the other way round from now). */
export function showHiddenTurn(marker, show = marker.getAttribute("aria-expanded") !== "true") {
    const turn = document.getElementById(marker.getAttribute("aria-controls"));
    if (!turn)
        return;
    turn.toggleAttribute("data-revealed", show);
    marker.setAttribute("aria-expanded", String(show));
}

/** Shows the hidden turn a target (segment or heading) is in, so it can be scrolled to. */
export function revealIfHidden(target) {
    const turn = target.closest(".turn");
    if (turn && turn.offsetParent === null && turn.id) {
        const marker = document.querySelector(`[data-hidden-turn][aria-controls="${turn.id}"]`);
        if (marker)
            showHiddenTurn(marker, true);
    }
}

document.addEventListener("click", event => {
    const target = plainClickTarget(event);
    if (!target)
        return;
    const marker = target.closest("#transcript [data-hidden-turn]");
    if (marker)
        showHiddenTurn(marker);
}, true);
