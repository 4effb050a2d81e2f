// The reading mode in the address (src/Reader.Web/wwwroot/js/reading-address.js), read as the server reads it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { hiddenSpeakers, nextQuery, readMode, sameMode, segmentAddress, toSearch } from "../../../src/Reader.Web/wwwroot/js/reading-address.js";

const known = ["Speaker 0", "Speaker 1"];
const q = text => new URLSearchParams(text);

test("an unknown language is both, and learning needs one language", () => {
    assert.deepEqual(readMode(q("lang=fr&learn=1"), known), { lang: "both", learning: false, hidden: [] });
    assert.deepEqual(readMode(q("lang=zh&learn=true"), known), { lang: "zh", learning: true, hidden: [] });
});

test("hidden speakers are known labels, distinct and sorted", () => {
    assert.deepEqual(hiddenSpeakers(q("hide=Speaker 1, Speaker 0,Speaker 1,Nobody"), known), ["Speaker 0", "Speaker 1"]);
    assert.deepEqual(hiddenSpeakers(q("hide="), known), []);
});

test("a speaker toggle adds and removes that speaker only", () => {
    assert.equal(nextQuery(q("lang=en"), { toggle: "Speaker 1" }, known).get("hide"), "Speaker 1");
    assert.equal(nextQuery(q("lang=en&hide=Speaker 1"), { toggle: "Speaker 1" }, known).has("hide"), false);
    assert.equal(nextQuery(q("lang=en&hide=Speaker 1"), { toggle: "Speaker 0" }, known).get("hide"), "Speaker 0,Speaker 1");
});

test("a change keeps the find query and the segment and always writes a language", () => {
    const next = nextQuery(q("q=模型&s=12&toggle=Speaker 0"), { learn: "1" }, known, "zh");
    assert.equal(next.get("q"), "模型");
    assert.equal(next.get("s"), "12");
    assert.equal(next.get("lang"), "zh");
    assert.equal(next.has("toggle"), false);
});

test("two queries with the same mode are the same whatever else they hold", () => {
    assert.ok(sameMode(q("lang=en&q=a"), q("q=b&lang=en")));
    assert.ok(!sameMode(q("lang=en"), q("lang=en&learn=1")));
});

test("the address writes spaces as %20", () => {
    assert.equal(toSearch(q("hide=Speaker 1")), "?hide=Speaker%201");
    assert.equal(toSearch(q("")), "");
});

test("a segment's permalink carries ?s=N for the server and #s-N for the page", () => {
    assert.equal(segmentAddress("http://h", "/episodes/x", "?lang=en&s=3", 42), "http://h/episodes/x?lang=en&s=42#s-42");
});
