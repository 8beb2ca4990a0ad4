// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// cxatlas responses import FILE CSV --metric ID|TITLE --date COL --score COL [--moment COL]
// [--segment COL] [--scale NAME] [--range LOW:HIGH] [--skip-bad-rows]: survey responses from a
// CSV or TSV file into a metric, all or nothing (bad rows are listed with their line and
// reason, and nothing is written unless --skip-bad-rows), as one undo step.
// cxatlas responses list FILE [--json]: the imports each metric holds.
// Exit 0, or 2 on error.
int responsesCommand(const QStringList &arguments);

} // namespace cx::cli
