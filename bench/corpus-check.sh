#!/usr/bin/env bash
# Reads every file of the shared corpus with `review inspect` and fails when what is read drifts from the
# counts verified by hand, then recounts independently where it can: SQLite files with the sqlite3 CLI
# (load the file, count from sqlite_schema and the pragmas), mysql-sakila and the PostgreSQL files with grep
# and awk from the text; pg-pagila must give exactly one parse error (its PostgreSQL 18 VIRTUAL generated
# column) and the rest of the file read. The corpus is not part of the project: a manual check, not a unit test.
#
# Usage: bench/corpus-check.sh [path/to/review]   (default: a release build, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${CORPUS:-../shared/corpus}"
review="${1:-.build/release/review}"
if [ ! -x "$review" ]; then swift build -c release --product review >/dev/null; fi
command -v jq >/dev/null || { echo "error: jq is needed to read review's JSON output; install it (apt-get install jq)" >&2; exit 2; }

failures=0
count() { grep -Ec "$1" "$2" || true; }  # grep -c exits 1 when it counts 0
# file  dialect  tables columns indexes foreign-keys views checks parse-errors
expected="
pg-sakila.sql       postgresql 21  123 29  40 7 6 0
pg-pagila.sql       postgresql 70  464 33  35 8 0 1
pg-danbooru.sql     postgresql 66  641 391 93 2 0 0
pg-synapse.sql      postgresql 134 624 155 14 0 5 0
pg-chinook.sql      postgresql 11  64  11  11 0 0 0
sqlite-sakila.sql   sqlite     16  89  24  22 5 2 0
sqlite-chinook.sql  sqlite     11  64  11  11 0 0 0
sqlite-synapse.sql  sqlite     132 614 144 14 0 5 0
mysql-sakila.sql    mysql      16  89  23  22 7 0 0
mysql-chinook.sql   mysql      11  64  11  11 0 0 0
mysql-employees.sql mysql      6   24  1   6  2 0 0
"
while read -r file dialect tables columns indexes fks views checks errors; do
    [ -n "$file" ] || continue
    json=$("$review" inspect --format json "$corpus/$file") || { echo "FAIL $file: review exited with $?"; failures=$((failures + 1)); continue; }
    actual=$(jq -r '[.dialect, (.model.tables | length), ([.model.tables[].columns | length] | add),
                     ([.model.tables[].indexes | length] | add), ([.model.tables[].foreignKeys | length] | add),
                     (.model.views | length), ([.model.tables[].checks | length] | add),
                     ([.diagnostics[] | select(.severity == "error")] | length)] | join(" ")' <<<"$json")
    want="$dialect $tables $columns $indexes $fks $views $checks $errors"
    if [ "$actual" = "$want" ]; then
        echo "ok   $file: $actual"
    else
        echo "FAIL $file: read $actual, expected $want (dialect tables columns indexes fks views checks errors)"
        failures=$((failures + 1))
    fi
done <<<"$expected"

