// Reader's behaviour in the browser: everything that needs no server. Jumps and permalinks scroll here
// (not through Blazor navigation, which would drop the query or scroll to the top), copy actions work on the
// shared transcript markup, settings and the last language are remembered, and the chapter being read is
// marked as you scroll. Everything is event delegation on the document, so it works before the circuit
// connects and across Blazor's page changes.
(() => {
    "use strict";

    const store = {
        get: key => { try { return localStorage.getItem("reader." + key); } catch { return null; } },
        set: (key, value) => { try { localStorage.setItem("reader." + key, value); } catch { /* private mode */ } },
    };

    const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;
    const transcript = () => document.getElementById("transcript");

    // ---- Reading comfort: font size and line spacing, on <html> so they apply at once.
    const spacings = ["normal", "relaxed", "compact"];
    const spacingNames = { normal: "Normal", relaxed: "Relaxed", compact: "Compact" };

    function applySettings() {
        const root = document.documentElement;
        root.dataset.fontSize = store.get("fontSize") ?? "0";
        root.dataset.spacing = store.get("spacing") ?? "normal";
        document.querySelectorAll("[data-spacing-label]").forEach(label => label.textContent = spacingNames[root.dataset.spacing]);
    }

    function changeSetting(button) {
        if (button.dataset.setting === "font") {
            const size = Math.max(-2, Math.min(3, Number(store.get("fontSize") ?? 0) + Number(button.dataset.step)));
            store.set("fontSize", String(size));
        } else {
            const next = spacings[(spacings.indexOf(store.get("spacing") ?? "normal") + 1) % spacings.length];
            store.set("spacing", next);
        }
        applySettings();
    }

    // ---- Scrolling to chapters and segments.
    function scrollToTarget(id, { focus = true, updateUrl = true } = {}) {
        const target = document.getElementById(id);
        if (!target)
            return false;
        if (measurePending)
            measureAll();
        const smooth = !reducedMotion() && updateUrl;
        target.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "instant" });
        settle(target, smooth, ++jumps);
        if (focus) {
            if (!target.hasAttribute("tabindex"))
                target.setAttribute("tabindex", "-1");
            target.focus({ preventScroll: true });
        }
        if (updateUrl)
            history.replaceState(history.state, "", location.pathname + location.search + "#" + id);
        return true;
    }

    // Turns off screen are laid out only when they come near (content-visibility: auto) and otherwise keep the
    // size they last had. Laying them all out once, while the reader is idle, makes those sizes true again
    // after the page loads or a switch changes every row; a jump before that does it first.
    let measurePending = false;

    function measureAll() {
        const container = transcript();
        measurePending = false;
        if (!container)
            return;
        container.classList.add("measure-all");
        void container.offsetHeight;
        container.classList.remove("measure-all");
    }

    function measureWhenIdle() {
        if (measurePending)
            return;
        measurePending = true;
        (window.requestIdleCallback ?? (f => setTimeout(f, 200)))(() => { if (measurePending) measureAll(); });
    }

    // Should a size still be off, jump again once the turns near the target have rendered.
    // A later jump (or holdPlace) ends the settling of an earlier one.
    let jumps = 0;

    function settle(target, smooth, jump, attempts = 4) {
        const check = () => {
            const before = target.getBoundingClientRect().top;
            requestAnimationFrame(() => requestAnimationFrame(() => {
                if (jump !== jumps || (Math.abs(target.getBoundingClientRect().top - before) < 1 && isAtTop(target)))
                    return;
                target.scrollIntoView({ block: "start", behavior: "instant" });
                if (attempts > 1)
                    settle(target, false, jump, attempts - 1);
            }));
        };
        if (!smooth || isAtTop(target)) {
            check();
            return;
        }
        // scrollend only comes if something scrolled; never leave it waiting for an unrelated later scroll.
        const done = () => { clearTimeout(timer); removeEventListener("scrollend", done); check(); };
        const timer = setTimeout(done, 1500);
        addEventListener("scrollend", done, { once: true });
    }

    function isAtTop(target) {
        const wanted = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
        return Math.abs(target.getBoundingClientRect().top - wanted) < 2
            || Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
    }

    function chapterLinks() {
        return [...document.querySelectorAll("[data-chapter-link]")];
    }

    function currentChapter() {
        const current = document.querySelector("[data-chapter-link][data-current]");
        return current ? Number(current.dataset.chapterLink) : 0;
    }

    function jumpChapter(step) {
        const links = chapterLinks();
        if (links.length === 0)
            return;
        const ordinals = links.map(l => Number(l.dataset.chapterLink));
        const index = ordinals.indexOf(currentChapter());
        const next = ordinals[Math.max(0, Math.min(ordinals.length - 1, index + step))];
        scrollToTarget("c-" + next);
        markCurrentChapter(next);
    }

    // The chapter being read: the last heading above a line just under the sticky bars.
    let markScheduled = false;
    function markCurrentChapter(forced) {
        const headings = document.querySelectorAll(".transcript .chapter-title");
        let current = forced;
        if (current === undefined) {
            const line = (document.querySelector(".toolbar")?.getBoundingClientRect().bottom ?? 0) + 64;
            current = headings.length ? Number(headings[0].id.slice(2)) : 0;
            for (const heading of headings) {
                if (heading.getBoundingClientRect().top <= line)
                    current = Number(heading.id.slice(2));
                else
                    break;
            }
        }
        for (const link of chapterLinks()) {
            const isCurrent = Number(link.dataset.chapterLink) === current;
            link.toggleAttribute("data-current", isCurrent);
            if (isCurrent)
                link.setAttribute("aria-current", "location");
            else
                link.removeAttribute("aria-current");
        }
    }

    addEventListener("scroll", () => {
        if (markScheduled)
            return;
        markScheduled = true;
        requestAnimationFrame(() => { markScheduled = false; markCurrentChapter(); });
    }, { passive: true });

    // ---- Copying a link or a quote of one segment.
    function segmentLink(segment) {
        return location.origin + location.pathname + location.search + "#" + segment.id;
    }

    function segmentQuote(segment) {
        const text = cls => {
            const cell = segment.querySelector("." + cls);
            return cell && !cell.classList.contains("missing") ? cell.textContent.trim() : null;
        };
        const turn = segment.closest(".turn");
        const who = turn?.querySelector(".who")?.textContent.trim() ?? segment.dataset.speaker;
        const time = segment.dataset.time ? ` ≈${segment.dataset.time}` : "";
        const title = document.querySelector("#episode-title .title-en")?.textContent.trim();
        return [text("zh"), text("en")].filter(Boolean).map(t => `“${t}”`).join("\n")
            + `\n— ${who},${time}${title ? ` · ${title}` : ""}\n${segmentLink(segment)}`;
    }

    async function copy(button) {
        if (button.hasAttribute("data-copied"))
            return;
        const segment = button.closest(".segment");
        const text = button.dataset.act === "link" ? segmentLink(segment) : segmentQuote(segment);
        try {
            await navigator.clipboard.writeText(text);
        } catch {
            const area = Object.assign(document.createElement("textarea"), { value: text });
            document.body.append(area);
            area.select();
            document.execCommand("copy");
            area.remove();
        }
        const label = button.textContent;
        button.textContent = "Copied ✓";
        button.setAttribute("data-copied", "");
        setTimeout(() => { button.textContent = label; button.removeAttribute("data-copied"); }, 1500);
    }

    // ---- The chapter drawer on narrow screens.
    function toggleDrawer(open) {
        const reader = document.querySelector(".reader");
        if (!reader)
            return;
        const next = open ?? reader.dataset.drawer !== "open";
        reader.dataset.drawer = next ? "open" : "closed";
        document.querySelectorAll("[data-drawer-toggle]").forEach(b => b.setAttribute("aria-expanded", String(next)));
        if (next)
            document.querySelector("#chapters a, #chapters button")?.focus();
    }

    // ---- Clicks.
    document.addEventListener("click", event => {
        const target = event.target instanceof Element ? event.target : null;
        if (!target || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
            return;

        const chapter = target.closest("[data-chapter-link]");
        if (chapter) {
            event.preventDefault();
            event.stopImmediatePropagation();
            toggleDrawer(false);
            scrollToTarget("c-" + chapter.dataset.chapterLink);
            markCurrentChapter(Number(chapter.dataset.chapterLink));
            return;
        }

        const anchor = target.closest(".transcript a[href^='#']");
        if (anchor) {
            event.preventDefault();
            event.stopImmediatePropagation();
            scrollToTarget(anchor.getAttribute("href").slice(1));
            return;
        }

        const act = target.closest(".transcript [data-act]");
        if (act) {
            copy(act);
            return;
        }

        const setting = target.closest("[data-setting]");
        if (setting) {
            changeSetting(setting);
            return;
        }

        if (target.closest("[data-drawer-toggle]")) {
            toggleDrawer();
            return;
        }

        const option = target.closest("[data-lang-option]");
        if (option) {
            preview({ lang: option.dataset.langOption });
            return;
        }
        const learn = target.closest("[data-learn-toggle]");
        if (learn) {
            preview({ learn: learn.getAttribute("aria-pressed") !== "true" ? "1" : null });
            return;
        }
        const chip = target.closest("[data-speaker-toggle]");
        if (chip) {
            preview({ toggle: chip.dataset.speakerToggle });
            return;
        }

        // Learning mode on touch screens: a tap reveals the blurred line of that row.
        const segment = target.closest(".transcript[data-learn='true'] .segment");
        if (segment)
            segment.classList.toggle("revealed");
    }, true);

    // ---- Reading mode. The controls are Blazor's (ReaderToolbar); the transcript around them is static
    // markup. A switch sets the container's attributes, which is all CSS needs, and records the mode in the
    // address. While the click travels to the server, the new mode is already shown (preview), so the view
    // changes at once; the server then confirms it through applyMode. Back and forward come back here too.
    let controls = null;
    let readerPath = null;
    // Previews shown but not yet confirmed by the server: a confirmation of an older click must not undo a newer one.
    let unconfirmed = 0;

    function connected() {
        return controls !== null && !document.getElementById("components-reconnect-modal")?.open;
    }

    function nextQuery(change) {
        const query = new URLSearchParams(location.search);
        query.delete("toggle");
        if ("lang" in change)
            query.set("lang", change.lang);
        if ("learn" in change)
            change.learn ? query.set("learn", change.learn) : query.delete("learn");
        if ("toggle" in change) {
            const hidden = new Set(hiddenSpeakers(query));
            hidden.has(change.toggle) ? hidden.delete(change.toggle) : hidden.add(change.toggle);
            const labels = [...hidden].sort();
            labels.length ? query.set("hide", labels.join(",")) : query.delete("hide");
        }
        if (!query.has("lang"))
            query.set("lang", transcript()?.dataset.lang ?? "both");
        return query;
    }

    // Read the address as ReadingMode.FromQuery does on the server, so both show the same mode.
    function hiddenSpeakers(query) {
        const known = new Set([...document.querySelectorAll("[data-speaker-toggle]")].map(b => b.dataset.speakerToggle));
        const labels = (query.get("hide") ?? "").split(",").map(l => l.trim()).filter(l => l && (known.size === 0 || known.has(l)));
        return [...new Set(labels)].sort();
    }

    function showQuery(query) {
        const container = transcript();
        if (!container)
            return;
        const lang = ["zh", "en", "both"].includes(query.get("lang")) ? query.get("lang") : "both";
        const hidden = hiddenSpeakers(query).join(",");
        const learn = String(["1", "true"].includes(query.get("learn")) && lang !== "both");
        updateExportLinks(lang, hidden);
        if (container.dataset.lang === lang && container.dataset.learn === learn && container.dataset.hiddenSpeakers === hidden)
            return;
        keepingPlace(() => {
            container.dataset.lang = lang;
            container.dataset.learn = learn;
            container.dataset.hiddenSpeakers = hidden;
        });
        measureWhenIdle();
    }

    function preview(change) {
        if (!connected())
            return;
        unconfirmed++;
        record(nextQuery(change).toString().replaceAll("+", "%20"));
    }

    /// Shows a mode and records it in the address and for the next visit. ReaderToolbar calls it with the
    /// mode's query string; a preview has usually applied the same one already.
    function applyMode(queryString) {
        if (unconfirmed > 0) {
            unconfirmed--;
            if (unconfirmed > 0)
                return;
        }
        record(queryString);
    }

    function record(queryString) {
        const query = new URLSearchParams(queryString);
        const search = new URLSearchParams(location.search).get("q");
        if (search) {
            query.set("q", search); // the find box's, kept across mode changes
            queryString = query.toString().replaceAll("+", "%20");
        }
        showQuery(query);
        store.set("lang", query.get("lang"));
        store.set("learn", query.get("learn") === "1" ? "1" : "0");
        if (!sameQuery(query, new URLSearchParams(location.search)))
            history.pushState(null, "", location.pathname + "?" + queryString + location.hash);
    }

    function sameQuery(a, b) {
        const keys = ["lang", "learn", "hide"];
        return keys.every(key => (a.get(key) ?? "") === (b.get(key) ?? ""));
    }

    // Back and forward between modes of this page: show the mode here instead of letting Blazor's enhanced
    // navigation fetch the whole page again. Registered before Blazor's own listener, so it can stop it.
    addEventListener("popstate", event => {
        if (!transcript() || location.pathname !== readerPath)
            return;
        event.stopImmediatePropagation();
        const query = new URLSearchParams(location.search);
        showQuery(query);
        window.readerFind?.showQuery(query.get("q"));
        controls?.invokeMethodAsync("ShowMode", location.search);
    });

    // Rows change height when languages or speakers are shown or hidden: keep the segment at the top of the
    // view where it was, so the reader does not lose their place.
    function keepingPlace(change) {
        const container = transcript();
        const line = (document.querySelector(".toolbar")?.getBoundingClientRect().bottom ?? 0) + 8;
        const box = container.getBoundingClientRect();
        const at = box.top < line ? document.elementFromPoint(box.left + 12, line)?.closest(".segment, .turn, .chapter") : null;
        const before = at?.getBoundingClientRect().top;
        change();
        if (at && at.offsetParent !== null)
            window.scrollBy({ top: at.getBoundingClientRect().top - before, behavior: "instant" });
    }

    // Export links follow the reader's language and hidden speakers, for any way of following them.
    function updateExportLinks(lang, hidden) {
        const query = new URLSearchParams({ lang });
        if (hidden)
            query.set("hide", hidden);
        for (const link of document.querySelectorAll("a[data-export]")) {
            const base = link.getAttribute("href").split("?")[0];
            link.setAttribute("href", base + "?" + query.toString().replaceAll("+", "%20"));
        }
    }

    // ---- Keys.
    const keys = {
        n: () => jumpChapter(1),
        p: () => jumpChapter(-1),
        "1": () => document.querySelector("[data-lang-option='zh']")?.click(),
        "2": () => document.querySelector("[data-lang-option='en']")?.click(),
        "3": () => document.querySelector("[data-lang-option='both']")?.click(),
        l: () => document.querySelector("[data-learn-toggle]:not(:disabled)")?.click(),
        c: () => toggleDrawer(),
        "/": () => {
            const find = document.querySelector("[data-find-input]");
            find?.focus();
            find?.select();
        },
        "?": () => {
            const help = document.querySelector(".shortcuts");
            if (help) {
                help.open = !help.open;
                help.querySelector("summary")?.focus();
            }
        },
        Escape: () => {
            toggleDrawer(false);
            const help = document.querySelector(".shortcuts");
            if (help)
                help.open = false;
        },
    };

    document.addEventListener("keydown", event => {
        if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented)
            return;
        if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable]"))
            return;
        const action = keys[event.key];
        if (action && document.getElementById("transcript")) {
            event.preventDefault();
            action();
        }
    });

    // ---- Sticky bars: targets scroll to just below them, whatever their height after wrapping.
    const toolbarSize = new ResizeObserver(() => {
        const toolbar = document.querySelector(".toolbar");
        const sticky = toolbar && getComputedStyle(toolbar).position === "sticky";
        document.documentElement.style.setProperty("--toolbar-height", sticky ? toolbar.offsetHeight + "px" : "0px");
    });

    // ---- A reader page appeared (loaded, or reached by enhanced navigation), or its controls connected.
    function attach(toolbar) {
        const container = transcript();
        if (!container)
            return;
        readerPath = location.pathname;
        measureAll();
        toolbarSize.disconnect();
        const bar = document.querySelector(".toolbar");
        if (bar)
            toolbarSize.observe(bar);

        if (toolbar) {
            controls = toolbar;
            container.dataset.attached = "true";
        }

        // No language in the address: the reader's last choice. Shown at once; the address says it too.
        const query = new URLSearchParams(location.search);
        const remembered = store.get("lang");
        if (!query.has("lang") && ["zh", "en", "both"].includes(remembered)) {
            query.set("lang", remembered);
            if (store.get("learn") === "1" && remembered !== "both")
                query.set("learn", "1");
            history.replaceState(history.state, "", location.pathname + "?" + query + location.hash);
            showQuery(query);
        }
        if (toolbar)
            toolbar.invokeMethodAsync("ShowMode", location.search);
        const current = new URLSearchParams(location.search);
        updateExportLinks(container.dataset.lang, hiddenSpeakers(current).join(","));

        // A permalink: scroll once the page is laid out, and again when the controls connect (a font or the
        // toolbar may have moved things), unless the reader has started scrolling on their own.
        if (location.hash.length > 1 && !userScrolled)
            requestAnimationFrame(() => { if (!userScrolled) scrollToTarget(location.hash.slice(1), { updateUrl: false, focus: false }); });
        markCurrentChapter();
    }

    let userScrolled = false;
    for (const type of ["wheel", "touchmove", "keydown", "mousedown"])
        addEventListener(type, () => userScrolled = true, { passive: true, once: true });

    applySettings();
    // Something else has taken the reader somewhere (the find box's current hit): no permalink jump after it.
    const holdPlace = () => {
        userScrolled = true;
        jumps++;
    };

    window.reader = { attach, applyMode, holdPlace };
    const attachPage = () => {
        controls = null;
        attach(null);
        window.Blazor?.addEventListener?.("enhancedload", () => {
            // Another page: its own toolbar attaches itself. The same page with a new address: ours carries on.
            if (!transcript() || location.pathname !== readerPath)
                controls = null;
            else if (controls)
                transcript().dataset.attached = "true";
            attach(null);
            if (controls)
                controls.invokeMethodAsync("ShowMode", location.search);
        });
    };
    if (document.readyState === "loading")
        document.addEventListener("DOMContentLoaded", attachPage, { once: true });
    else
        attachPage();
})();
