// Why the player cannot play, and what it says (src/Reader.Web/wwwroot/js/player-failure.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mediaFailure, embedFailure, failureWords, MediaErrorCode } from "../../../src/Reader.Web/wwwroot/js/player-failure.js";

// What Chromium reports, measured: a closed port and a 404 give the same bare "Format error"; a file it got but
// cannot read names the demuxer.
const neverReceived = { code: MediaErrorCode.SourceNotSupported, message: "MEDIA_ELEMENT_ERROR: Format error" };
const unreadable = { code: MediaErrorCode.SourceNotSupported, message: "PipelineStatus::DEMUXER_ERROR_COULD_NOT_OPEN: FFmpegDemuxer: open context failed" };

const cases = [
    ["a file never received while offline", { ...neverReceived, online: false }, "offline"],
    ["a file never received", neverReceived, "unloaded"],
    ["a file cut off by the network", { code: MediaErrorCode.Network, message: "" }, "unreachable"],
    ["a file the browser cannot read", unreadable, "unsupported"],
    ["a file that fails to decode", { code: MediaErrorCode.Decode, message: "" }, "unsupported"],
    ["a file from this device, even offline", { ...unreadable, online: false, local: true }, "local-unsupported"],
];

for (const [what, error, reason] of cases) {
    test(`${what} is "${reason}"`, () => assert.equal(mediaFailure(error), reason));
}

test("an embed that never answered, online and offline", () => {
    assert.equal(embedFailure({}), "no-answer");
    assert.equal(embedFailure({ online: false }), "offline");
});

test("the embed's own error codes", () => {
    assert.equal(embedFailure({ code: 100 }), "removed");
    assert.equal(embedFailure({ code: 101 }), "refused");
    assert.equal(embedFailure({ code: 150 }), "refused");
    assert.equal(embedFailure({ code: 5 }), "unsupported");
});

test("the words name the kind of media in both languages", () => {
    assert.deepEqual(failureWords("offline", "audio"), { en: "The audio could not be loaded — you seem to be offline.", zh: "音频无法加载：您似乎已离线。" });
    assert.match(failureWords("no-answer", "youtube").en, /^The video .* YouTube did not answer\.$/);
    assert.match(failureWords("unloaded", "video").zh, /^视频/);
});

test("every reason has words in both languages", () => {
    for (const reason of ["offline", "unreachable", "unloaded", "unsupported", "no-answer", "removed", "refused", "local-unsupported", "anything else"]) {
        const words = failureWords(reason, "audio");
        assert.ok(words.en.length > 20 && words.zh.length > 4, reason);
    }
});
