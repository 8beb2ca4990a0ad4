// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecturegraphio.h"

#include "graph/workspacegraph.h"

#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <sstream>

namespace cx {

namespace {

std::string edgeName(EdgeKind kind)
{
    if (kind == EdgeKind::Contains)
        return "contains";
    // EdgeKind lists the relations first, in Relation's order.
    return name(static_cast<Relation>(kind)).toStdString();
}

// Graphviz reads backslash escapes in quoted strings; Boost quotes and escapes quotes only.
std::string dotText(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u'\r', QStringLiteral("\\n"));
    return text.toStdString();
}

} // namespace

QByteArray ArchitectureGraphIo::graphml(const Workspace &workspace)
{
    const WorkspaceGraph wg(workspace);
    const Graph &g = wg.graph();
    boost::dynamic_properties dp;
    dp.property("uid", boost::make_function_property_map<Vertex>([&wg](Vertex v) { return uidText(wg.uid(v)).toStdString(); }));
    dp.property("kind", boost::make_function_property_map<Vertex>([&wg](Vertex v) { return name(wg.kind(v)).toStdString(); }));
    dp.property("title", boost::make_function_property_map<Vertex>([&wg](Vertex v) { return wg.title(v).toStdString(); }));
    dp.property("relation", boost::make_function_property_map<Edge>([&g](Edge e) { return edgeName(g[e].kind); }));
    std::ostringstream out;
    boost::write_graphml(out, g, dp, true);
    return QByteArray::fromStdString(out.str());
}

QByteArray ArchitectureGraphIo::dot(const Workspace &workspace)
{
    const WorkspaceGraph wg(workspace);
    const Graph &g = wg.graph();
    boost::dynamic_properties dp;
    dp.property("node_id", boost::make_function_property_map<Vertex>([&wg](Vertex v) { return uidText(wg.uid(v)).toStdString(); }));
    dp.property("kind", boost::make_function_property_map<Vertex>([&wg](Vertex v) { return name(wg.kind(v)).toStdString(); }));
    dp.property("label", boost::make_function_property_map<Vertex>([&wg](Vertex v) { return dotText(wg.title(v)); }));
    dp.property("label", boost::make_function_property_map<Edge>([&g](Edge e) { return edgeName(g[e].kind); }));
    std::ostringstream out;
    boost::write_graphviz_dp(out, g, dp, "node_id");
    return QByteArray::fromStdString(out.str());
}

} // namespace cx
