// The library's memory of this browser's reading: each started episode shows how far it was read and
// continues at that place. The places are saved by the reader (TranscriptView.razor.js).
import { progress } from "../../js/reading-place.js";
import { store } from "../../js/reader-store.js";

function showProgress() {
    for (const card of document.querySelectorAll("[data-episode-card]")) {
        card.querySelector(".episode-progress")?.remove();
        const slug = card.dataset.episodeCard;
        const place = store.getJson("place." + slug);
        if (!place || !Number.isInteger(place.segment) || place.segment <= 1)
            continue;
        const percent = progress(place);
        const row = Object.assign(document.createElement("p"), { className: "episode-progress" });
        const meter = Object.assign(document.createElement("span"), { className: "episode-progress-bar" });
        meter.setAttribute("role", "img");
        meter.setAttribute("aria-label", `${percent}% read · 已读 ${percent}%`);
        meter.style.setProperty("--read", percent + "%");
        const link = Object.assign(document.createElement("a"), { href: `episodes/${encodeURIComponent(slug)}#s-${place.segment}` });
        link.dataset.continue = slug;
        link.append(`Continue · `, Object.assign(document.createElement("span"), { lang: "zh-Hans", textContent: "继续" }),
            place.time ? ` at ${place.time}` : "");
        row.append(meter, link);
        card.append(row);
    }
}

showProgress();
window.Blazor?.addEventListener?.("enhancedload", showProgress);
