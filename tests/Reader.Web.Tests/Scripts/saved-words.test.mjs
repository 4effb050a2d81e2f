// The saved-word list (src/Reader.Web/wwwroot/js/saved-words.js), run by `node --test` on a fake storage.
import { test } from "node:test";
import assert from "node:assert/strict";
import { byEpisode, isSaved, removeWord, saveWord, savedWords } from "../../../src/Reader.Web/wwwroot/js/saved-words.js";

function memory() {
    const data = new Map();
    return {
        getJson: key => (data.has(key) ? JSON.parse(data.get(key)) : null),
        setJson: (key, value) => data.set(key, JSON.stringify(value)),
        raw: data,
    };
}

const word = (w, slug = "koray", segment = 1) => ({ word: w, pinyin: "", sense: "s", lang: "zh", zh: "z", en: "e", slug, title: slug, segment, link: "/x" });

test("saved words come back newest first", () => {
    const storage = memory();
    saveWord(word("模型"), storage, 1);
    saveWord(word("基准"), storage, 2);
    assert.deepEqual(savedWords(storage).map(w => w.word), ["基准", "模型"]);
});

test("saving a word again moves it to the top instead of keeping two", () => {
    const storage = memory();
    saveWord(word("模型"), storage, 1);
    saveWord(word("基准"), storage, 2);
    saveWord({ ...word("模型"), sense: "model" }, storage, 3);
    const list = savedWords(storage);
    assert.deepEqual(list.map(w => w.word), ["模型", "基准"]);
    assert.equal(list[0].sense, "model");
});

test("a removed word is gone and no longer saved", () => {
    const storage = memory();
    const [saved] = saveWord(word("模型"), storage, 1);
    assert.ok(isSaved(saved.id, storage));
    removeWord(saved.id, storage);
    assert.equal(savedWords(storage).length, 0);
    assert.ok(!isSaved(saved.id, storage));
});

test("whatever was stored, only text fields come back", () => {
    const storage = memory();
    storage.setJson("words", [{ word: "<b>x</b>", segment: "7", extra: { html: 1 } }, null, 5, { word: 3 }]);
    const [only, ...rest] = savedWords(storage);
    assert.equal(rest.length, 0);
    assert.equal(only.word, "<b>x</b>");
    assert.equal(only.segment, 7);
    assert.equal(only.extra, undefined);
});

test("words are grouped per episode in the order of each episode's newest", () => {
    const storage = memory();
    saveWord(word("a", "one"), storage, 1);
    saveWord(word("b", "two"), storage, 2);
    saveWord(word("c", "one", 2), storage, 3);
    assert.deepEqual(byEpisode(savedWords(storage)).map(g => [g.slug, g.words.map(w => w.word)]), [["one", ["c", "a"]], ["two", ["b"]]]);
});
