// The file from this device chosen to listen with (src/Reader.Web/wwwroot/js/local-media.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { localMedia, mediaKind } from "../../../src/Reader.Web/wwwroot/js/local-media.js";

const file = (name, type) => new File([new Uint8Array(8)], name, { type });

test("the kind comes from the file's type, else its name", () => {
    assert.equal(mediaKind("audio/mpeg", "a.mp3"), "audio");
    assert.equal(mediaKind("video/mp4", "a.mp4"), "video");
    assert.equal(mediaKind("", "talk.webm"), "video");
    assert.equal(mediaKind("", "talk.m4a"), "audio");
    assert.equal(mediaKind(null, ""), "audio");
});

test("a chosen file plays through an object URL for its episode only", () => {
    const chosen = localMedia.choose("ep-1", file("talk.wav", "audio/wav"));

    assert.match(chosen.url, /^blob:/);
    assert.deepEqual({ ...localMedia.get("ep-1"), url: "" }, { slug: "ep-1", name: "talk.wav", kind: "audio", type: "audio/wav", url: "", local: true });
    assert.equal(localMedia.get("ep-2"), null);
    localMedia.clear();
});

test("choosing again lets the first file go, and subscribers hear each change", () => {
    const heard = [];
    const stop = localMedia.subscribe(choice => heard.push(choice?.name ?? null));
    const revoked = [];
    const revoke = URL.revokeObjectURL;
    URL.revokeObjectURL = url => { revoked.push(url); revoke(url); };
    try {
        const first = localMedia.choose("ep-1", file("one.wav", "audio/wav"));
        localMedia.choose("ep-1", file("two.mp4", "video/mp4"));
        assert.equal(localMedia.get("ep-1").kind, "video");
        localMedia.clear();
        stop();
        localMedia.choose("ep-1", file("three.wav", "audio/wav"));
        localMedia.clear();

        assert.deepEqual(heard, ["one.wav", "two.mp4", null]);
        assert.equal(revoked[0], first.url);
        assert.equal(localMedia.get("ep-1"), null);
    } finally {
        URL.revokeObjectURL = revoke;
    }
});
