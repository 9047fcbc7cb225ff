#!/usr/bin/env bash
# Times the whole `review inspect` process (release build) on the 600 KB chinook dumps of SQLite and
# MySQL (mostly INSERTs, which the readers skip), next to `review --version` as the process-start
# baseline. Prints the median of N runs of each, taken in one run of this script.
#
# Usage: bench/inspect-time-sqlite-mysql.sh [runs]   (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${CORPUS:-../shared/corpus}"
runs="${1:-21}"
swift build -c release --product review >/dev/null
review=.build/release/review

median_ms() {  # command... -> median wall time in ms over $runs runs, after 3 warm-up runs
    local times=()
    for i in $(seq 1 $((runs + 3))); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        if [ "$i" -gt 3 ]; then times+=($(( (end - start) / 1000 ))); fi
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] / 1000 }'
}

echo "median of $runs runs (ms), whole process:"
echo "  review --version (baseline)           $(median_ms "$review" --version)"
for file in sqlite-chinook.sql mysql-chinook.sql; do
    printf '  review inspect %-22s %s\n' "$file" "$(median_ms "$review" inspect "$corpus/$file")"
done
