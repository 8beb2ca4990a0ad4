#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds user-visible text that is not marked for translation.

QML: a string literal with words in the value of text:, title:, placeholderText:, label:,
ToolTip.text:, Accessible.name: or Accessible.description: that is not inside qsTr() (a
comparison operand like `mode === "dark"` is not text). C++: a QStringLiteral or plain literal
with words passed to a UI setter (setText, setTitle, setToolTip, setPlaceholderText,
setWindowTitle, setApplicationDisplayName, setLabel) or to a user-facing error
(Result::failure, fail(), setError, Q_EMIT failed).

Exit status 1 and one line per finding (file:line: the literal) unless every finding is on the
reviewed allow-list beside this script (bare_literals_allowed.txt: "path: literal" lines).
"""
import pathlib
import re
import sys

QML_PROPERTY = re.compile(
    r'^\s*(?:text|title|placeholderText|label|ToolTip\.text|Accessible\.name|Accessible\.description'
    r'|header|displayText)\s*:\s*(.+)$')
TRANSLATED = re.compile(r'qsTr(?:anslate|Id)?\((?:[^()"]|"(?:[^"\\]|\\.)*"|\([^()]*\))*\)')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
COMPARED = re.compile(r'(?:===|!==|==|!=)\s*$')
WORDS = re.compile(r'[A-Za-z]{2,}')
CPP_CALL = re.compile(
    r'\b(?:setText|setTitle|setToolTip|setPlaceholderText|setWindowTitle|setApplicationDisplayName'
    r'|setLabel|failure|fail|setError|failed)\s*\((.*)$')
CPP_LITERAL = re.compile(r'(?:QStringLiteral|QLatin1String|u)?\("?((?:[^"\\]|\\.)*)"\)?')


def qml_findings(path, text):
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith('//'):
            continue
        match = QML_PROPERTY.match(line)
        if not match:
            continue
        expression = TRANSLATED.sub('""', match.group(1).split(' //')[0])
        # A qsTr( whose text goes on over the next lines is translated as a whole.
        expression = re.sub(r'qsTr(?:anslate)?\(.*$', '""', expression)
        for literal in LITERAL.finditer(expression):
            value = literal.group(1)
            if not WORDS.search(value):
                continue
            before = expression[:literal.start()]
            after = expression[literal.end():]
            if COMPARED.search(before) or re.match(r'\s*(?:===|!==|==|!=)', after):
                continue
            yield number, value


def cpp_findings(path, text):
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith('//'):
            continue
        match = CPP_CALL.search(line)
        if not match:
            continue
        arguments = match.group(1)
        arguments = re.sub(r'\btr\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)', '', arguments)
        arguments = re.sub(r'translate\([^)]*\)', '', arguments)
        for literal in re.finditer(r'(?:QStringLiteral|QLatin1String)\("((?:[^"\\]|\\.)*)"\)', arguments):
            value = literal.group(1)
            # Several words, a sentence: identifiers, SQL and keys have no spaces.
            if re.search(r'[A-Za-z]{2,} [A-Za-z]{2,}', value):
                yield number, value


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '.').resolve()
    allowed_file = pathlib.Path(__file__).with_name('bare_literals_allowed.txt')
    allowed = set()
    for line in allowed_file.read_text(encoding='utf-8').splitlines():
        if line.strip() and not line.startswith('#'):
            allowed.add(line.strip())
    findings = []
    for path in sorted(root.glob('qml/**/*.qml')):
        findings += [(path, n, v) for n, v in qml_findings(path, path.read_text(encoding='utf-8'))]
    for folder in ('app', 'core'):
        for path in sorted((root / folder).glob('**/*.cpp')):
            findings += [(path, n, v) for n, v in cpp_findings(path, path.read_text(encoding='utf-8'))]
    unexplained = []
    used = set()
    for path, number, value in findings:
        key = f'{path.relative_to(root)}: {value}'
        if key in allowed:
            used.add(key)
        else:
            unexplained.append(f'{path.relative_to(root)}:{number}: "{value}" is not marked for translation')
    for line in unexplained:
        print(line)
    for key in sorted(allowed - used):
        print(f'bare_literals_allowed.txt: "{key}" no longer occurs; remove it')
    print(f'{len(findings)} bare literal(s), {len(findings) - len(unexplained)} allowed, '
          f'{len(unexplained)} not; {len(allowed - used)} stale allow-list line(s)')
    return 1 if unexplained or (allowed - used) else 0


if __name__ == '__main__':
    sys.exit(main())
