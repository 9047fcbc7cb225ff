#!/usr/bin/env bash
# Runs `review lint --format json` over every .sql file of the shared corpus and prints a Markdown table of
# finding counts: one row per rule, one column per file (also written to bench/out/lint-corpus-table.md).
#
#   bench/lint-corpus-table.sh [CORPUS_DIR]     default: ../shared/corpus
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
corpus="${1:-$root/../shared/corpus}"
[ -d "$corpus" ] || { echo "lint-corpus-table: no such directory: $corpus" >&2; exit 2; }
swift build -c release --product review >&2
mkdir -p bench/out
for file in "$corpus"/*.sql; do
    name="$(basename "$file" .sql)"
    # Findings make review exit 1; that is expected here.
    "$root/.build/release/review" lint --format json --fail-on never "$file" > "bench/out/lint-$name.json" || true
done
python3 - "$root/bench/out" "$corpus" <<'PY' | tee bench/out/lint-corpus-table.md
import collections, glob, json, os, sys
out, corpus = sys.argv[1], sys.argv[2]
names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(corpus, "*.sql")))
counts = collections.defaultdict(dict)
dialects = {}
for name in names:
    data = json.load(open(os.path.join(out, f"lint-{name}.json")))
    dialects[name] = data["files"][0]["dialect"] if data["files"] else "?"
    for finding in data["findings"]:
        counts[finding["ruleId"]][name] = counts[finding["ruleId"]].get(name, 0) + 1
print("| rule | " + " | ".join(names) + " |")
print("|---|" + "---:|" * len(names))
print("| *(dialect)* | " + " | ".join(dialects[n] for n in names) + " |")
for rule in sorted(counts):
    print(f"| {rule} | " + " | ".join(str(counts[rule].get(n, "")) for n in names) + " |")
print("| **total** | " + " | ".join(str(sum(counts[r].get(n, 0) for r in counts)) for n in names) + " |")
PY
