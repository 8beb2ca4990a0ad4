// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// cxatlas import IN.json -o FILE [--replace]: a new workspace from workspace JSON.
// cxatlas import IN.json --into FILE: merged into an existing workspace, all or nothing.
int importCommand(const QStringList &arguments);

} // namespace cx::cli
