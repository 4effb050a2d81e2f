// Which clicks the page handles (src/Reader.Web/wwwroot/js/plain-click.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";

globalThis.Element ??= class Element { };
const { plainClickTarget } = await import("../../../src/Reader.Web/wwwroot/js/plain-click.js");

const link = new Element();

test("a click with the main button and no modifier is the page's", () => {
    assert.equal(plainClickTarget({ target: link, button: 0 }), link);
});

test("another button, a modifier or a target that is no element leaves it to the browser", () => {
    assert.equal(plainClickTarget({ target: link, button: 1 }), null);
    for (const key of ["metaKey", "ctrlKey", "shiftKey", "altKey"])
        assert.equal(plainClickTarget({ target: link, button: 0, [key]: true }), null);
    assert.equal(plainClickTarget({ target: {}, button: 0 }), null);
});
