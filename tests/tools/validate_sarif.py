#!/usr/bin/python3
"""Validates SARIF logs against the official SARIF 2.1.0 JSON schema (draft-04).

    validate_sarif.py SCHEMA FILE...

Prints every schema violation with its JSON path; exits 1 if any file is invalid.
"""
import json
import sys

import jsonschema


def main() -> int:
    schema_path, files = sys.argv[1], sys.argv[2:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    # The schema declares draft-04; check it is what we think before trusting a pass.
    assert schema.get("$schema", "").startswith("http://json-schema.org/draft-04/"), schema.get("$schema")
    validator = jsonschema.Draft4Validator(schema)
    bad = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path)
            print(f"{path}: /{where}: {e.message}")
        if errors:
            bad += 1
        else:
            print(f"{path}: valid SARIF 2.1.0 ({len(log['runs'][0]['results'])} results)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
