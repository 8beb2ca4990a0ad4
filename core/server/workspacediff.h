// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeset.h"
#include "model/workspace.h"

namespace cx {

// Whole-workspace comparisons for team workspaces: every record of a workspace (to upload
// it), and the change set that turns one workspace into another (to bring a window that lost
// track back to the server's state with the usual signals, instead of reopening it).
class WorkspaceDiff
{
public:
    // Every record, in an order that keeps references valid (creationRank, then uid).
    static QList<Node> nodesOf(const Workspace &workspace);
    static ChangeSet between(const Workspace &from, const Workspace &to);
};

} // namespace cx
