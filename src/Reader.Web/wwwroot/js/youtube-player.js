// The player for a YouTube video, driven through the embed's postMessage protocol (the one YouTube's own
// IFrame API speaks), so no third-party script runs in the page: the CSP adds only the embed's frame.
// The embed reports its time a few times a second; between reports the time is carried on by the clock.
// An embed that has not answered within AnswerMilliseconds (offline, YouTube unreachable or blocked) has failed:
// here a time is the condition itself. If it answers later after all, it is ready then.
import { embedFailure } from "./player-failure.js";

const AnswerMilliseconds = 8000;
const playerStates = { "-1": "unstarted", 0: "ended", 1: "playing", 2: "paused", 3: "buffering", 5: "cued" };

export class YouTubePlayer extends EventTarget {
    #frame;
    #origin;
    #ready = false;
    #queue = [];
    #time = 0;
    #at = 0;
    #rate = 1;
    #state = "unstarted";
    #listening = 0;
    #deadline = 0;
    #failure = null;
    #onMessage = event => this.#receive(event);

    /** @param {{ id: string }} media @param {string} origin the embed's origin, https://www.youtube-nocookie.com */
    constructor(container, media, origin, start = 0) {
        super();
        this.#origin = origin;
        this.#time = start;
        const query = new URLSearchParams({
            enablejsapi: "1", autoplay: "1", playsinline: "1", rel: "0", start: String(Math.floor(start)), origin: location.origin,
        });
        const frame = document.createElement("iframe");
        frame.className = "player-frame";
        frame.title = "Episode video · 节目视频";
        frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
        // YouTube refuses embeds that send no referrer; the rest of the site sends none.
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        frame.src = `${origin}/embed/${encodeURIComponent(media.id)}?${query}`;
        frame.addEventListener("load", () => this.#listen());
        addEventListener("message", this.#onMessage);
        container.append(frame);
        this.#frame = frame;
        this.#deadline = setTimeout(() => this.#fail(null), navigator.onLine ? AnswerMilliseconds : 0);
    }

    /** Why it cannot play (a reason of player-failure.js), once it has said "error"; else null. */
    get failure() { return this.#failure; }

    get currentTime() {
        return this.#state === "playing" ? this.#time + (performance.now() - this.#at) / 1000 * this.#rate : this.#time;
    }

    get playing() { return this.#state === "playing" || this.#state === "buffering"; }

    play() { this.#command("playVideo"); }

    pause() { this.#command("pauseVideo"); }

    seek(seconds) {
        this.#time = Math.max(0, seconds);
        this.#at = performance.now();
        this.#command("seekTo", [this.#time, true]);
        this.dispatchEvent(new CustomEvent("state", { detail: "seeked" }));
    }

    destroy() {
        clearTimeout(this.#deadline);
        clearInterval(this.#listening);
        removeEventListener("message", this.#onMessage);
        this.#frame.remove();
    }

    // The embed answers once the page says it listens; it may not be ready at the frame's load, so ask again.
    #listen() {
        clearInterval(this.#listening);
        let tries = 0;
        const ask = () => {
            if (this.#ready || ++tries > 40)
                return clearInterval(this.#listening);
            this.#post({ event: "listening", id: 1, channel: "widget" });
        };
        ask();
        this.#listening = setInterval(ask, 250);
    }

    #command(func, args = []) {
        if (this.#ready)
            this.#post({ event: "command", func, args, id: 1, channel: "widget" });
        else
            this.#queue.push([func, args]);
    }

    #post(message) {
        this.#frame.contentWindow?.postMessage(JSON.stringify(message), this.#origin);
    }

    #receive(event) {
        if (event.origin !== this.#origin || event.source !== this.#frame.contentWindow)
            return;
        let data;
        try {
            data = typeof event.data === "string" ? JSON.parse(event.data) : event.data;
        } catch {
            return;
        }
        if (!data || typeof data !== "object")
            return;
        if (data.event === "onReady" || (data.event === "initialDelivery" && !this.#ready)) {
            this.#ready = true;
            this.#failure = null;
            clearTimeout(this.#deadline);
            clearInterval(this.#listening);
            for (const name of ["onStateChange", "onError"])
                this.#post({ event: "command", func: "addEventListener", args: [name], id: 1, channel: "widget" });
            for (const [func, args] of this.#queue.splice(0))
                this.#command(func, args);
            this.dispatchEvent(new CustomEvent("state", { detail: "ready" }));
        }
        const info = data.info && typeof data.info === "object" ? data.info : {};
        if (typeof info.currentTime === "number") {
            this.#time = info.currentTime;
            this.#at = performance.now();
        }
        if (typeof info.playbackRate === "number" && info.playbackRate > 0)
            this.#rate = info.playbackRate;
        const state = data.event === "onStateChange" ? data.info : info.playerState;
        if (state !== undefined && playerStates[state] && playerStates[state] !== this.#state) {
            // Carry the clock up to the change, so a pause does not jump back to the last report.
            this.#time = this.currentTime;
            this.#at = performance.now();
            this.#state = playerStates[state];
            this.dispatchEvent(new CustomEvent("state", { detail: this.#state }));
        }
        if (data.event === "onError")
            this.#fail(typeof data.info === "number" ? data.info : -1);
    }

    #fail(code) {
        if (this.#ready && code === null)
            return;
        this.#failure = embedFailure({ code, online: navigator.onLine });
        this.dispatchEvent(new CustomEvent("state", { detail: "error" }));
    }
}
