// The reader's pure reading-place logic (src/Reader.Web/wwwroot/js/reading-place.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chapterAfter, currentChapter, jumpPath, pinAfterScroll, pinAt, placeToResume, progress } from "../../../src/Reader.Web/wwwroot/js/reading-place.js";

const headings = [{ ordinal: 1, top: -3000 }, { ordinal: 2, top: -200 }, { ordinal: 3, top: 150 }, { ordinal: 4, top: 900 }];

test("the current chapter is the last heading at or above the reading line", () => {
    assert.equal(currentChapter(headings, 130), 2);
    assert.equal(currentChapter(headings, 150), 3);
    assert.equal(currentChapter(headings, 5000), 4);
});

test("before the first heading the first chapter is current", () => {
    assert.equal(currentChapter([{ ordinal: 1, top: 400 }, { ordinal: 2, top: 900 }], 100), 1);
    assert.equal(currentChapter([], 100), 0);
});

test("next and previous chapter stay within the list", () => {
    const ordinals = [1, 2, 3, 4];
    assert.equal(chapterAfter(ordinals, 2, 1), 3);
    assert.equal(chapterAfter(ordinals, 4, 1), 4);
    assert.equal(chapterAfter(ordinals, 1, -1), 1);
    assert.equal(chapterAfter(ordinals, 9, 1), 1);
    assert.equal(chapterAfter([], 1, 1), null);
});

test("a short smooth jump glides all the way", () => {
    assert.deepEqual(jumpPath(1000, 1300, 900, true), { instant: null, smooth: true });
});

test("a long smooth jump moves at once to a screen short of the target, then glides", () => {
    assert.deepEqual(jumpPath(0, 20000, 900, true), { instant: 20000 - 540, smooth: true });
    assert.deepEqual(jumpPath(20000, 100, 900, true), { instant: 100 + 540, smooth: true });
});

test("under reduced motion a jump is one instant move", () => {
    assert.deepEqual(jumpPath(0, 20000, 900, false), { instant: 20000, smooth: false });
});

test("only a place past the opening is offered back", () => {
    assert.equal(placeToResume(null), null);
    assert.equal(placeToResume({ segment: 2 }), null);
    assert.equal(placeToResume({ segment: "400" }), null);
    assert.deepEqual(placeToResume({ segment: 400, time: "23:22" }), { segment: 400, time: "23:22" });
});

test("progress is a whole percentage of the segments", () => {
    assert.equal(progress({ segment: 305, segments: 611 }), 50);
    assert.equal(progress({ segment: 611, segments: 611 }), 100);
    assert.equal(progress({ segment: 5 }), 0);
});

test("a jump's chapter is held until the page has arrived and then moved away", () => {
    const pin = pinAt(3, 2400, 100);
    assert.deepEqual(pin, { chapter: 3, y: 2400, reached: false });
    assert.equal(pinAfterScroll(pin, 1200), pin);
    const arrived = pinAfterScroll(pin, 2401);
    assert.deepEqual(arrived, { chapter: 3, y: 2400, reached: true });
    assert.equal(pinAfterScroll(arrived, 2300), null);
});

test("a jump that is already there has arrived, and no chapter holds nothing", () => {
    assert.equal(pinAt(2, 500, 500).reached, true);
    assert.equal(pinAt(0, 500, 0), null);
    assert.equal(pinAfterScroll(null, 500), null);
});