# Recount independently where the tools are at hand, so the table above cannot silently go stale.
if command -v sqlite3 >/dev/null; then
    for file in sqlite-sakila.sql sqlite-chinook.sql sqlite-synapse.sql; do
        db=$(mktemp)
        sqlite3 "$db" <"$corpus/$file" >/dev/null
        counts=$(sqlite3 "$db" "
            SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%';
            SELECT sum((SELECT count(*) FROM pragma_table_xinfo(l.name) WHERE hidden != 1)) FROM pragma_table_list l
                WHERE l.schema = 'main' AND l.type IN ('table', 'virtual') AND l.name NOT LIKE 'sqlite_%';
            SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL;
            SELECT sum((SELECT count(DISTINCT id) FROM pragma_foreign_key_list(s.name))) FROM sqlite_schema s WHERE s.type = 'table';
            SELECT count(*) FROM sqlite_schema WHERE type = 'view';" | tr '\n' ' ')
        rm -f "$db"
        stated=$(awk -v f="$file" '$1 == f { print $3, $4, $5, $6, $7 }' <<<"$expected")
        if [ "${counts% }" = "$stated" ]; then echo "ok   $file: the sqlite3 CLI agrees ($stated)"; else
            echo "FAIL $file: the sqlite3 CLI counts $counts, the table above says $stated"; failures=$((failures + 1)); fi
    done
fi
bodies=$(awk '/^CREATE TABLE/ { inside = 1; next } inside && /^\)/ { inside = 0 } inside' "$corpus/mysql-sakila.sql")
grep_counts="$(grep -c '^CREATE TABLE' "$corpus/mysql-sakila.sql") \
$(grep -Evc '^\s*(PRIMARY KEY|KEY|UNIQUE KEY|FULLTEXT KEY|CONSTRAINT)' <<<"$bodies") \
$(grep -Ec '^\s*(KEY|UNIQUE KEY|FULLTEXT KEY)' <<<"$bodies") $(grep -c 'FOREIGN KEY' <<<"$bodies") \
$(grep -Ec '^CREATE .*VIEW' "$corpus/mysql-sakila.sql")"
stated=$(awk '$1 == "mysql-sakila.sql" { print $3, $4, $5, $6, $7 }' <<<"$expected")
if [ "$grep_counts" = "$stated" ]; then echo "ok   mysql-sakila.sql: grep agrees ($stated)"; else
    echo "FAIL mysql-sakila.sql: grep counts $grep_counts, the table above says $stated"; failures=$((failures + 1)); fi

# pg-sakila recounted from the text: CREATE TABLE statements; column lines of the multi-line tables plus
# the 6 columns of payment that each of its 6 INHERITS children inherits; CREATE INDEX; FOREIGN KEY;
# CREATE VIEW; CHECK constraints of tables (the one in CREATE DOMAIN year is not a table's).
file=pg-sakila.sql
path="$corpus/$file"
payment_columns=$(awk '/^CREATE TABLE payment \($/ { inside = 1; next } inside && /^\)/ { inside = 0 } inside' "$path" | grep -Evc '^\s*CONSTRAINT')
children=$(grep -c '^INHERITS (payment);' "$path")
own_columns=$(awk '/^CREATE TABLE .*\($/ { inside = 1; next } inside && /^\)/ { inside = 0 } inside' "$path" | grep -Evc '^\s*CONSTRAINT')
grep_counts="$(grep -c '^CREATE TABLE' "$path") $((own_columns + payment_columns * children)) \
$(grep -Ec '^CREATE (UNIQUE )?INDEX' "$path") $(grep -c 'FOREIGN KEY' "$path") $(grep -Ec '^CREATE (MATERIALIZED )?VIEW' "$path") \
$(grep -c '^CREATE TABLE .*CHECK' "$path")"
stated=$(awk -v f="$file" '$1 == f { print $3, $4, $5, $6, $7, $8 }' <<<"$expected")
if [ "$grep_counts" = "$stated" ]; then echo "ok   $file: grep agrees ($stated)"; else
    echo "FAIL $file: grep counts $grep_counts, the table above says $stated"; failures=$((failures + 1)); fi

# The plain pg_dump files: tables, indexes, foreign keys and views recounted with grep (one statement per
# CREATE, one FOREIGN KEY per constraint).
for file in pg-danbooru.sql pg-synapse.sql pg-chinook.sql; do
    path="$corpus/$file"
    counts="$(count '^CREATE (UNLOGGED )?TABLE' "$path") $(count '^CREATE (UNIQUE )?INDEX' "$path") \
$(count 'FOREIGN KEY' "$path") $(count '^CREATE (OR REPLACE )?(MATERIALIZED )?VIEW' "$path")"
    stated=$(awk -v f="$file" '$1 == f { print $3, $5, $6, $7 }' <<<"$expected")
    if [ "$counts" = "$stated" ]; then echo "ok   $file: grep agrees (tables indexes fks views: $stated)"; else
        echo "FAIL $file: grep counts $counts, the table above says $stated"; failures=$((failures + 1)); fi
done

# pg-pagila: 71 CREATE TABLE, 38 CREATE INDEX, 37 FOREIGN KEY in the text; film (the VIRTUAL column) is not
# read, and with it its 4 indexes and 2 foreign keys; one index is on a materialized view (not a table).
# The one error is the VIRTUAL column, and its line is the one grep finds.
file=pg-pagila.sql
line=$(grep -n 'VIRTUAL' "$corpus/$file" | head -1 | cut -d: -f1)
reported=$("$review" inspect --format json "$corpus/$file" | jq -r '[.diagnostics[] | select(.severity == "error")][0].location.line')
if [ "$line" = "$reported" ]; then echo "ok   $file: the parse error is on line $line, where VIRTUAL is"; else
    echo "FAIL $file: the parse error is reported on line $reported, VIRTUAL is on line $line"; failures=$((failures + 1)); fi

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all counts as verified"
