// The reader's memory in this browser (last language, text settings, places read): localStorage, which
// may be missing or full (private modes), in which case nothing is remembered and nothing breaks.
export const store = {
    get(key) {
        try { return localStorage.getItem("reader." + key); } catch { return null; }
    },
    set(key, value) {
        try { localStorage.setItem("reader." + key, value); } catch { /* not remembered */ }
    },
    getJson(key) {
        try { return JSON.parse(this.get(key) ?? "null"); } catch { return null; }
    },
    setJson(key, value) {
        this.set(key, JSON.stringify(value));
    },
};
