#!/usr/bin/env bash
# Kills Reader at random moments while it writes, and checks what every kill left behind.
#
#   tests/faults/kill-during-import.sh [kills of each kind, default 12] [transcripts, default 30] [both|import|web]
#
# Builds the CLI and the web app in Release, then, on a database in a temp folder, `kill -9`s
#   (a) `reader import` of a folder of transcripts (each round changes every file, so each import replaces), and
#   (b) the web app during its start-up migration (every other round on a new database) and seed import.
# After each kill it checks: PRAGMA integrity_check is ok; no episode is partial (its segments and chapters
# are what the transcript has); the search index has a row for every segment, episode by episode; the next
# start does not hang (`reader list`, and for (b) the web app serving / again, each within 60 s) and leaves no
# migration lock behind. Needs bash, python3, curl. Prints one summary line; exits 1 on any failure, keeping
# the temp folder (database, logs) for a look.
set -uo pipefail

kills=${1:-12}
copies=${2:-30}
kinds=${3:-both}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/reader-faults-XXXXXX")
db="$work/reader.db"
transcripts="$work/transcripts"
web_pid=""

cleanup() {
    if [[ -n "$web_pid" ]]; then kill -9 "$web_pid" 2>/dev/null; wait "$web_pid" 2>/dev/null; fi
    if ((failures == 0)); then rm -rf "$work"; else echo "Kept $work for a look (web-*.log: each web start's log)"; fi
}
failures=0
trap cleanup EXIT

