// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cx::cli {

// Standard output and standard error, UTF-8, flushed at once.
void printOut(const QString &text);
// "cxatlas: <message>" on standard error.
void printError(const QString &message);

} // namespace cx::cli
