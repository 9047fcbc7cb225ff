#!/usr/bin/env bash
# Issue 8's figure: `review audit` of 200 schema items with a loopback panel of three, each reply delayed
# 200 ms, --concurrency 16 (and provider_concurrency 16, since the three panelists share one host).
# Ideal: ceil(600 / 16) x 0.2 s = 7.6 s. Reports wall time / ideal (goal <= 1.15), the median of the runs,
# and the peak memory (max RSS from /usr/bin/time -v). Every run starts with an empty memory and reports
# directory, so nothing is carried or answered from the response cache. Release build.
# Usage: bench/audit-throughput.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
items=200; panel=3; concurrency=16; delay_ms=200
swift build -c release --product review >/dev/null
swift build -c release --product loopback-panel >/dev/null
bin=$(pwd)/.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"; kill $(jobs -p) 2>/dev/null || true' EXIT

"$bin/loopback-panel" --delay-ms "$delay_ms" > "$work/url" &
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.05; done
url=$(head -1 "$work/url")
{
    printf '[panel]\nprovider_concurrency = %d\n\n' "$concurrency"
    for m in a b c; do
        printf '[[panelist]]\nname = "%s"\nprovider = "openai-compatible"\nmodel = "panel-%s"\nbase_url = "%s/v1"\nretries = 0\n\n' "$m" "$m" "$url"
    done
} > "$work/review.toml"

# 200 small SQLite schemas, each a little different (a customers/orders pair named after the item).
mkdir -p "$work/audit"
for i in $(seq -w 1 "$items"); do
    cat > "$work/audit/shop$i.sql" <<SQL
CREATE TABLE customers_$i (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE orders_$i (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers_$i (id),
  total_cents INTEGER NOT NULL, status TEXT NOT NULL);
CREATE INDEX orders_${i}_status ON orders_$i (status);
SQL
done

ideal=$(awk -v n=$((items * panel)) -v c=$concurrency -v d=$delay_ms 'BEGIN { printf "%.3f", int((n + c - 1) / c) * d / 1000 }')
walls=(); rss=()
for run in $(seq "$runs"); do
    rm -rf "$work/.review" "$work/reports"
    (cd "$work" && /usr/bin/time -v "$bin/review" audit audit --concurrency "$concurrency" --fail-on none \
        >/dev/null 2>"$work/time.txt") || [ $? -le 1 ]
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    asked=$(grep -c '| asked |' "$work"/reports/audits/*/index.md)
    echo "run $run: wall ${wall} s, ratio $(awk -v w="$wall" -v i="$ideal" 'BEGIN { printf "%.3f", w / i }'), max RSS ${kb} KB, items asked ${asked}"
    walls+=("$wall"); rss+=("$kb")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
mw=$(median "${walls[@]}"); mr=$(median "${rss[@]}")
echo "items $items, panel $panel, delay ${delay_ms} ms, concurrency $concurrency: ideal ${ideal} s"
echo "median wall ${mw} s, ratio $(awk -v w="$mw" -v i="$ideal" 'BEGIN { printf "%.3f", w / i }') (goal <= 1.15); median max RSS $((mr / 1024)) MB"
