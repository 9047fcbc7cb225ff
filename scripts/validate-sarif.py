#!/usr/bin/env python3
"""Validate SARIF logs (e.g. `review lint --format sarif` output) against the SARIF 2.1.0 JSON schema.

Usage: scripts/validate-sarif.py SCHEMA.json LOG.sarif [LOG.sarif ...]

SCHEMA.json is OASIS's `sarif-schema-2.1.0.json` (repository oasis-tcs/sarif-spec, folder Schemata/); it is
third-party text and not shipped with review. Needs the `jsonschema` Python package. Exits 0 when every log is
valid, 1 when one is not (each error is printed with its JSON path), 2 on bad usage.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate-sarif: the jsonschema package is missing; pip install jsonschema")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    failed = False
    for path in argv[2:]:
        with open(path, encoding="utf-8") as handle:
            log = json.load(handle)
        errors = sorted(validator.iter_errors(log), key=lambda error: list(error.absolute_path))
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: {where}: {error.message}")
        results = sum(len(run.get("results") or []) for run in log.get("runs") or [])
        print(f"{path}: {'INVALID' if errors else 'valid'} SARIF 2.1.0 ({results} results)")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
