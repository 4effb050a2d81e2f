#!/usr/bin/env bash
# Starts Reader (Release) on a database broken in each way an operator meets, and checks what it says and does.
#
#   tests/faults/database-faults.sh
#
#   read-only   the file 0444 and its folder 0555, the app run as nobody (root writes through permission bits):
#               it serves / and the episode, /readyz says read-only, POST /import is 503 with words, one log line
#   damaged     garbage written into page 2 of a copy: the start exits non-zero with one line naming the file
#               and `reader rebuild`, no stack
#   truncated   the file cut to a third: the same
#   deleted     the file deleted under the running app, then `reader import` makes a new one at the path: the
#               app logs it, reopens the new file (/readyz ready again) and serves the seed from it
# Needs bash, curl, setpriv (when run as root). Prints one line per case and a summary; exits 1 on any failure.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/reader-db-faults-XXXXXX")
chmod 755 "$work"
web_pid=""
failures=0
cleanup() {
    if [[ -n "$web_pid" ]]; then kill -9 "$web_pid" 2>/dev/null; wait "$web_pid" 2>/dev/null; fi
    chmod -R u+w "$work" 2>/dev/null
    if ((failures == 0)); then rm -rf "$work"; else echo "Kept $work for a look"; fi
}
trap cleanup EXIT

source "$repo/tests/faults/release-build.sh"
slug=koray-kavukcuoglu-this-is-how-we-are-going-to-build-agi
export Reader__SeedsFolder="$repo/seeds" Reader__DictionaryPackage="$work/no-dictionary" Reader__DatabaseWatchSeconds=1

fail() { echo "  FAIL $1: $2"; failures=$((failures + 1)); }
pass() { echo "  ok   $1"; }

start_web() { # folder, log, [user prefix...]
    local folder=$1 log=$2; shift 2
    port=$(free_port)
    (cd "$web_dir" && ConnectionStrings__Reader="Data Source=$folder/reader.db" Reader__SourcesFolder="$folder/sources" \
        ASPNETCORE_URLS="http://127.0.0.1:$port" exec "$@" dotnet Reader.Web.dll) >"$log" 2>&1 &
    web_pid=$!
}
stop_web() { kill "$web_pid" 2>/dev/null; wait "$web_pid" 2>/dev/null; web_pid=""; }
answers() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$@"; }
ready_within() { # seconds
    local deadline=$((SECONDS + $1))
    while ((SECONDS < deadline)); do
        [[ $(answers "http://127.0.0.1:$port/episodes/$slug") == 200 ]] && return 0
        kill -0 "$web_pid" 2>/dev/null || return 1
        sleep 0.3
    done
    return 1
}
no_stack() { ! grep -qE '^\s+at |Unhandled exception' "$1"; }

# A good database with the seed in it, made by the CLI, copied for each case.
good="$work/good"
mkdir -p "$good"
ConnectionStrings__Reader="Data Source=$good/reader.db;Pooling=False" Reader__SourcesFolder="$good/sources" \
    dotnet "$cli_dll" import "$repo/seeds" >/dev/null 2>&1 || { echo "Could not make the good database"; exit 2; }
fresh() { rm -rf "$work/$1"; mkdir -p "$work/$1/sources"; cp "$good/reader.db" "$work/$1/"; echo "$work/$1"; }

echo "read-only…"
dir=$(fresh read-only)
chmod 444 "$dir/reader.db"; chmod 555 "$dir/sources" "$dir"
if [[ $(id -u) == 0 ]]; then as=(setpriv --reuid=65534 --regid=65534 --clear-groups); else as=(); fi
start_web "$dir" "$work/read-only.log" "${as[@]}"
if ready_within 60; then
    ready=$(curl -s -m 10 "http://127.0.0.1:$port/readyz")
    import=$(curl -s -m 10 -X POST -H 'Accept: application/json' "http://127.0.0.1:$port/import")
    import_status=$(answers -X POST -H 'Accept: application/json' "http://127.0.0.1:$port/import")
    home=$(curl -s -m 10 "http://127.0.0.1:$port/")
    [[ "$ready" == *'"state":"read-only"'* ]] || fail read-only "/readyz: $ready"
    [[ "$import_status" == 503 && "$import" == *read-only* ]] || fail read-only "POST /import answered $import_status: $import"
    [[ "$home" == *"The library is read-only just now"* ]] || fail read-only "the library page does not say read-only"
    [[ $(grep -c 'is read-only' "$work/read-only.log") -ge 1 ]] || fail read-only "no log line says read-only"
    no_stack "$work/read-only.log" || fail read-only "a stack in the log"
    ((failures == 0)) && pass "read-only: serves, /readyz read-only, import 503 in words; log: $(grep -m1 'is read-only' "$work/read-only.log" | cut -c1-160)…"
else
    fail read-only "did not serve the episode within 60 s; see $work/read-only.log"
fi
stop_web
chmod 755 "$dir" "$dir/sources"

for damage in damaged truncated; do
    echo "$damage…"
    dir=$(fresh "$damage")
    if [[ $damage == damaged ]]; then
        head -c 4096 /dev/urandom | dd of="$dir/reader.db" bs=4096 seek=1 conv=notrunc status=none
    else
        size=$(stat -c %s "$dir/reader.db"); truncate -s $((size / 3)) "$dir/reader.db"
    fi
    start_web "$dir" "$work/$damage.log"
    wait "$web_pid"; code=$?; web_pid=""
    line=$(grep -m1 'FTL' "$work/$damage.log")
    if [[ $code != 0 && "$line" == *"$dir/reader.db"* && "$line" == *"reader rebuild"* ]] && no_stack "$work/$damage.log"; then
        pass "$damage: exit $code; $(echo "$line" | cut -c1-200)…"
    else
        fail "$damage" "exit $code; log: $(head -c 600 "$work/$damage.log")"
    fi
done

echo "deleted…"
dir=$(fresh deleted)
start_web "$dir" "$work/deleted.log"
if ready_within 60; then
    rm -f "$dir/reader.db" "$dir/reader.db-wal" "$dir/reader.db-shm"
    sleep 3
    gone=$(curl -s -m 10 "http://127.0.0.1:$port/readyz")
    ConnectionStrings__Reader="Data Source=$dir/reader.db" Reader__SourcesFolder="$dir/sources" dotnet "$cli_dll" import "$repo/seeds" >/dev/null 2>&1
    deadline=$((SECONDS + 30))
    until [[ $(curl -s -m 10 "http://127.0.0.1:$port/readyz") == *'"state":"ready"'* ]] || ((SECONDS > deadline)); do sleep 0.5; done
    page=$(answers "http://127.0.0.1:$port/episodes/$slug")
    [[ "$gone" == *'"state":"gone"'* ]] || fail deleted "/readyz after the deletion: $gone"
    grep -q 'was deleted while the app ran' "$work/deleted.log" || fail deleted "no log line says deleted"
    grep -q 'Reopened' "$work/deleted.log" || fail deleted "the new file was not reopened"
    [[ $page == 200 ]] || fail deleted "the seed answered $page from the new file"
    no_stack "$work/deleted.log" || fail deleted "a stack in the log"
    grep -q 'Reopened' "$work/deleted.log" && [[ $page == 200 ]] && pass "deleted: logged, writes refused (/readyz gone), new file reopened, seed served from it"
else
    fail deleted "did not serve within 60 s"
fi
stop_web

echo "database-faults: 4 cases, $failures failures"
((failures == 0))
