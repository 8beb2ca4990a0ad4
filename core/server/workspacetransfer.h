// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverurl.h"
#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>

namespace cx {

class ServerConnection;

// Whole workspaces between a file and a team server, ids kept: push uploads one as a new
// server workspace (its uploader becomes the owner) in one transaction; pull writes one to a
// new file the way an import does (complete, or nothing).
class WorkspaceTransfer
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkspaceTransfer)

public:
    static Result push(const Workspace &workspace, ServerConnection &connection, const QString &name);
    static Result pull(const ServerUrl &url, const QString &password, const QString &target,
                       bool replace, Workspace *pulled = nullptr);
};

} // namespace cx
