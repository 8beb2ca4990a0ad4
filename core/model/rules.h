// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link.h"
#include "node.h"
#include "result.h"

#include <QCoreApplication>
#include <optional>

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
    // The link a gesture between a and b stands for (a drag from one onto the other, a pick
    // in a search): the relation their kinds allow, pointing the way the model reads it
    // (a moment uses an element, a metric measures…) whichever end the gesture started from.
    // Between two elements, a depends on b; between two metrics, a drives b. Nothing when no
    // relation of the CX architecture joins the two kinds; checkLink still decides the rest.
    static std::optional<Link> linkFor(const Workspace &workspace, const Uid &a, const Uid &b);
    // Whether the record, as given, fits the workspace: ranges, and references that exist.
    static Result checkNode(const Workspace &workspace, const Node &node);
};

} // namespace cx
