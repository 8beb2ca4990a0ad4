#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads each CSV of a directory with Python's csv module (strict RFC 4180 dialect): moments
CSVs, and the CSVs of voting rounds' results (files named *votes*.csv). Checks the header and
that every row is as wide as it. Exit 1 on any failure or when no file was found."""
import csv
import pathlib
import sys

MOMENTS = ["id", "journey", "stage", "lane", "position", "title", "emotion", "importance",
           "moment that matters", "owner", "channel", "evidence", "tags", "linked elements",
           "linked metrics"]
VOTES = ["round", "round started", "round ended", "journey", "rank", "tied", "moment", "stage",
         "lane", "dots", "dots per participant", "moment id"]

files = sorted(pathlib.Path(sys.argv[1]).glob("*.csv"))
ok = bool(files)
for f in files:
    header = VOTES if "votes" in f.name else MOMENTS
    raw = f.read_bytes()
    with f.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    widths = {len(r) for r in rows}
    print(f"{f}: {len(rows) - 1} rows")
    if rows[0] != header or widths != {len(header)} or not raw.endswith(b"\r\n") or len(rows) < 2:
        print(f"{f}: bad header {rows[0]} or widths {widths}")
        ok = False
if not files:
    print("no CSV files found")
sys.exit(0 if ok else 1)
