// Why the player cannot play, in words a reader can act on. The adapters report what the browser said (a
// MediaError's code and message, the YouTube embed's error code, or no answer in time); this names one reason
// and says it in both languages. No DOM here.

/** HTMLMediaElement.error.code: MEDIA_ERR_ABORTED, _NETWORK, _DECODE, _SRC_NOT_SUPPORTED. */
export const MediaErrorCode = { Aborted: 1, Network: 2, Decode: 3, SourceNotSupported: 4 };

// Chromium says only "Format error" for a file it never received (a host that did not answer, a 404), and
// names its demuxer or decoder for a file it received and could not read.
const unreadable = /demux|decod|codec|pipeline|not supported|unsupported/i;

/**
 * The reason a media file (<audio>, <video>) failed: "offline", "unreachable", "unloaded" (no answer or no
 * such file: the browser does not say which), "unsupported", or for a file from this device "local-unsupported".
 */
export function mediaFailure({ code, message = "", online = true, local = false }) {
    if (local)
        return "local-unsupported"; // nothing to reach: the browser could not read it
    if (!online)
        return "offline";
    if (code === MediaErrorCode.Network || code === MediaErrorCode.Aborted)
        return "unreachable";
    if (code === MediaErrorCode.Decode || unreadable.test(message))
        return "unsupported";
    return "unloaded";
}

/**
 * The reason the YouTube embed failed: its onError code (100 removed or private; 101 and 150 not to be embedded),
 * or none when it never answered.
 */
export function embedFailure({ code, online = true }) {
    if (!online)
        return "offline";
    if (code === undefined || code === null)
        return "no-answer";
    if (code === 100)
        return "removed";
    if (code === 101 || code === 150)
        return "refused";
    return "unsupported";
}

const things = { audio: ["audio", "音频"], video: ["video", "视频"], youtube: ["video", "视频"] };

/** What the reader is told, { en, zh }, for a reason and the kind of media ("audio", "video", "youtube"). */
export function failureWords(reason, kind) {
    const [en, zh] = things[kind] ?? things.audio;
    const The = `The ${en}`;
    switch (reason) {
        case "offline":
            return { en: `${The} could not be loaded — you seem to be offline.`, zh: `${zh}无法加载：您似乎已离线。` };
        case "unreachable":
            return { en: `${The} could not be loaded — its host could not be reached.`, zh: `${zh}无法加载：无法连接到其服务器。` };
        case "unloaded":
            return { en: `${The} could not be loaded — its host did not answer, or the file is not there.`, zh: `${zh}无法加载：服务器无响应或文件不存在。` };
        case "no-answer":
            return { en: `${The} could not be loaded — YouTube did not answer.`, zh: `${zh}无法加载：YouTube 没有响应。` };
        case "removed":
            return { en: `${The} is not available on YouTube any more.`, zh: `该${zh}在 YouTube 上已不可用。` };
        case "refused":
            return { en: `${The} may not be played on other sites — watch it on YouTube.`, zh: `该${zh}不允许在其他网站播放。` };
        case "local-unsupported":
            return { en: "This browser cannot play that file — try another, such as an MP3 or M4A.", zh: "此浏览器无法播放该文件。" };
        default:
            return { en: `${The} cannot be played in this browser — its format is not supported.`, zh: `此浏览器无法播放该${zh}的格式。` };
    }
}
