#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every interactive QML item has a name a screen reader can say.

Reads every .qml file under the given folder and flags:
  - a control (Button, TextField, ComboBox, CheckBox, Slider, SpinBox, MenuItem, delegates…)
    with neither Accessible.name nor a text that names it (a text of symbols alone, "×" or
    "⋯", does not name anything);
  - a MouseArea or TapHandler that takes clicks, inside an item that has no Accessible.name
    and is not Accessible.ignored (a clickable rectangle a screen reader cannot find);
  - an Accessible.role given without an Accessible.name.
Findings are keyed "file Type context" (context: the item's id, or its first property) so
that the reviewed exceptions in qmlaudit-allow.txt, each with its reason, survive edits.
Exit status 1 on any finding not allowed, or an allowed one that no longer exists."""

import os
import re
import sys

CONTROLS = {"Button", "ToolButton", "RoundButton", "TextField", "TextArea", "ComboBox", "CheckBox",
            "Switch", "RadioButton", "Slider", "RangeSlider", "SpinBox", "ItemDelegate",
            "SwitchDelegate", "CheckDelegate", "RadioDelegate", "MenuItem", "TabButton", "Dial",
            "DelayButton"}
HANDLERS = {"MouseArea", "TapHandler"}


class Block:
    def __init__(self, kind, line, parent):
        self.kind, self.line, self.parent = kind, line, parent
        self.body = []      # the block's own text, children left out
        self.children = []

    def own(self):
        return "".join(self.body)

    def context(self):
        m = re.search(r"^\s*id:\s*(\w+)", self.own(), re.M)
        if m:
            return m.group(1)
        for ln in self.own().splitlines():
            ln = ln.strip()
            if ln and ":" in ln:
                return re.sub(r"\s+", " ", ln)[:60]
        return f"line{self.line}"


def strip_comments(text):
    out, i, n = [], 0, len(text)
    quote = None
    while i < n:
        c = text[i]
        if quote:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
            out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            out.append("\n" * text.count("\n", i, j))
            i = j + 2
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def parse(text):
    text = strip_comments(text)
    root = Block("file", 1, None)
    cur, i, line, quote = root, 0, 1, None
    while i < len(text):
        c = text[i]
        if quote:
            cur.body.append(c)
            if c == "\\":
                cur.body.append(text[i + 1])
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
            cur.body.append(c)
        elif c == "{":
            before = "".join(cur.body)
            m = re.search(r"(?:^|[\s:;])([A-Z][\w.]*)\s*$", before)
            kind = m.group(1).split(".")[-1] if m else "js"
            child = Block(kind, line, cur)
            cur.children.append(child)
            cur = child
        elif c == "}":
            cur = cur.parent or root
        else:
            cur.body.append(c)
        if c == "\n":
            line += 1
        i += 1
    return root


def prop(own, name):
    """The value of a property set in a block's own text (one per line, or after a ";")."""
    m = re.search(r"(?:^|;)[ \t]*" + name + r"[ \t]*:[ \t]*([^;\n]*)", own, re.M)
    return m.group(1).strip() if m else None


def has_name(own):
    return prop(own, r"Accessible\.name") is not None or prop(own, r"Accessible\.ignored") is not None


def names_itself(block):
    own = block.own()
    if has_name(own):
        return True
    value = prop(own, "text")
    if value is None:
        # A Button may name itself through an Action.
        return prop(own, "action") is not None
    literal = re.fullmatch(r'"([^"]*)"', value) or re.fullmatch(r'qsTr\("([^"]*)"\)', value)
    # A literal of symbols alone ("×", "⋯", "+") says nothing; anything with a letter, or a
    # binding, is taken as the name (the control's text is its accessible name).
    return not literal or re.search(r"[^\W\d_]", literal.group(1)) is not None


def takes_clicks(block):
    own = block.own()
    if re.search(r"acceptedButtons:\s*Qt\.NoButton", own):
        return False
    return bool(re.search(r"\bon(Clicked|Pressed|Released|DoubleClicked|Tapped|PositionChanged)\s*:", own))


def enclosing_item(block):
    p = block.parent
    while p is not None and p.kind in ("js",):
        p = p.parent
    return p


def audit(path, rel):
    findings = []

    def walk(block):
        own = block.own()
        if block.kind in CONTROLS and not names_itself(block):
            findings.append(f"{rel} {block.kind} {block.context()}")
        if block.kind in HANDLERS and takes_clicks(block):
            item = enclosing_item(block)
            # An item with a name or deliberately hidden from the tree, or a control (it names
            # itself, checked above), carries the clicks for assistive technology.
            if item is not None and not has_name(item.own()) and item.kind not in CONTROLS:
                findings.append(f"{rel} {block.kind} in {item.kind} {item.context()}")
        # A Text or Label is named by its text.
        if prop(own, r"Accessible\.role") is not None and not has_name(own) and block.kind not in CONTROLS \
                and not (block.kind in ("Text", "Label") and prop(own, "text") is not None):
            findings.append(f"{rel} {block.kind} {block.context()} has a role and no name")
        for child in block.children:
            walk(child)
    with open(path, encoding="utf-8") as f:
        walk(parse(f.read()))
    return findings


def main(argv):
    qml_dir, allow_file = argv[1], argv[2]
    allowed = {}
    with open(allow_file, encoding="utf-8") as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if not ln.strip() or ln.startswith("#"):
                continue
            key, _, why = ln.partition("  # ")
            if not why.strip():
                print(f"qmlaudit: {allow_file}: an exception without its reason: {ln}")
                return 2
            allowed[key.strip()] = why.strip()
    found = []
    for folder, _, files in sorted(os.walk(qml_dir)):
        for name in sorted(files):
            if name.endswith(".qml"):
                path = os.path.join(folder, name)
                found += audit(path, os.path.relpath(path, qml_dir))
    bad = [f for f in found if f not in allowed]
    stale = [k for k in allowed if k not in found]
    for f in bad:
        print(f"qmlaudit: no accessible name: {f}")
    for k in stale:
        print(f"qmlaudit: allowed but no longer found (remove it from the list): {k}")
    print(f"qmlaudit: {len(found)} findings, {len(found) - len(bad)} allowed, {len(bad)} not, {len(stale)} stale")
    return 1 if bad or stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
