// The reader's pure timing logic (src/Reader.Web/wwwroot/js/segment-timing.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addPin, averageRate, estimate, formatTime, pinRefusal, PinRefusedError, removePin, segmentAt } from "../../../src/Reader.Web/wwwroot/js/segment-timing.js";

// Chapters at segments 1 (0:00), 10 (2:00) and 20 (5:00) of 30; a pin at 15 (3:00). As TimingAnchorsTests.cs.
const anchors = [
    { segment: 1, seconds: 0, kind: "chapter" }, { segment: 10, seconds: 120, kind: "chapter" },
    { segment: 15, seconds: 180, kind: "pin" }, { segment: 20, seconds: 300, kind: "chapter" },
];

// Written by TimingFixtureTests.cs from the seed imported with a timing sidecar: the C# side's timing.json.
const seed = JSON.parse(readFileSync(new URL("./seed-timing.json", import.meta.url), "utf8"));

test("the estimate agrees with the server's on the seed, pins and all", () => {
    assert.ok(seed.anchors.some(a => a.kind === "pin"), "the fixture has pins");
    const starts = estimate(seed.speech, seed.anchors, seed.rate);
    assert.equal(starts.length, seed.starts.length);
    starts.forEach((s, i) => assert.ok(Math.abs(s - seed.starts[i]) <= 0.0005, `segment ${i + 1}: ${s} against ${seed.starts[i]}`));
    assert.equal(averageRate(seed.speech, seed.anchors), seed.rate);
});

test("every anchor is met exactly and times never decrease", () => {
    const starts = estimate(seed.speech, seed.anchors);
    for (const a of seed.anchors) assert.equal(starts[a.segment - 1], a.seconds);
    for (let i = 1; i < starts.length; i++) assert.ok(starts[i - 1] <= starts[i], `segment ${i + 1} starts before ${i}`);
});

test("time between anchors is spread by speech, after the last at the pace between first and last", () => {
    const speech = [0, 100, 200, 300, 400, 500, 600];
    const starts = estimate(speech, [{ segment: 1, seconds: 0, kind: "chapter" }, { segment: 3, seconds: 40, kind: "pin" }]);
    assert.deepEqual(starts, [0, 20, 40, 60, 80, 100]);
    assert.deepEqual(estimate(speech, []), [0, 0, 0, 0, 0, 0]);
});

test("a pin re-estimates only the times between its neighbours", () => {
    const speech = Array.from({ length: 31 }, (_, i) => i * 100);
    const before = estimate(speech, anchors);
    const after = estimate(speech, addPin(anchors, 12, 150, 30));
    assert.deepEqual(after.slice(0, 10), before.slice(0, 10));
    assert.deepEqual(after.slice(14), before.slice(14));
    assert.equal(after[11], 150);
});

test("the segment being spoken is the last that started", () => {
    const starts = [0, 4.5, 9, 9, 20];
    assert.equal(segmentAt(starts, 0), 1);
    assert.equal(segmentAt(starts, 4.4), 1);
    assert.equal(segmentAt(starts, 4.5), 2);
    assert.equal(segmentAt(starts, 9.1), 4);
    assert.equal(segmentAt(starts, 1e6), 5);
    assert.equal(segmentAt([3, 5], 1), 1);
    assert.equal(segmentAt([], 1), 0);
});

test("the segment at each server start is that segment or a later one sharing its time", () => {
    seed.starts.forEach((s, i) => assert.equal(seed.starts[segmentAt(seed.starts, s) - 1], s, `segment ${i + 1}`));
});

// The same table as TimingAnchorsTests.cs, so both sides refuse alike and say the same.
const refusals = [
    [12, 130, null],
    [15, 200, null],
    [10, 120, null],
    [25, 400, null],
    [14, 180, null],
    [12, 110, "Pin at segment 12 (1:50) contradicts the chapter starting at segment 10 (2:00): a later segment cannot start before an earlier one."],
    [12, 190, "Pin at segment 12 (3:10) contradicts the pin at segment 15 (3:00): an earlier segment cannot start after a later one."],
    [17, 170.5, "Pin at segment 17 (2:50.5) contradicts the pin at segment 15 (3:00): a later segment cannot start before an earlier one."],
    [17, 301, "Pin at segment 17 (5:01) contradicts the chapter starting at segment 20 (5:00): an earlier segment cannot start after a later one."],
    [10, 125, "Pin at segment 10 (2:05) contradicts the chapter starting at segment 10 (2:00): a chapter's first segment starts at the chapter's time."],
    [31, 500, "Pin at segment 31 (8:20) refused: the transcript's segments are 1 to 30."],
    [0, 0, "Pin at segment 0 (0:00) refused: the transcript's segments are 1 to 30."],
    [5, -1, "Pin at segment 5 refused: expected a time from 0 seconds to 7 days (604800 seconds), found -1."],
    [5, 1e308, "Pin at segment 5 refused: expected a time from 0 seconds to 7 days (604800 seconds), found 1e+308."],
    [30, 604_800.5, "Pin at segment 30 refused: expected a time from 0 seconds to 7 days (604800 seconds), found 604800.5."],
    [30, 604_800, null],
];

test("pins that contradict an anchor are refused naming both", () => {
    for (const [segment, seconds, refusal] of refusals)
        assert.equal(pinRefusal(anchors, segment, seconds, 30), refusal, `pin at ${segment}, ${seconds}`);
});

test("addPin throws the refusal, replaces a pin of its segment and keeps chapters", () => {
    assert.throws(() => addPin(anchors, 12, 110, 30), e => e instanceof PinRefusedError && e.message.startsWith("Pin at segment 12 (1:50) contradicts"));
    assert.deepEqual(addPin(anchors, 15, 250, 30).map(a => [a.segment, a.seconds, a.kind]), [[1, 0, "chapter"], [10, 120, "chapter"], [15, 250, "pin"], [20, 300, "chapter"]]);
    assert.deepEqual(addPin(anchors, 10, 120, 30), anchors);
    assert.deepEqual(addPin(anchors, 25, 400, 30).map(a => a.segment), [1, 10, 15, 20, 25]);
    assert.deepEqual(anchors.length, 4, "the anchors given are not changed");
    assert.deepEqual(removePin(removePin(anchors, 15), 10).map(a => a.segment), [1, 10, 20]);
});

test("times show their fraction to the millisecond", () => {
    assert.equal(formatTime(0), "0:00");
    assert.equal(formatTime(2083), "34:43");
    assert.equal(formatTime(2083.25), "34:43.25");
    assert.equal(formatTime(59.9996), "1:00");
    assert.equal(formatTime(3723.5), "1:02:03.5");
});
