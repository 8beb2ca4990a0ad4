// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// Exit statuses of every verb.
constexpr int exitOk = 0;
constexpr int exitFindings = 1; // a check found something (later verbs)
constexpr int exitError = 2;

// Whether arguments ask for the command line (a verb, --help, --version) rather than the
// window; decided before any QGuiApplication exists so no display is needed.
bool wantsCommandLine(const QStringList &arguments);

// Runs a verb under a QCoreApplication. Output to stdout, messages to stderr.
int run(const QStringList &arguments);

} // namespace cx::cli
