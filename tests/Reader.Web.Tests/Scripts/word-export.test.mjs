// Saved words as Anki TSV and CSV (src/Reader.Web/wwwroot/js/word-export.js), run by `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { csvColumns, toAnkiTsv, toCsv } from "../../../src/Reader.Web/wwwroot/js/word-export.js";

const benchmark = {
    word: "基准", pinyin: "jī zhǔn", sense: "benchmark", zh: "我们在基准测试上取得了进展。", en: "We made progress on benchmarks.",
    slug: "koray", title: "Build AGI", link: "https://reader.example/episodes/koray?s=12#s-12", savedAt: Date.UTC(2025, 0, 2),
};

test("the TSV starts with the header lines Anki reads", () => {
    const lines = toAnkiTsv([benchmark]).split("\n");
    assert.equal(lines[0], "#separator:tab");
    assert.equal(lines[1], "#html:false");
    assert.ok(lines.some(l => l === "#tags column:3"));
});

test("each note is front, back and tags: the word with its pinyin, the sense and both sentences", () => {
    const tsv = toAnkiTsv([benchmark]);
    const note = tsv.slice(tsv.indexOf('基准'));
    const [front, rest] = [note.slice(0, note.indexOf("\t")), note.slice(note.indexOf("\t") + 1)];
    assert.equal(front, "基准 (jī zhǔn)");
    assert.ok(rest.startsWith('"benchmark\n我们在基准测试上取得了进展。\nWe made progress on benchmarks."\treader::koray'), rest);
});

test("tabs, line breaks and quotes inside a field are quoted, so every note keeps three fields", () => {
    const hostile = { ...benchmark, word: 'a\tb', pinyin: "", sense: 'say "hi"\r\nnow', zh: "", en: "" };
    const line = toAnkiTsv([hostile]).split("\n").slice(4).join("\n");
    assert.ok(line.startsWith('"a\tb"\t"say ""hi""\r\nnow"\treader::koray'), JSON.stringify(line));
});

test("an English word without pinyin is the front alone", () => {
    const tsv = toAnkiTsv([{ ...benchmark, word: "benchmarks", pinyin: "" }]);
    assert.ok(tsv.includes("\nbenchmarks\t"));
});

test("the CSV has a header row and quotes fields as RFC 4180 says", () => {
    const csv = toCsv([{ ...benchmark, sense: 'a "test", really', en: "one\ntwo" }]);
    const rows = csv.split("\r\n");
    assert.equal(rows[0], csvColumns.join(","));
    assert.ok(rows[1].startsWith('基准,jī zhǔn,"a ""test"", really",我们在基准测试上取得了进展。,"one\ntwo",koray,Build AGI,'));
    assert.ok(csv.endsWith("2025-01-02T00:00:00.000Z\r\n"));
});

test("a field that a spreadsheet would run as a formula is kept as text", () => {
    const csv = toCsv([{ ...benchmark, word: "=HYPERLINK(1)", sense: "+1" }]);
    assert.ok(csv.split("\r\n")[1].startsWith("'=HYPERLINK(1),jī zhǔn,'+1,"));
});
