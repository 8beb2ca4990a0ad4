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

struct Entry {
    quint64 high = 0; // the uid's 128 bits, compared faster than QUuid's operator<
    quint64 low = 0;
    NodeKind kind = NodeKind::Moment;
    const NodeBase *record = nullptr;

    bool operator<(const Entry &other) const
    {
        return high != other.high ? high < other.high : low < other.low;
    }
};

Entry entry(const NodeBase &record, NodeKind kind)
{
    const Uid &u = record.uid;
    Entry e{(quint64(u.data1) << 32) | (quint64(u.data2) << 16) | u.data3, 0, kind, &record};
    for (const uchar byte : u.data4)
        e.low = (e.low << 8) | byte;
    return e;
}

template<typename Records>
void collect(const Records &records, NodeKind kind, std::vector<Entry> &out)
{
    for (const auto &record : records)
        out.push_back(entry(record, kind));
}

} // namespace

WorkspaceGraph::WorkspaceGraph(const Workspace &workspace)
    : m_workspace(workspace)
{
    std::vector<Entry> nodes;
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
    for (const Element &e : workspace.elements)
        nodes.push_back(entry(e, e.kind));
    // QHash order changes from run to run; uid order does not.
    std::sort(nodes.begin(), nodes.end());

    m_records.reserve(nodes.size());
    m_index.reserve(qsizetype(nodes.size()));
    for (const Entry &e : nodes) {
        m_index.insert(e.record->uid, Vertex(m_records.size()));
        m_records.push_back(e.record);
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
        m_graph[Vertex(v)].kind = nodes[v].kind;
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

const Uid &WorkspaceGraph::uid(Vertex v) const
{
    return m_records[v]->uid;
}

const QString &WorkspaceGraph::title(Vertex v) const
{
    return m_records[v]->title;
}

const Moment *WorkspaceGraph::moment(Vertex v) const
{
    return kind(v) == NodeKind::Moment ? static_cast<const Moment *>(m_records[v]) : nullptr;
}

const Metric *WorkspaceGraph::metric(Vertex v) const
{
    return kind(v) == NodeKind::Metric ? static_cast<const Metric *>(m_records[v]) : nullptr;
}

} // namespace cx
