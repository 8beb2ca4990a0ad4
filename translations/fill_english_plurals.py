#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms of cxatlas_en.ts that lupdate leaves unfinished.

Sources write plurals as "%n moment(s)"; English needs "%n moment" and "%n moments". Run after
`cmake --build build/dev --target update_translations`:  python3 translations/fill_english_plurals.py
"""
import re
import sys
from pathlib import Path

IRREGULAR = {"opportunity(s)": ("opportunity", "opportunities"), "(ies)": ("y", "ies"), "(es)": ("", "es")}


def forms(source: str):
    singular, plural = source, source
    for pattern, (one, many) in IRREGULAR.items():
        singular = singular.replace(pattern, one)
        plural = plural.replace(pattern, many)
    singular = singular.replace("(s)", "")
    plural = plural.replace("(s)", "s")
    return singular, plural


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main() -> int:
    path = Path(__file__).with_name("cxatlas_en.ts")
    text = path.read_text(encoding="utf-8")
    # One message at a time: no part of the pattern may run past the message's own end.
    message = re.compile(
        r'(<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>(?P<source>[^<]*)</source>\s*'
        r'(?:<comment>[^<]*</comment>\s*)?)<translation type="unfinished">\s*(?:<numerusform>[^<]*</numerusform>\s*)*</translation>')
    filled = 0

    def fill(match: re.Match) -> str:
        nonlocal filled
        filled += 1
        source = match.group("source").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        one, many = forms(source)
        indent = "            "
        return (match.group(1) + "<translation>\n" + indent + f"<numerusform>{escape(one)}</numerusform>\n"
                + indent + f"<numerusform>{escape(many)}</numerusform>\n        </translation>")

    text = message.sub(fill, text)
    path.write_text(text, encoding="utf-8")
    print(f"filled {filled} English plural(s) in {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
