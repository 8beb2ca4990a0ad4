// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// cxatlas check FILE [--json]: the gaps of the CX architecture (core/graph/gapanalysis.h).
// Exit 0 with none, 1 with some, 2 on error. Opens the file read-only and changes nothing.
int checkCommand(const QStringList &arguments);

} // namespace cx::cli
