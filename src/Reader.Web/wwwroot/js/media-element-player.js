// The player for a media file (a podcast's enclosure): an <audio> or <video> element behind the reader's
// one small player interface — play, pause, seek, currentTime, playing, and "state" events — which the
// YouTube player (youtube-player.js) offers too.
export class MediaElementPlayer extends EventTarget {
    #element;
    #target; // the time asked for last, until the file's metadata is known

    /** @param {{ url: string, type?: string, kind: "audio" | "video" }} media */
    constructor(container, media, start = 0) {
        super();
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

    get playing() { return !this.#element.paused && !this.#element.ended; }

    play() {
        // A refused start (no user gesture, a file that fails) leaves the player paused, and says so.
        this.#element.play()?.catch(() => this.dispatchEvent(new CustomEvent("state", { detail: "paused" })));
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
