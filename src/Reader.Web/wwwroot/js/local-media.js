// The file from this device the reader chose to listen with. Nothing is uploaded: the player plays it through
// an object URL, which lives only as long as the page, so the choice is kept for the page's life and no longer.
// The one owner of that choice: choose, get, clear, and subscribe to hear of a change. No DOM here.

let chosen = null; // { slug, name, kind, type, url }
const listeners = new Set();

/** "video" for a video file (by its type, else its name), else "audio". */
export function mediaKind(type, name = "") {
    if (type)
        return type.startsWith("video/") ? "video" : "audio";
    return /\.(mp4|m4v|webm|mov|mkv|ogv)$/i.test(name) ? "video" : "audio";
}

function announce() {
    for (const listener of listeners)
        listener(chosen);
}

export const localMedia = {
    /** The file chosen on this page for an episode, as media the player plays, or null. */
    get(slug) {
        return chosen && chosen.slug === slug ? chosen : null;
    },

    /** Chooses a file (a File or Blob with a name) for an episode; the one chosen before is let go. */
    choose(slug, file) {
        release();
        const type = file.type || null;
        chosen = { slug, name: file.name ?? "", kind: mediaKind(type, file.name), type, url: URL.createObjectURL(file), local: true };
        announce();
        return chosen;
    },

    /** Lets the choice go (the reader left the episode). */
    clear() {
        if (!chosen)
            return;
        release();
        announce();
    },

    /** Calls listener(choice or null) on every change; returns the function that stops it. */
    subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
    },
};

function release() {
    if (chosen)
        URL.revokeObjectURL(chosen.url);
    chosen = null;
}
