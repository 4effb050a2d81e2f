// Work done once per frame (src/Reader.Web/wwwroot/js/once-a-frame.js), run by `node --test` with frames by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { onceAFrame } from "../../../src/Reader.Web/wwwroot/js/once-a-frame.js";

function frames() {
    const waiting = [];
    return { next: callback => waiting.push(callback), draw: () => waiting.splice(0).forEach(f => f()) };
}

test("many calls in one frame do the work once, at the frame", () => {
    const frame = frames();
    let done = 0;
    const later = onceAFrame(() => done++, frame.next);

    later();
    later();
    later();
    assert.equal(done, 0);
    frame.draw();

    assert.equal(done, 1);
});

test("a call after the frame asks for the next one", () => {
    const frame = frames();
    let done = 0;
    const later = onceAFrame(() => done++, frame.next);

    later();
    frame.draw();
    later();
    frame.draw();

    assert.equal(done, 2);
});
