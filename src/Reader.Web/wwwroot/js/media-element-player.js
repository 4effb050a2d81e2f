// The player for a media file (a podcast's enclosure): an <audio> or <video> element behind the reader's
// one small player interface — play, pause, seek, currentTime, playing, and "state" events — which the
// YouTube player (youtube-player.js) offers too, with `failure`, why it cannot play (player-failure.js).
import { mediaFailure } from "./player-failure.js";

export class MediaElementPlayer extends EventTarget {
    #element;
    #local;
    #target; // the time asked for last, until the file's metadata is known

    /** @param {{ url: string, type?: string, kind: "audio" | "video", local?: boolean }} media local: a file from this device */
    constructor(container, media, start = 0) {
        super();
        this.#local = Boolean(media.local);
        const element = document.createElement(media.kind === "video" ? "video" : "audio");
        element.className = "player-media";
        element.preload = "auto";
        element.playsInline = true;
        element.src = media.url;
        // A time set before the file's metadata arrives may be dropped: the last one asked for (the start, or
        // a seek since) is set again once the metadata is known.
        this.#target = start;
        if (start > 0)
            element.currentTime = start;
        element.addEventListener("loadedmetadata", () => {
            if (Math.abs(element.currentTime - this.#target) > 1)
                element.currentTime = this.#target;
            this.#target = null;
        }, { once: true });
        const states = { playing: "playing", pause: "paused", ended: "ended", waiting: "buffering", seeked: "seeked", error: "error" };
        for (const [event, state] of Object.entries(states))
            element.addEventListener(event, () => this.dispatchEvent(new CustomEvent("state", { detail: state })));
        element.addEventListener("loadedmetadata", () => this.dispatchEvent(new CustomEvent("state", { detail: "ready" })), { once: true });
        container.append(element);
        this.#element = element;
    }

    get currentTime() { return this.#element.currentTime; }

    // An element asked to play keeps paused false even when its source fails: it is not playing then.
    get playing() { return !this.#element.error && !this.#element.paused && !this.#element.ended; }

    /** Why it cannot play (a reason of player-failure.js), once it has said "error"; else null. */
    get failure() {
        const error = this.#element.error;
        return error ? mediaFailure({ code: error.code, message: error.message, online: navigator.onLine, local: this.#local }) : null;
    }

    play() {
        // A refused start (no user gesture) leaves the player paused, and says so; a file that fails says "error".
        this.#element.play()?.catch(() => {
            if (!this.#element.error)
                this.dispatchEvent(new CustomEvent("state", { detail: "paused" }));
        });
    }

    pause() { this.#element.pause(); }

    seek(seconds) {
        const time = Math.max(0, seconds);
        this.#element.currentTime = time;
        if (this.#target !== null)
            this.#target = time;
    }

    destroy() {
        this.#element.pause();
        this.#element.removeAttribute("src");
        this.#element.load();
        this.#element.remove();
    }
}
