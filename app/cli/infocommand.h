// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// cxatlas info FILE [--json]: what a workspace holds. Opens it read-only and changes nothing.
int infoCommand(const QStringList &arguments);

} // namespace cx::cli
