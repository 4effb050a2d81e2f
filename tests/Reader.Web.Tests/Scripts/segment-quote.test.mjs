// A segment quoted for the clipboard (src/Reader.Web/wwwroot/js/segment-quote.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { segmentQuote } from "../../../src/Reader.Web/wwwroot/js/segment-quote.js";

const address = "https://reader.example/episodes/one#s-12";

test("a quote gives both lines, who said them and when, the episode and the address", () => {
    const quote = segmentQuote({ zh: "你好。", en: "Hello.", who: "Lan", time: "3:05", title: "One", address });

    assert.equal(quote, `“你好。”\n“Hello.”\n— Lan, ≈3:05 · One\n${address}`);
});

test("a missing line, time or title is left out", () => {
    const quote = segmentQuote({ zh: null, en: "Hello.", who: "Lan", time: undefined, title: "", address });

    assert.equal(quote, `“Hello.”\n— Lan,\n${address}`);
});
