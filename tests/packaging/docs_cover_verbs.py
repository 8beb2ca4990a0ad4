#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CX Atlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# docs_cover_verbs.py CXATLAS MANPAGE COMPLETION COMMANDLINE_H
#
# The manual page and the bash completion cover the command line as the binary has it, so a
# new verb, option or exit status without documentation fails here:
#  - the verbs `cxatlas --help` lists are the man page's COMMANDS subsections (.SS) and the
#    completion's verb list, and each verb has its own options in the completion;
#  - every long option each verb's --help lists is in the man page and in the completion;
#  - every exit status of app/cli/commandline.h (exitOk, exitFindings, exitError…) has an
#    entry under EXIT STATUS.
import os
import re
import subprocess
import sys

cxatlas, manpage, completion, commandline_h = sys.argv[1:5]
failures = []


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en", LC_ALL="C.UTF-8")
    return subprocess.run([cxatlas, *args], capture_output=True, text=True, env=env, check=True).stdout


def section(text, name):
    """The troff source of one .SH section, up to the next one."""
    match = re.search(r"^\.SH \"?" + re.escape(name) + r"\"?\n(.*?)(?=^\.SH |\Z)", text, re.S | re.M)
    return match.group(1) if match else ""


def long_options(help_text):
    """Long options of a --help text, without the ones every verb has."""
    found = set(re.findall(r"^\s+(?:-\w, )?--([a-z][a-z-]*)", help_text, re.M))
    return found - {"help", "help-all", "version"}


man = open(manpage, encoding="utf-8").read()
comp = open(completion, encoding="utf-8").read()
header = open(commandline_h, encoding="utf-8").read()

# Verbs: "  cxatlas info FILE [--json] ..." lines of the overview (not FILE, VERB or options).
verbs = sorted(set(re.findall(r"^\s+cxatlas ([a-z]+)\b", run("--help"), re.M)))
if len(verbs) < 5:
    failures.append(f"cxatlas --help lists too few verbs to be read right: {verbs}")
man_verbs = sorted(re.findall(r"^\.SS \"?([a-z]+)\"?$", section(man, "COMMANDS"), re.M))
comp_match = re.search(r'^_cxatlas_verbs="([^"]*)"', comp, re.M)
comp_verbs = sorted(comp_match.group(1).split()) if comp_match else []
if man_verbs != verbs:
    failures.append(f"man page COMMANDS subsections {man_verbs} differ from cxatlas --help's verbs {verbs}")
if comp_verbs != verbs:
    failures.append(f"bash completion verbs {comp_verbs} differ from cxatlas --help's verbs {verbs}")

# Options of each verb (responses has two sub-verbs, each with its own).
man_options = set(re.findall(r"\\-\\-([a-z][a-z\\-]*[a-z])", man))
man_options = {o.replace("\\-", "-") for o in man_options}
comp_options = set(re.findall(r"--([a-z][a-z-]*)", comp))
for verb in verbs:
    invocations = [[verb, "import"], [verb, "list"]] if verb == "responses" else [[verb]]
    for words in invocations:
        text = run(*words, "--help")
        options = long_options(text)
        name = " ".join(words)
        # A verb whose only option is --help (server) must still show it, or the text is unread.
        if not options and not re.search(r"^\s+(?:-h, )?--help", text, re.M):
            failures.append(f"cxatlas {name} --help lists no options: cannot read it")
        for option in sorted(options - man_options):
            failures.append(f"--{option} of cxatlas {name} is not in the man page")
        for option in sorted(options - comp_options):
            failures.append(f"--{option} of cxatlas {name} is not in the bash completion")
    if not re.search(r"^\s+" + re.escape(verb) + r"\)", comp, re.M):
        failures.append(f"the bash completion has no case for {verb}'s options")

# Exit statuses.
statuses = sorted(set(re.findall(r"constexpr int exit\w+ = (\d+);", header)))
documented = set(re.findall(r"^\.TP\n\.B (\d+)$", section(man, "EXIT STATUS"), re.M))
if not statuses:
    failures.append(f"no exit statuses found in {commandline_h}")
for status in statuses:
    if status not in documented:
        failures.append(f"exit status {status} is not under EXIT STATUS in the man page")

print(f"verbs: {' '.join(verbs)}; exit statuses: {' '.join(statuses)}")
for failure in failures:
    print("FAIL", failure)
sys.exit(1 if failures else 0)
