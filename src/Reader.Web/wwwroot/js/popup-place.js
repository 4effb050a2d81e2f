// Where a popup anchored to a word goes: below the word, or above it when there is more room there,
// always inside the viewport and never under the sticky chrome at its top. Pure: rectangles in, position out.

const gap = 6;
const margin = 8;

/**
 * @param word the word's box in viewport coordinates { top, bottom, left, right }
 * @param size the popup's { width, height }
 * @param view the viewport's { width, height, top } (top: the bottom of the sticky chrome)
 * @returns { top, left, side } in viewport coordinates, side "below" or "above"
 */
export function placePopup(word, size, view) {
    const width = Math.min(size.width, view.width - 2 * margin);
    const left = Math.round(Math.max(margin, Math.min(word.left, view.width - margin - width)));
    const below = view.height - margin - (word.bottom + gap);
    const above = word.top - gap - Math.max(view.top, 0) - margin;
    const side = below >= size.height || below >= above ? "below" : "above";
    const wanted = side === "below" ? word.bottom + gap : word.top - gap - size.height;
    const lowest = view.height - margin - size.height;
    const highest = Math.max(view.top, 0) + margin;
    const top = Math.round(Math.max(highest, Math.min(wanted, lowest)));
    return { top, left, side };
}
