#!/usr/bin/env bash
# Issue 6's figures: the whole `review FILE.sql` process with a loopback panel of three, against
# `review lint FILE.sql` on the same file, both release builds, in one run.
#   (a) panel answering at once:   review / lint  should be <= 1.5
#   (b) panel answering after 1 s: review - lint  should be <= 1 s + that lint time
# Every review runs with --no-cache: the memory would otherwise answer repeated runs from its response cache.
# Usage: bench/review-vs-lint.sh [schema.sql] [runs]   (default: ../shared/corpus/pg-danbooru.sql, 11 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/corpus/pg-danbooru.sql}
runs=${2:-11}
file=$(realpath "$file")
swift build -c release --product review >/dev/null
swift build -c release --product loopback-panel >/dev/null
bin=$(pwd)/.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"; kill $(jobs -p) 2>/dev/null || true' EXIT

start_panel() { # $1 = delay in ms; the base URL goes to $work/url-$1
    "$bin/loopback-panel" --delay-ms "$1" > "$work/url-$1" &
    for _ in $(seq 100); do [ -s "$work/url-$1" ] && break; sleep 0.05; done
}

config() { # $1 = base URL, $2 = directory
    mkdir -p "$2"
    for m in a b c; do
        printf '[[panelist]]\nname = "%s"\nprovider = "openai-compatible"\nmodel = "panel-%s"\nbase_url = "%s/v1"\nretries = 0\n\n' "$m" "$m" "$1"
    done > "$2/review.toml"
}

start_panel 0; config "$(head -1 "$work/url-0")" "$work/instant"
start_panel 1000; config "$(head -1 "$work/url-1000")" "$work/delayed"

time_ms() { # runs "$@" in directory $dir, prints wall milliseconds
    local s e
    s=$(date +%s%N); (cd "$dir" && "$@" >/dev/null 2>&1 || [ $? -le 1 ]); e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
}

lint=(); instant_times=(); delayed_times=()
for i in $(seq "$runs"); do
    dir=$work/instant; lint+=("$(time_ms "$bin/review" lint "$file" --fail-on never)")
    dir=$work/instant; instant_times+=("$(time_ms "$bin/review" "$file" --no-cache --out "$work/instant/reports")")
    dir=$work/delayed; delayed_times+=("$(time_ms "$bin/review" "$file" --no-cache --out "$work/delayed/reports")")
done
records=$(ls "$work/instant/reports"/*.md | wc -l)
[ "$records" -eq "$runs" ] || { echo "expected $runs records, found $records" >&2; exit 1; }
for r in "$work/instant/reports" "$work/delayed/reports"; do
    grep -q "tier \*\*unanimous" "$(ls "$r"/*.md | head -1)" || { echo "the panel did not answer in $r" >&2; exit 1; }
done

python3 - "$file" "${lint[*]}" "${instant_times[*]}" "${delayed_times[*]}" <<'PY'
import statistics, sys
name = sys.argv[1].rsplit("/", 1)[-1]
lint, instant, delayed = ([int(x) for x in a.split()] for a in sys.argv[2:5])
m = statistics.median
print(f"file: {name}, {len(lint)} runs each, medians (min in brackets)")
print(f"review lint:                 {m(lint):7.0f} ms  [{min(lint)}]")
print(f"review, panel answers at once: {m(instant):5.0f} ms  [{min(instant)}]   ratio to lint {m(instant)/m(lint):.2f}  (goal <= 1.5); ratio of minima {min(instant)/min(lint):.2f}")
print(f"review, panel after 1 s:     {m(delayed):7.0f} ms   minus lint {m(delayed)-m(lint):.0f} ms  (goal <= 1000 + {m(lint):.0f})")
PY
