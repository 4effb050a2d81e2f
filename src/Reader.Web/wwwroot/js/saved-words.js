// The words a reader saved from the popup ("Save · 收藏"), kept in this browser: one list in localStorage,
// newest first. A storage that is missing or full keeps nothing and breaks nothing (reader-store.js).
import { store } from "./reader-store.js";

const key = "words";
const limit = 5000;

/** The identity of a saved word: the same word from the same segment in the same language is saved once. */
export function wordId(word) {
    return [word.slug, word.segment, word.lang, word.word].join("|");
}

/** A saved word's fields, as text and numbers only (what came from the page is never markup). */
export function savedWord(fields, now = Date.now()) {
    const text = value => (value === undefined || value === null ? "" : String(value));
    const word = {
        word: text(fields.word),
        pinyin: text(fields.pinyin),
        sense: text(fields.sense),
        lang: fields.lang === "en" ? "en" : "zh",
        zh: text(fields.zh),
        en: text(fields.en),
        slug: text(fields.slug),
        title: text(fields.title),
        segment: Number(fields.segment) || 0,
        link: text(fields.link),
        savedAt: Number(fields.savedAt) || now,
    };
    return { ...word, id: wordId(word) };
}

/** The saved words, newest first, from a storage like reader-store's (for tests, any { getJson, setJson }). */
export function savedWords(storage = store) {
    const list = storage.getJson(key);
    return Array.isArray(list) ? list.filter(w => w && typeof w.word === "string").map(w => savedWord(w)) : [];
}

/** Saves a word (again: it moves to the top with its new sense); returns the list. */
export function saveWord(fields, storage = store, now = Date.now()) {
    const word = savedWord({ ...fields, savedAt: now }, now);
    const list = [word, ...savedWords(storage).filter(w => w.id !== word.id)].slice(0, limit);
    storage.setJson(key, list);
    return list;
}

export function removeWord(id, storage = store) {
    const list = savedWords(storage).filter(w => w.id !== id);
    storage.setJson(key, list);
    return list;
}

export function isSaved(id, storage = store) {
    return savedWords(storage).some(w => w.id === id);
}

/** The saved words grouped by episode, in the order of each episode's newest word: [{ slug, title, words }]. */
export function byEpisode(words) {
    const groups = new Map();
    for (const word of words) {
        if (!groups.has(word.slug))
            groups.set(word.slug, { slug: word.slug, title: word.title, words: [] });
        groups.get(word.slug).words.push(word);
    }
    return [...groups.values()];
}
