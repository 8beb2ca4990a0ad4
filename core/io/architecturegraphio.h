// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QByteArray>

namespace cx {

// The workspace graph (core/graph/workspacegraph.h: personas, journeys, moments, elements,
// metrics, insights and opportunities, with every link and journey → moment "contains") in
// the formats other graph tools read, written by Boost's own writers. Vertices come in uid
// order, so the same workspace gives the same bytes.
//
// GraphML (boost::write_graphml): node attributes "uid", "kind" and "title", edge attribute
// "relation" (the link names of FORMAT.md, plus "contains"). UTF-8, XML-escaped.
// DOT (boost::write_graphviz_dp): a digraph, nodes named by uid with "label" (the title) and
// "kind", edges with "label" (the relation); backslashes and newlines escaped for Graphviz.
class ArchitectureGraphIo
{
public:
    static QByteArray graphml(const Workspace &workspace);
    static QByteArray dot(const Workspace &workspace);
};

} // namespace cx
