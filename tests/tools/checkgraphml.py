#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads each GraphML file of a directory with networkx and checks the attributes CX Atlas
writes: every node has uid, kind and title; every edge has a relation. Exit 1 on any failure
or when no file was found."""
import pathlib
import sys

import networkx as nx

KINDS = {"persona", "journey", "moment", "story", "experience", "service", "system", "process",
         "data", "metric", "insight", "opportunity"}

files = sorted(pathlib.Path(sys.argv[1]).glob("*.graphml"))
ok = bool(files)
for f in files:
    g = nx.read_graphml(f)
    bad = [n for n, a in g.nodes(data=True) if not {"uid", "kind", "title"} <= a.keys() or a["kind"] not in KINDS]
    bad_edges = [e for e in g.edges(data=True) if "relation" not in e[2]]
    print(f"{f}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, directed={g.is_directed()}")
    if bad or bad_edges or not g.is_directed() or g.number_of_nodes() == 0:
        print(f"{f}: bad nodes {bad[:3]}, bad edges {bad_edges[:3]}")
        ok = False
if not files:
    print("no GraphML files found")
sys.exit(0 if ok else 1)
