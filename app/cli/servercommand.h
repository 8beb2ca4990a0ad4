// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// Team workspaces on a PostgreSQL server (issue 15):
//   server migrate URL | server list URL | server members URL/NAME
//   server grant URL/NAME ROLE viewer|editor|owner | server revoke URL/NAME ROLE
int serverCommand(const QStringList &arguments);
// push FILE URL [--name NAME]: uploads a workspace file as a new team workspace.
int pushCommand(const QStringList &arguments);
// pull URL/NAME -o FILE [--replace]: downloads a team workspace to a new file.
int pullCommand(const QStringList &arguments);

} // namespace cx::cli
