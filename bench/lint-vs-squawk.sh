#!/usr/bin/env bash
# Times `review lint --format json` against `squawk --reporter json` (squawk-cli from PyPI) on the same
# PostgreSQL schema, alternating the two, and prints each median and the ratio review / squawk.
#
#   bench/lint-vs-squawk.sh [FILE]        default FILE: ../shared/corpus/pg-danbooru.sql; RUNS=N (default 15)
#
# Builds review in release mode; installs squawk-cli into bench/.venv (gitignored) on first use.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
file="${1:-$root/../shared/corpus/pg-danbooru.sql}"
runs="${RUNS:-15}"
squawk_version="${SQUAWK_VERSION:-2.70.0}"
[ -f "$file" ] || { echo "lint-vs-squawk: no such file: $file" >&2; exit 2; }

swift build -c release --product review >&2
venv="$root/bench/.venv"
if [ ! -x "$venv/bin/squawk" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "squawk-cli==$squawk_version"
fi

python3 - "$root/.build/release/review" "$venv/bin/squawk" "$file" "$runs" <<'PY'
import json, statistics, subprocess, sys, time
review, squawk, path, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
commands = {
    "review": [review, "lint", "--format", "json", "--dialect", "postgresql", path],
    "squawk": [squawk, "--reporter", "json", path],
}
def run(name):
    start = time.perf_counter()
    done = subprocess.run(commands[name], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - start, done
# One untimed run each: warm the page cache and check both really produced JSON.
for name in commands:
    _, done = run(name)
    out = done.stdout.decode()
    try:
        data = json.loads(out)
    except ValueError:
        sys.exit(f"{name} did not print JSON (exit {done.returncode}): {done.stderr.decode()[:400]}")
    if name == "review" and any(f["ruleId"] in ("unsupported-dialect", "syntax-error") for f in data["findings"]):
        sys.exit("review could not read the file (unsupported dialect or syntax errors); a timing would mean nothing")
    count = len(data["findings"]) if name == "review" else len(data) if isinstance(data, list) else "?"
    print(f"{name}: exit {done.returncode}, {count} findings, {len(out)} bytes of JSON")
times = {name: [] for name in commands}
for index in range(runs):
    order = ["review", "squawk"] if index % 2 == 0 else ["squawk", "review"]
    for name in order:
        elapsed, _ = run(name)
        times[name].append(elapsed)
medians = {name: statistics.median(values) for name, values in times.items()}
for name, values in times.items():
    print(f"{name}: median {medians[name]*1000:.1f} ms over {runs} runs (min {min(values)*1000:.1f}, max {max(values)*1000:.1f})")
print(f"ratio review / squawk (medians): {medians['review'] / medians['squawk']:.2f}")
PY
