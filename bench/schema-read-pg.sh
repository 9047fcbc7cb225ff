#!/usr/bin/env bash
# Times reading a pg_dump schema (release build), taken in one run, medians of N runs:
#   - the whole `review inspect` process on ../shared/corpus/pg-danbooru.sql and on a 4x concatenation
#     of it (~0.8 MB), with MB/s;
#   - the baseline: a C program that calls libpg_query's pg_query_parse on the same file once per
#     process (bench/pg-parse/pg-parse.c), and its in-process parse time;
#   - the ratio of the two whole processes (goal: at most 2x), and `review --version` as process start;
#   - the reader in-process (bench/schema-read, median of N reads in one process) against the bare
#     parse in-process, which separates process start and dynamic linking from reading;
#   - the fingerprint of the model in-process (part of every `review inspect`);
#   - the digest's size as a share of the DDL's bytes (goal: at most 35%).
# The corpus is not part of the project: this is a benchmark, not a test.
#
# Usage: bench/schema-read-pg.sh [runs]   (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${CORPUS:-../shared/corpus}"
runs="${1:-21}"
swift build -c release --product review >/dev/null
swift build -c release --product schema-read >/dev/null
review=.build/release/review
reader=.build/release/schema-read
mkdir -p .build/bench
baseline=.build/bench/pg-parse
cc -O2 -o "$baseline" bench/pg-parse/pg-parse.c -lpg_query

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$corpus/pg-danbooru.sql" "$work/danbooru.sql"
for i in 1 2 3 4; do cat "$corpus/pg-danbooru.sql"; done >"$work/danbooru-x4.sql"

elapsed_us() {  # command... -> its wall time in microseconds (output discarded)
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
}

median() {  # microseconds, one per line -> the median in ms
    sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] / 1000 }'
}

median_ms() {  # command... -> median wall time in ms over $runs runs, after 3 warm-up runs
    for i in 1 2 3; do "$@" >/dev/null; done
    for i in $(seq 1 "$runs"); do elapsed_us "$@"; done | median
}

# The review and the baseline run by turns (review, baseline, review, ...), so that both medians come
# from the same minutes: on a shared machine a minute can be half again as slow as the next one.
paired_ms() {  # file -> "review-median baseline-median"
    local a=() b=()
    for i in 1 2 3; do "$review" inspect --dialect postgresql "$1" >/dev/null; "$baseline" "$1" >/dev/null; done
    for i in $(seq 1 "$runs"); do
        a+=("$(elapsed_us "$review" inspect --dialect postgresql "$1")")
        b+=("$(elapsed_us "$baseline" "$1")")
    done
    echo "$(printf '%s\n' "${a[@]}" | median) $(printf '%s\n' "${b[@]}" | median)"
}

echo "median of $runs runs, one run of this script; review and the bare parse by turns"
echo "  review --version (process start)       $(median_ms "$review" --version) ms"
for file in danbooru.sql danbooru-x4.sql; do
    path="$work/$file"
    bytes=$(wc -c <"$path")
    read -r read_ms parse_ms <<<"$(paired_ms "$path")"
    inner=$("$baseline" "$path" "$runs")
    reader_output=$("$reader" "$path" "$runs" postgresql)
    inner_read=$(head -1 <<<"$reader_output")
    fingerprint=$(sed -n 2p <<<"$reader_output" | cut -d' ' -f2-3)
    digest=$("$review" inspect --dialect postgresql --format digest "$path" | wc -c)
    echo "$file ($bytes bytes):"
    echo "  review inspect, whole process          $read_ms ms  ($(awk -v b="$bytes" -v t="$read_ms" 'BEGIN { printf "%.1f", b / 1048576 / (t / 1000) }') MB/s)"
    echo "  pg_query_parse, whole process          $parse_ms ms  (in-process parse: $inner)"
    echo "  ratio review / bare parse              $(awk -v a="$read_ms" -v b="$parse_ms" 'BEGIN { printf "%.2f", a / b }')x   (goal <= 2x)"
    echo "  in-process: reader $inner_read; bare parse $inner"
    echo "  ratio in-process reader / bare parse   $(awk -v a="${inner_read%% *}" -v b="${inner%% *}" 'BEGIN { printf "%.2f", a / b }')x"
    echo "  fingerprint of the model, in-process   $fingerprint"
    echo "  digest                                 $digest bytes = $(awk -v d="$digest" -v b="$bytes" 'BEGIN { printf "%.1f", 100 * d / b }')% of the DDL (goal <= 35%)"
done
