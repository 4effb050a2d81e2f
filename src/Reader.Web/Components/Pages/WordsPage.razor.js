// The Words · 生词 page: the saved words from this browser (saved-words.js), newest first and grouped per
// episode (or one episode, chosen in the filter), each removable, and exported as Anki's TSV or as CSV.
// Loaded on every page by App.razor (as Home.razor.js is), it acts only where the page is.
import { byEpisode, removeWord, savedWords } from "../../js/saved-words.js";
import { toAnkiTsv, toCsv } from "../../js/word-export.js";
import { el } from "../../js/element.js";

const page = () => document.querySelector("[data-words-page]");

function shownWords() {
    const filter = page()?.querySelector("[data-words-filter]")?.value ?? "";
    return savedWords().filter(w => !filter || w.slug === filter);
}

function wordItem(word) {
    const item = el("li", null, { "data-saved-word": word.id });
    const head = el("p", null, { class: "saved-word-head" });
    const link = el("a", word.word, { class: "saved-word-text", href: sameSiteLink(word.link), lang: word.lang === "zh" ? "zh-Hans" : "en" });
    head.append(link);
    if (word.pinyin)
        head.append(el("span", word.pinyin, { class: "saved-word-pinyin" }));
    item.append(head);
    const remove = el("button", "Remove · ", { type: "button", class: "chip saved-word-remove", "data-remove-word": word.id, "aria-label": `Remove · 删除 ${word.word}` });
    remove.append(el("span", "删除", { lang: "zh-Hans" }));
    item.append(remove);
    if (word.sense)
        item.append(el("p", word.sense, { class: "saved-word-sense" }));
    if (word.zh)
        item.append(el("p", word.zh, { class: "saved-word-sentence", lang: "zh-Hans" }));
    if (word.en)
        item.append(el("p", word.en, { class: "saved-word-sentence", lang: "en" }));
    return item;
}

// A link saved in this browser points at this site's reader; anything else is not followed.
function sameSiteLink(link) {
    try {
        const url = new URL(link, location.origin);
        return url.origin === location.origin && url.pathname.startsWith("/episodes/") ? url.pathname + url.search + url.hash : "words";
    } catch {
        return "words";
    }
}

function showWords() {
    const root = page();
    if (!root)
        return;
    const all = savedWords();
    const filter = root.querySelector("[data-words-filter]");
    const chosen = filter.value;
    filter.replaceChildren(el("option", "All episodes · 全部", { value: "" }),
        ...byEpisode(all).map(group => el("option", group.title || group.slug, { value: group.slug })));
    filter.value = byEpisode(all).some(g => g.slug === chosen) ? chosen : "";
    root.querySelector("[data-words-tools]").hidden = all.length === 0;

    const words = shownWords();
    root.querySelector("[data-words-summary]").textContent = all.length === 0
        ? "No saved words yet: tap a word while reading and choose Save · 还没有收藏的生词"
        : `${words.length} ${words.length === 1 ? "word" : "words"} · ${words.length} 个生词`;
    const list = root.querySelector("[data-words-list]");
    list.replaceChildren(...byEpisode(words).map(group => {
        const section = el("section", null, { "data-words-episode": group.slug });
        const heading = el("h2");
        heading.append(el("a", group.title || group.slug, { href: `episodes/${encodeURIComponent(group.slug)}` }));
        section.append(heading, el("ul"));
        section.querySelector("ul").append(...group.words.map(wordItem));
        return section;
    }));
}

function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el("a", null, { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

document.addEventListener("click", event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || !page()?.contains(target))
        return;
    const remove = target.closest("[data-remove-word]");
    if (remove) {
        const next = remove.closest("li")?.nextElementSibling?.querySelector("[data-remove-word]");
        removeWord(remove.dataset.removeWord);
        showWords();
        (next ? page().querySelector(`[data-remove-word="${CSS.escape(next.dataset.removeWord)}"]`) : page().querySelector("[data-words-filter]"))?.focus();
        return;
    }
    const format = target.closest("[data-words-export]")?.dataset.wordsExport;
    if (format === "tsv")
        download("reader-words.tsv", toAnkiTsv(shownWords()), "text/tab-separated-values;charset=utf-8");
    else if (format === "csv")
        download("reader-words.csv", toCsv(shownWords()), "text/csv;charset=utf-8");
});

document.addEventListener("change", event => {
    if (event.target instanceof Element && event.target.matches("[data-words-filter]"))
        showWords();
});

// Words saved in another tab show up here too.
addEventListener("storage", event => { if (event.key === "reader.words") showWords(); });

showWords();
window.Blazor?.addEventListener?.("enhancedload", showWords);
