#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the translations are complete for the sources as they are now.

Copies translations/*.ts into a scratch folder, runs lupdate over core/, app/ and qml/ into the
copies (as `cmake --build … --target update_translations` does), and then requires of each
language: no unfinished, vanished or obsolete message; every plural form filled; each
translation with the same placeholders (%1…%9, %n, %Ln, %L1…) and the same number of menu
mnemonics (&) as its source. The English file holds only plural forms (lupdate -pluralonly).

usage: check_translations.py SOURCE_ROOT LUPDATE
"""
import collections
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?(?:\d|n)')


def mnemonics(text):
    return len(re.findall(r'&(?=[^&\s])', text.replace('&&', '')))


def problems_of(path):
    problems = []
    tree = ET.parse(path)
    for context in tree.getroot().iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{path.name}: {name}: “{source[:60]}”'
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
                problems.append(f'{where}: {kind}')
                continue
            forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
            for form in forms:
                if not form:
                    problems.append(f'{where}: an empty plural form')
                    continue
                wanted = collections.Counter(PLACEHOLDER.findall(source))
                got = collections.Counter(PLACEHOLDER.findall(form))
                # A singular form may say "one" instead of %n.
                if message.get('numerus') == 'yes' and len(forms) > 1:
                    wanted.pop('%n', None), got.pop('%n', None)
                    wanted.pop('%Ln', None), got.pop('%Ln', None)
                if set(wanted) != set(got):
                    problems.append(f'{where}: placeholders {sorted(wanted)} became {sorted(got)} in “{form[:60]}”')
                if mnemonics(source) != mnemonics(form):
                    problems.append(f'{where}: {mnemonics(source)} mnemonic(s) became {mnemonics(form)} in “{form[:60]}”')
    return problems


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    lupdate = sys.argv[2]
    sources = [str(root / folder) for folder in ('core', 'app', 'qml')]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in sorted((root / 'translations').glob('cxatlas_*.ts')):
            copy = pathlib.Path(scratch) / ts.name
            shutil.copy(ts, copy)
            plural_only = ['-pluralonly'] if ts.name == 'cxatlas_en.ts' else []
            run = subprocess.run([lupdate, '-silent', '-locations', 'none', *plural_only, *sources, '-ts', str(copy)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f'{ts.name}: lupdate failed: {run.stderr.strip()}')
                continue
            found = problems_of(copy)
            problems += found
            print(f'{ts.name}: {len(found)} problem(s)')
    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} problem(s). Refresh the files with `cmake --build build/dev --target '
              'update_translations`, then translate what is unfinished.')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