source "$repo/tests/faults/release-build.sh"
seed=$(ls "$repo"/seeds/*.txt | head -n 1)
title=$(grep -m1 -o 'Koray Kavukcuoglu: “This Is How We Are Going to Build AGI”' "$seed")
export ConnectionStrings__Reader="Data Source=$db"
export Serilog__MinimumLevel__Default=Warning

# The checks read the database with the SQLite the app ships (the system's may be too old for its FTS5 table).
libsqlite=$(ls "$repo/src/Reader.Cli/bin/Release/net10.0/runtimes/linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')/native/libe_sqlite3.so")
cat >"$work/query.py" <<'PY'
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
lib.sqlite3_column_text.restype = ctypes.c_char_p
lib.sqlite3_errmsg.restype = ctypes.c_char_p
db = ctypes.c_void_p()
if lib.sqlite3_open_v2(sys.argv[2].encode(), ctypes.byref(db), 2, None) != 0:
    sys.exit("cannot open " + sys.argv[2])
lib.sqlite3_busy_timeout(db, 10000)
statement, tail = ctypes.c_void_p(), ctypes.c_char_p()
if lib.sqlite3_prepare_v2(db, sys.argv[3].encode(), -1, ctypes.byref(statement), ctypes.byref(tail)) != 0:
    sys.exit("SQL error: " + lib.sqlite3_errmsg(db).decode())
while lib.sqlite3_step(statement) == 100:
    print("|".join((lib.sqlite3_column_text(statement, i) or b"").decode() for i in range(lib.sqlite3_column_count(statement))))
lib.sqlite3_finalize(statement)
lib.sqlite3_close(db)
PY

cli() { dotnet "$cli_dll" "$@"; }
q() { python3 "$work/query.py" "$libsqlite" "$db" "$1"; }

# What a transcript holds, from the parser itself: every file is the seed with another title.
read -r expected_segments expected_chapters < <(cli parse "$seed" 2>/dev/null | sed -n 's/.*, \([0-9]*\) segments, \([0-9]*\) chapters.*/\1 \2/p')
[[ "${expected_segments:-0}" -gt 0 ]] || { echo "Could not parse the seed"; exit 2; }

write_transcripts() { # round
    mkdir -p "$transcripts"
    for i in $(seq 1 "$copies"); do
        sed "s|$title|Copy $i, round $1|" "$seed" >"$transcripts/copy-$(printf %03d "$i").txt"
    done
}

random_delay() { # min max (seconds, decimals allowed)
    awk -v min="$1" -v max="$2" -v r="$RANDOM" 'BEGIN { printf "%.2f", min + (max - min) * r / 32767 }'
}

fail() { echo "  FAIL after $1: $2"; failures=$((failures + 1)); }

check() { # what was killed
    [[ -f "$db" ]] || return 0
    local integrity
    integrity=$(q "PRAGMA integrity_check;")
    [[ "$integrity" == "ok" ]] || fail "$1" "integrity_check: $integrity"
    [[ $(q "SELECT COUNT(*) FROM sqlite_master WHERE name = 'SegmentSearch';") == 1 ]] || return 0

    local partial
    partial=$(q "SELECT SourceFile || ': ' || (SELECT COUNT(*) FROM Segments s WHERE s.EpisodeId = e.Id) || ' segments, '
                        || (SELECT COUNT(*) FROM Chapters c WHERE c.EpisodeId = e.Id) || ' chapters'
                 FROM Episodes e
                 WHERE (SELECT COUNT(*) FROM Segments s WHERE s.EpisodeId = e.Id) <> $expected_segments
                    OR (SELECT COUNT(*) FROM Chapters c WHERE c.EpisodeId = e.Id) <> $expected_chapters;")
    [[ -z "$partial" ]] || fail "$1" "partial episodes: $partial"

    local indexed stored
    indexed=$(q "SELECT rowid >> 24, COUNT(*) FROM SegmentSearch GROUP BY 1 ORDER BY 1;")
    stored=$(q "SELECT EpisodeId, COUNT(*) FROM Segments GROUP BY 1 ORDER BY 1;")
    [[ "$indexed" == "$stored" ]] || fail "$1" "search index rows differ from segments (index: $(echo "$indexed" | wc -l) episodes, segments: $(echo "$stored" | wc -l))"

    if ! timeout 60 dotnet "$cli_dll" list >/dev/null 2>"$work/list.log"; then
        fail "$1" "the next start (reader list) hung or failed: $(tail -n 3 "$work/list.log")"
    elif [[ $(q "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsLock';") == 1 &&
            $(q "SELECT COUNT(*) FROM __EFMigrationsLock;") != 0 ]]; then
        fail "$1" "a migration lock is left after the next start"
    fi
}


start_web() { # port, name of the start
    web_log="$work/web-$2.log"
    (cd "$web_dir" && ASPNETCORE_URLS="http://127.0.0.1:$1" Reader__SeedsFolder="$transcripts" \
        Serilog__MinimumLevel__Default=Information exec dotnet Reader.Web.dll) >"$web_log" 2>&1 &
    web_pid=$!
}

serves_within() { # port seconds
    local deadline=$((SECONDS + $2))
    while ((SECONDS < deadline)); do
        status=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$1/")
        [[ "$status" == 200 ]] && return 0
        kill -0 "$web_pid" 2>/dev/null || { status="exited"; return 1; }
        sleep 0.2
    done
    return 1
}

stop_web() { kill -9 "$web_pid" 2>/dev/null; wait "$web_pid" 2>/dev/null; web_pid=""; }

cli_kills=0 web_kills=0 finished=0
[[ "$kinds" == web ]] && import_rounds=0 || import_rounds=$kills
[[ "$kinds" == import ]] && web_rounds=0 || web_rounds=$kills
echo "Killing \`reader import\` of $copies transcripts $import_rounds times…"
for round in $(seq 1 "$import_rounds"); do
    write_transcripts "$round"
    # dotnet itself, not a function's subshell, so that the kill reaches the importer.
    dotnet "$cli_dll" import "$transcripts" >/dev/null 2>&1 &
    pid=$!
    sleep "$(random_delay 0.3 6)"
    if kill -9 "$pid" 2>/dev/null; then
        cli_kills=$((cli_kills + 1))
    else
        finished=$((finished + 1))
    fi
    wait "$pid" 2>/dev/null
    check "import kill $round"
done

echo "Killing the web app during start-up $web_rounds times…"
for round in $(seq 1 "$web_rounds"); do
    ((round % 2 == 1)) && rm -f "$db" "$db-wal" "$db-shm"
    write_transcripts "web-$round"
    port=$(free_port)
    start_web "$port" "$round-killed"
    sleep "$(random_delay 0.2 5)"
    if kill -0 "$web_pid" 2>/dev/null; then web_kills=$((web_kills + 1)); fi
    stop_web
    check "web kill $round"
    start_web "$port" "$round-next"
    serves_within "$port" 60 || fail "web kill $round" "the next web start did not serve / within 60 s (last answer: $status); see $web_log"
    stop_web
done

echo "kill-during-import: $((cli_kills + web_kills)) kills ($cli_kills of reader import, $web_kills of the web app; $finished imports finished first), $failures failures"
((failures == 0))
