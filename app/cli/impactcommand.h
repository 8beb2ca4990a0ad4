// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// cxatlas impact FILE ELEMENT [--json]: every moment, journey and persona that depends on an
// element or metric (core/graph/impactanalysis.h). ELEMENT is a uid or an exact title, case
// ignored. Exit 0, or 2 on error (also when ELEMENT names nothing or several records).
int impactCommand(const QStringList &arguments);

} // namespace cx::cli
