#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates workspace JSON files against the JSON Schema (draft 2020-12) with python3-jsonschema.

usage: validatejson.py SCHEMA [--expect-invalid] [--at-least N] FILE|DIR...
Each error is printed with its JSON pointer and the rule it breaks. Exit 0 when every file is
valid (or, with --expect-invalid, when every file is invalid), 1 otherwise. Directories are
searched for *.json; --at-least N fails when fewer files than N were checked, so an empty
directory cannot pass.
"""
import json
import pathlib
import sys

import jsonschema


def pointer(path):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def main(argv):
    schema_path, *rest = argv
    expect_invalid = "--expect-invalid" in rest
    at_least = 1
    files = []
    it = iter(rest)
    for arg in it:
        if arg == "--expect-invalid":
            continue
        if arg == "--at-least":
            at_least = int(next(it))
            continue
        p = pathlib.Path(arg)
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    ok = True
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
            errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        except json.JSONDecodeError as e:
            errors = None
            print(f"{f}: not JSON: {e}")
        if errors is None or errors:
            for e in errors or []:
                print(f"{f}: at {pointer(e.absolute_path)}: {e.validator} {e.validator_value!r}: {e.message}")
            if not expect_invalid:
                ok = False
        else:
            print(f"{f}: valid")
            if expect_invalid:
                print(f"{f}: expected to be invalid")
                ok = False
    if len(files) < at_least:
        print(f"only {len(files)} files checked; expected at least {at_least}")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
