#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads each moments CSV of a directory with Python's csv module (strict RFC 4180 dialect)
and checks the header and that every row is as wide as it. Exit 1 on any failure or when no
file was found."""
import csv
import pathlib
import sys

HEADER = ["id", "journey", "stage", "lane", "position", "title", "emotion", "importance",
          "moment that matters", "owner", "channel", "evidence", "tags", "linked elements",
          "linked metrics"]

files = sorted(pathlib.Path(sys.argv[1]).glob("*.csv"))
ok = bool(files)
for f in files:
    raw = f.read_bytes()
    with f.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    widths = {len(r) for r in rows}
    print(f"{f}: {len(rows) - 1} moments")
    if rows[0] != HEADER or widths != {len(HEADER)} or not raw.endswith(b"\r\n") or len(rows) < 2:
        print(f"{f}: bad header {rows[0]} or widths {widths}")
        ok = False
if not files:
    print("no CSV files found")
sys.exit(0 if ok else 1)
