// Where the word popup goes (src/Reader.Web/wwwroot/js/popup-place.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { placePopup } from "../../../src/Reader.Web/wwwroot/js/popup-place.js";

const phone = { width: 390, height: 844, top: 52 };
const size = { width: 320, height: 240 };

test("a word high on the screen gets its popup below it", () => {
    const at = placePopup({ top: 100, bottom: 124, left: 40, right: 80 }, size, phone);
    assert.equal(at.side, "below");
    assert.equal(at.top, 130);
    assert.equal(at.left, 40);
});

test("a word low on the screen gets its popup above it", () => {
    const at = placePopup({ top: 760, bottom: 784, left: 40, right: 80 }, size, phone);
    assert.equal(at.side, "above");
    assert.equal(at.top, 760 - 6 - 240);
});

test("the popup stays inside the viewport at 390 px", () => {
    const at = placePopup({ top: 300, bottom: 324, left: 360, right: 385 }, size, phone);
    assert.equal(at.left, 390 - 8 - 320);
    const wide = placePopup({ top: 300, bottom: 324, left: 0, right: 20 }, { width: 600, height: 200 }, phone);
    assert.equal(wide.left, 8);
});

test("the popup never goes under the sticky bar", () => {
    const tall = { width: 320, height: 700 };
    const at = placePopup({ top: 420, bottom: 444, left: 40, right: 80 }, tall, phone);
    assert.ok(at.top >= phone.top + 8, `top ${at.top} is under the bar`);
    assert.ok(at.top + tall.height <= phone.height, "bottom is off screen");
});
