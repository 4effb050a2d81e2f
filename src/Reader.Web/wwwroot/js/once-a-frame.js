// Work that follows scrolling or resizing is done once per frame, however many events the frame brings.

/** A function that runs `work` at the next animation frame, once, however often it is called before then. */
export function onceAFrame(work, nextFrame = callback => requestAnimationFrame(callback)) {
    let scheduled = false;
    return () => {
        if (scheduled)
            return;
        scheduled = true;
        nextFrame(() => { scheduled = false; work(); });
    };
}
