// The docked player's markup and what it shows, driven by ListenPlayer.razor.js: the controls in their real
// state (▶ until the media plays), which file from this device is playing, and, when the media cannot play,
// [data-player-error] saying why in words, with the other ways to listen: try again, a file from this device,
// the source elsewhere. The error state collapses the screen, so no dead frame stands in for a player.

/** The label of "Play a file from this device · 本地文件": a file input, nothing uploaded. */
export function localFileOption() {
    const label = document.createElement("label");
    label.className = "player-local";
    label.dataset.playerLocal = "";
    label.innerHTML = `<input type="file" class="visually-hidden" accept="audio/*,video/*" data-player-file>`
        + `Play a file from this device · <span lang="zh-Hans">本地文件</span>`;
    return label;
}

export function makeDock(media) {
    const dock = document.createElement("section");
    dock.className = "player-dock";
    dock.dataset.kind = media.kind;
    dock.setAttribute("aria-label", "Player · 播放器");
    dock.innerHTML = `
        <div class="player-screen"></div>
        <p class="player-source" data-player-source hidden></p>
        <p class="player-error" data-player-error role="status" aria-live="polite"></p>
        <div class="player-ways" data-player-ways hidden></div>
        <div class="player-controls">
            <button type="button" class="player-button" data-player-toggle aria-label="Play · 播放">▶</button>
            <button type="button" class="player-button" data-player-skip="-5" aria-label="Back 5 seconds · 后退 5 秒">−5</button>
            <button type="button" class="player-button" data-player-skip="5" aria-label="Forward 5 seconds · 前进 5 秒">+5</button>
            <span class="player-time" aria-live="off">0:00</span>
            <button type="button" class="player-follow" data-player-follow hidden>Back to now · <span lang="zh-Hans">回到当前</span></button>
            <button type="button" class="player-way" data-player-retry hidden>↻ Try again · <span lang="zh-Hans">重试</span></button>
            <a class="player-way" data-player-elsewhere target="_blank" rel="noopener noreferrer" hidden></a>
            <button type="button" class="player-button player-close" data-player-close aria-label="Close player · 关闭播放器">×</button>
        </div>
        <p class="player-status" role="status"></p>`;
    dock.querySelector("[data-player-ways]").append(localFileOption());
    if (media.local) {
        const source = dock.querySelector("[data-player-source]");
        source.append(`From this device: ${media.name} · `, Object.assign(document.createElement("span"), { lang: "zh-Hans", textContent: "本地文件" }));
        source.hidden = false;
    }
    return dock;
}

/** The play control as the media is: ▶ (Play) unless it really plays. */
export function showPlaying(dock, playing) {
    const toggle = dock.querySelector("[data-player-toggle]");
    toggle.textContent = playing ? "❚❚" : "▶";
    toggle.setAttribute("aria-label", playing ? "Pause · 暂停" : "Play · 播放");
    dock.dataset.playing = String(playing);
}

/**
 * The media cannot play: why ({ en, zh }), and the ways left. `elsewhere` is the link out to the source
 * ({ href, text, label: the words it stands for, or null for the text itself }) or null; `retry` whether trying again may help (not for a
 * file from this device).
 */
export function showFailure(dock, words, { elsewhere = null, retry = true } = {}) {
    dock.dataset.failed = "";
    showPlaying(dock, false);
    // Each language on its line; the separator stays in the text for those who hear it.
    dock.querySelector("[data-player-error]").replaceChildren(
        words.en,
        Object.assign(document.createElement("span"), { className: "visually-hidden", textContent: " · " }),
        Object.assign(document.createElement("span"), { lang: "zh-Hans", textContent: words.zh }));
    dock.querySelector("[data-player-retry]").hidden = !retry;
    const link = dock.querySelector("[data-player-elsewhere]");
    link.hidden = !elsewhere;
    if (elsewhere) {
        link.href = elsewhere.href;
        link.textContent = elsewhere.text;
        if (elsewhere.label)
            link.setAttribute("aria-label", elsewhere.label); // it must contain the visible text
        else
            link.removeAttribute("aria-label");
    }
    dock.querySelector("[data-player-ways]").hidden = false;
}

/** It plays after all (an embed that answered late). */
export function clearFailure(dock) {
    delete dock.dataset.failed;
    dock.querySelector("[data-player-error]").replaceChildren();
    dock.querySelector("[data-player-ways]").hidden = true;
    dock.querySelector("[data-player-retry]").hidden = true;
    dock.querySelector("[data-player-elsewhere]").hidden = true;
}
