// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link.h"
#include "node.h"
#include "result.h"

#include <QCoreApplication>

namespace cx {

struct Workspace;

// The one place that decides what the model accepts: which kinds a relation may join and
// what makes a record valid against the rest of the workspace. Commands check here before
// anything is written; the file's CHECK constraints are the second line of defence.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(cx::Rules)

public:
    static bool allows(NodeKind from, Relation relation, NodeKind to);
    // Whether the link can be added: both ends exist, kinds fit, not a self-link, not
    // already there, at most one detailed journey per moment and never its own journey.
    static Result checkLink(const Workspace &workspace, const Link &link);
    // Whether the record, as given, fits the workspace: ranges, and references that exist.
    static Result checkNode(const Workspace &workspace, const Node &node);
};

} // namespace cx
