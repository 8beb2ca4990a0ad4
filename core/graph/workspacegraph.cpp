// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacegraph.h"

#include "model/workspace.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace cx {
namespace {

EdgeKind edgeKindOf(Relation relation)
{
    switch (relation) {
    case Relation::Uses: return EdgeKind::Uses;
    case Relation::DependsOn: return EdgeKind::DependsOn;
    case Relation::Measures: return EdgeKind::Measures;
    case Relation::Drives: return EdgeKind::Drives;
    case Relation::Explains: return EdgeKind::Explains;
    case Relation::Improves: return EdgeKind::Improves;
    case Relation::Follows: return EdgeKind::Follows;
    case Relation::OpensJourney: return EdgeKind::OpensJourney;
    }
    return EdgeKind::Uses;
}

template<typename Records>
void collect(const Records &records, NodeKind kind, std::vector<std::pair<Uid, NodeKind>> &out)
{
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        out.emplace_back(it.key(), kind);
}

template<typename Records>
QString titleIn(const Records &records, const Uid &uid)
{
    const auto it = records.constFind(uid);
    return it == records.cend() ? QString() : it->title;
}

} // namespace

WorkspaceGraph::WorkspaceGraph(const Workspace &workspace)
    : m_workspace(workspace)
{
    std::vector<std::pair<Uid, NodeKind>> nodes;
    nodes.reserve(size_t(workspace.personas.size() + workspace.journeys.size()
                         + workspace.moments.size() + workspace.elements.size()
                         + workspace.metrics.size() + workspace.insights.size()
                         + workspace.opportunities.size()));
    collect(workspace.personas, NodeKind::Persona, nodes);
    collect(workspace.journeys, NodeKind::Journey, nodes);
    collect(workspace.moments, NodeKind::Moment, nodes);
    collect(workspace.metrics, NodeKind::Metric, nodes);
    collect(workspace.insights, NodeKind::Insight, nodes);
    collect(workspace.opportunities, NodeKind::Opportunity, nodes);
    for (auto it = workspace.elements.cbegin(); it != workspace.elements.cend(); ++it)
        nodes.emplace_back(it.key(), it->kind);
    // QHash order changes from run to run; uid order does not.
    std::sort(nodes.begin(), nodes.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    m_uids.reserve(qsizetype(nodes.size()));
    m_index.reserve(qsizetype(nodes.size()));
    for (const auto &[uid, kind] : nodes) {
        m_index.insert(uid, Vertex(m_uids.size()));
        m_uids.append(uid);
    }

    std::vector<std::pair<Vertex, Vertex>> edges;
    std::vector<GraphEdge> edgeData;
    edges.reserve(size_t(workspace.links.size() + workspace.moments.size()));
    edgeData.reserve(edges.capacity());
    for (const Link &link : workspace.links) {
        const auto from = m_index.constFind(link.from);
        const auto to = m_index.constFind(link.to);
        if (from == m_index.cend() || to == m_index.cend())
            continue; // the store refuses dangling links; a hand-made workspace may hold one
        edges.emplace_back(*from, *to);
        edgeData.push_back({edgeKindOf(link.relation)});
    }
    for (auto it = workspace.moments.cbegin(); it != workspace.moments.cend(); ++it) {
        const auto journey = m_index.constFind(it->journey);
        if (journey == m_index.cend())
            continue;
        edges.emplace_back(*journey, m_index.value(it.key()));
        edgeData.push_back({EdgeKind::Contains});
    }
    m_graph = Graph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(),
                    edgeData.begin(), nodes.size());
    for (size_t v = 0; v < nodes.size(); ++v)
        m_graph[Vertex(v)].kind = nodes[v].second;
}

qsizetype WorkspaceGraph::edgeCount() const
{
    return qsizetype(boost::num_edges(m_graph));
}

std::optional<Vertex> WorkspaceGraph::vertex(const Uid &uid) const
{
    const auto it = m_index.constFind(uid);
    if (it == m_index.cend())
        return std::nullopt;
    return *it;
}

QString WorkspaceGraph::title(Vertex v) const
{
    const Uid &id = uid(v);
    switch (kind(v)) {
    case NodeKind::Persona: return titleIn(m_workspace.personas, id);
    case NodeKind::Journey: return titleIn(m_workspace.journeys, id);
    case NodeKind::Moment: return titleIn(m_workspace.moments, id);
    case NodeKind::Metric: return titleIn(m_workspace.metrics, id);
    case NodeKind::Insight: return titleIn(m_workspace.insights, id);
    case NodeKind::Opportunity: return titleIn(m_workspace.opportunities, id);
    case NodeKind::Story:
    case NodeKind::Experience:
    case NodeKind::Service:
    case NodeKind::System:
    case NodeKind::Process:
    case NodeKind::Data: return titleIn(m_workspace.elements, id);
    case NodeKind::Stage:
    case NodeKind::Lane:
    case NodeKind::Vote: break;
    }
    return QString();
}

} // namespace cx
