// Offsets over a cell's text nodes (src/Reader.Web/wwwroot/js/text-offsets.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isWordAt, locate, nextWordAt, offsetOf, piecesOf, previousWordAt, spansByNode } from "../../../src/Reader.Web/wwwroot/js/text-offsets.js";

// "我们的模型很好" with 模型 marked by find: three text nodes, "我们的", "模型", "很好".
const marked = [3, 2, 2];

test("an offset is found in the text node that holds it", () => {
    assert.deepEqual(locate(marked, 0), { node: 0, offset: 0 });
    assert.deepEqual(locate(marked, 3), { node: 1, offset: 0 });
    assert.deepEqual(locate(marked, 6), { node: 2, offset: 1 });
    assert.deepEqual(locate(marked, 7), { node: 2, offset: 2 });
    assert.equal(locate(marked, 8), null);
});

test("a position in a text node is an offset into the whole cell", () => {
    assert.equal(offsetOf(marked, 0, 2), 2);
    assert.equal(offsetOf(marked, 1, 1), 4);
    assert.equal(offsetOf(marked, 2, 0), 5);
});

test("a span is cut where the text nodes are", () => {
    assert.deepEqual(piecesOf(marked, 2, 3), [{ node: 0, from: 2, to: 3 }, { node: 1, from: 0, to: 2 }]);
    assert.deepEqual(piecesOf(marked, 3, 2), [{ node: 1, from: 0, to: 2 }]);
    assert.deepEqual(piecesOf([10], 4, 0), []);
});

test("only spans inside one text node are given to it", () => {
    const byNode = spansByNode(marked, [[0, 2, "wǒ men"], [2, 2, "crosses"], [3, 2, "mó xíng"], [5, 2, "hěn hǎo"]]);
    assert.deepEqual(byNode.map(list => list.map(s => s.span[2])), [["wǒ men"], ["mó xíng"], ["hěn hǎo"]]);
    assert.deepEqual(byNode[1][0], { from: 0, to: 2, span: [3, 2, "mó xíng"] });
});

test("words are letters and digits in any script; spaces and punctuation are not", () => {
    const text = "Gemini 3，模型 isn't";
    assert.ok(isWordAt(text, 0));
    assert.ok(isWordAt(text, 7));
    assert.ok(!isWordAt(text, 6));
    assert.ok(!isWordAt(text, 8));
    assert.ok(isWordAt(text, 9));
    assert.ok(!isWordAt(text, -1));
    assert.ok(!isWordAt(text, text.length));
});

test("the next and previous words skip what is between words", () => {
    const text = "We built it, really.";
    assert.equal(nextWordAt(text, 2), 3);
    assert.equal(nextWordAt(text, 11), 13);
    assert.equal(nextWordAt(text, 19), -1);
    assert.equal(previousWordAt(text, 13), 10);
    assert.equal(previousWordAt(text, 0), -1);
});
