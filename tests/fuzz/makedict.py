#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a libFuzzer dictionary for workspace JSON: every key and every enum value of the schema.

Byte mutations alone rarely spell "mattersMost" or "customer-voice", so without these the fuzzer
keeps to the syntax and the first checks. Usage: makedict.py SCHEMA OUT
"""
import json
import sys


def main() -> int:
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    words = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    words.update(value.keys())
                if key == "enum":
                    words.update(v for v in value if isinstance(v, str))
                if key == "const" and isinstance(value, str):
                    words.add(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(schema)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for word in sorted(words):
            out.write('"\\"%s\\""\n' % word.replace("\\", "\\\\").replace('"', '\\"'))
        for token in ["{", "}", "[", "]", ":", ",", "null", "true", "false", "\\u00e9",
                      "00000000-0000-0000-0000-000000000000", "2026-01-01T00:00:00Z"]:
            out.write('"%s"\n' % token.replace("\\", "\\\\").replace('"', '\\"'))
    print(f"{len(words)} schema words in {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
