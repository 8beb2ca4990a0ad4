// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cx {

class Database;

// A canonical text dump of every table of a workspace file: tables by name, rows sorted,
// values quoted. Two files with the same content give the same dump whatever the order of
// writes, so tests compare files with it.
QString canonicalDump(Database &db);

} // namespace cx
