#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every Text and Label in qml/ shows its text as plain text.

Qt Quick's default, Text.AutoText, renders anything that looks like HTML as rich text, and rich
text loads <img src="http://…"> from the network. Titles, names and notes come from imports and,
since issue 16, from participants' phones, so none of them may be read as HTML: each Text and
Label sets textFormat: Text.PlainText, and no file asks for rich, styled or Markdown text.

usage: plaintext_audit.py QML_DIR   (exit 1 listing each place that breaks the rule)
"""
import pathlib
import re
import sys

OPEN = re.compile(r'(?:^|[\s;{])(?:[\w.]+\s*:\s*)?(Text|Label)\s*\{')
RICH = re.compile(r'Text\.(RichText|StyledText|MarkdownText|AutoText)\b')


def block_start(lines, i, col):
    """The text of the block opened at lines[i][col:], up to its first nested block or 3 lines."""
    text = lines[i][col:]
    for extra in lines[i + 1:i + 3]:
        text += '\n' + extra
    return text


def main():
    root = pathlib.Path(sys.argv[1])
    problems = []
    count = 0
    for path in sorted(root.rglob('*.qml')):
        lines = path.read_text(encoding='utf-8').split('\n')
        for i, line in enumerate(lines):
            code = line.split('//')[0]
            if RICH.search(code):
                problems.append(f'{path}:{i + 1}: asks for {RICH.search(code).group(0)}')
            for m in OPEN.finditer(code):
                count += 1
                start = block_start(lines, i, m.end())
                if not re.match(r'\s*textFormat:\s*Text\.PlainText', start):
                    problems.append(f'{path}:{i + 1}: {m.group(1)} without textFormat: Text.PlainText first')
    for p in problems:
        print(p)
    print(f'{count} Text and Label elements checked, {len(problems)} problems')
    if count < 100:
        print('too few elements found: is QML_DIR the qml folder?')
        return 1
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
