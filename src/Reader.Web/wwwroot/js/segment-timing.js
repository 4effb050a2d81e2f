// Segment times between exact points, the same model as SegmentTiming.cs and TimingAnchors.cs: the numbers
// come from /episodes/{slug}/timing.json. No DOM here.
//
// speech:  cumulative speech weight, speech[i] before segment i + 1 (N + 1 entries).
// anchors: [{ segment, seconds, kind: "chapter" | "cue" | "pin" }] sorted by segment (1-based), times never
//          decreasing; a timed source (subtitle cues) has a "cue" anchor on every segment, which a pin replaces.
// starts:  the estimated start of each segment in seconds (N entries, fractional).

/** Weight units per second when the anchors say nothing better (SpokenText.TypicalRate). */
export const TYPICAL_RATE = 16;

/** Weight units per second between the first and the last anchor: the pace after the last one. */
export function averageRate(speech, anchors) {
    if (anchors.length === 0) return TYPICAL_RATE;
    const first = anchors[0];
    const last = anchors[anchors.length - 1];
    const seconds = last.seconds - first.seconds;
    return seconds > 0 ? (speech[last.segment - 1] - speech[first.segment - 1]) / seconds : TYPICAL_RATE;
}

/**
 * The start of each segment: exact at every anchor, spread by speech between consecutive anchors, after the
 * last at `rate` (by default the average rate between the first and last anchor). Never decreasing.
 */
export function estimate(speech, anchors, rate = averageRate(speech, anchors)) {
    const count = speech.length - 1;
    const starts = new Array(Math.max(count, 0)).fill(0);
    if (anchors.length === 0) return starts;
    let k = 0;
    for (let i = 0; i < count; i++) {
        while (k + 1 < anchors.length && anchors[k + 1].segment - 1 <= i) k++;
        const segment = anchors[k].segment - 1;
        const start = anchors[k].seconds;
        const spoken = speech[i] - speech[segment];
        let time;
        if (k + 1 < anchors.length) {
            const nextSegment = anchors[k + 1].segment - 1;
            const nextStart = anchors[k + 1].seconds;
            // Never past the next anchor, even by a rounding error, so that every anchor is met exactly.
            time = Math.min(nextStart, start + spoken / (speech[nextSegment] - speech[segment]) * (nextStart - start));
        } else {
            time = start + spoken / rate;
        }
        starts[i] = Math.max(i > 0 ? starts[i - 1] : 0, time);
    }
    return starts;
}

/** The 1-based segment being spoken at `seconds`: the last whose start is not after it (1 before the first; 0 for none). */
export function segmentAt(starts, seconds) {
    if (starts.length === 0) return 0;
    let low = 0;
    let high = starts.length - 1;
    if (seconds < starts[0]) return 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= seconds) low = middle;
        else high = middle - 1;
    }
    return low + 1;
}

/** `m:ss` or `h:mm:ss`, with the fraction of a second when there is one (`34:43.25`), to the millisecond. */
export function formatTime(seconds) {
    const milliseconds = Math.round(seconds * 1000);
    const fraction = milliseconds % 1000;
    const whole = (milliseconds - fraction) / 1000;
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const clock = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
    return fraction > 0 ? `${clock}.${String(fraction).padStart(3, "0").replace(/0+$/, "")}` : clock;
}

/** The latest time a pin may give: 7 days, as TimingAnchors.MaxSeconds. */
export const MAX_PIN_SECONDS = 7 * 24 * 60 * 60;

/** Why a pin cannot be added (the same sentence TimingAnchors.cs gives), or null when it can. */
export function pinRefusal(anchors, segment, seconds, segmentCount) {
    if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_PIN_SECONDS)
        return `Pin at segment ${segment} refused: expected a time from 0 seconds to 7 days (${MAX_PIN_SECONDS} seconds), found ${seconds}.`;
    const self = `Pin at segment ${segment} (${formatTime(seconds)})`;
    if (!Number.isInteger(segment) || segment < 1 || segment > segmentCount)
        return `${self} refused: the transcript's segments are 1 to ${segmentCount}.`;

    const others = anchors.filter(a => a.segment !== segment || a.kind === "chapter");
    // The anchors never decrease, so only the nearest one on each side can be contradicted.
    const at = others.findIndex(a => a.segment >= segment);
    if (at >= 0 && others[at].segment === segment && others[at].seconds !== seconds)
        return `${self} contradicts ${describe(others[at])}: a chapter's first segment starts at the chapter's time.`;
    const before = (at < 0 ? others.length : at) - 1;
    if (before >= 0 && others[before].seconds > seconds)
        return `${self} contradicts ${describe(others[before])}: a later segment cannot start before an earlier one.`;
    const after = at >= 0 && others[at].segment === segment ? at + 1 : at;
    if (after >= 0 && after < others.length && others[after].seconds < seconds)
        return `${self} contradicts ${describe(others[after])}: an earlier segment cannot start after a later one.`;
    return null;
}

/** Thrown by addPin; `message` is the refusal to show. */
export class PinRefusedError extends Error {
    constructor(message) {
        super(message);
        this.name = "PinRefusedError";
    }
}

/**
 * New anchors with a pin at `segment` (replacing an earlier pin there); throws PinRefusedError when it
 * contradicts a chapter or another pin. `segmentCount` is N (speech.length - 1).
 */
export function addPin(anchors, segment, seconds, segmentCount) {
    const refusal = pinRefusal(anchors, segment, seconds, segmentCount);
    if (refusal !== null) throw new PinRefusedError(refusal);
    // A pin on a chapter's first segment at the chapter's time says nothing new: the chapter stays the anchor.
    if (anchors.some(a => a.segment === segment && a.kind === "chapter")) return [...anchors];
    return [...anchors.filter(a => a.segment !== segment), { segment, seconds, kind: "pin" }].sort((a, b) => a.segment - b.segment);
}

/** New anchors without the pin at `segment` (chapters stay). */
export function removePin(anchors, segment) {
    return anchors.filter(a => a.segment !== segment || a.kind === "chapter");
}

function describe(anchor) {
    const at = `segment ${anchor.segment} (${formatTime(anchor.seconds)})`;
    if (anchor.kind === "chapter") return `the chapter starting at ${at}`;
    return anchor.kind === "cue" ? `the cue of ${at}` : `the pin at ${at}`;
}

function pad(n) {
    return String(n).padStart(2, "0");
}
