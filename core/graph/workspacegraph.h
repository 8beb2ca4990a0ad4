// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/uid.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include <QHash>
#include <QList>
#include <optional>
#include <vector>

namespace cx {

struct Workspace;
struct NodeBase;
struct Moment;
struct Metric;

// The edges of the analysis graph: each link relation, plus Contains (journey → moment), which
// the model keeps as the moment's journey field rather than as a link.
enum class EdgeKind : quint8 {
    Uses, DependsOn, Measures, Drives, Explains, Improves, Follows, OpensJourney, Contains,
};

constexpr unsigned edgeBit(EdgeKind kind) { return 1u << unsigned(kind); }
constexpr unsigned nodeBit(NodeKind kind) { return 1u << unsigned(kind); }
constexpr unsigned backstageBits = nodeBit(NodeKind::System) | nodeBit(NodeKind::Process)
                                   | nodeBit(NodeKind::Data);
constexpr unsigned elementBits = backstageBits | nodeBit(NodeKind::Story)
                                 | nodeBit(NodeKind::Experience) | nodeBit(NodeKind::Service);

// The links along which impact travels, each followed against its direction: an element is
// depended on by what uses it or depends on it, a moment by its journey, a journey by the
// personas that follow it and the moment that opens it (see ImpactAnalysis).
constexpr unsigned dependencyEdges = edgeBit(EdgeKind::Uses) | edgeBit(EdgeKind::DependsOn)
                                     | edgeBit(EdgeKind::Contains) | edgeBit(EdgeKind::Follows)
                                     | edgeBit(EdgeKind::OpensJourney);

struct GraphVertex {
    NodeKind kind = NodeKind::Moment;
};
struct GraphEdge {
    EdgeKind kind = EdgeKind::Uses;
};

// Compressed sparse row storage: built once from the workspace, read by every analysis. Edges
// point the way the links do (from → to); analyses reverse and filter them as they need.
using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, GraphVertex, GraphEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// The linkable records of a workspace (personas, journeys, moments, elements, metrics,
// insights, opportunities; stages, lanes and votes take no links) as a Boost.Graph graph, with
// the map between vertices and uids. Vertices are numbered in uid order, so every analysis
// gives the same answer on every run. Holds a reference to the workspace, which must outlive it
// and stay unchanged while it is used; build a new one after an edit.
class WorkspaceGraph
{
public:
    explicit WorkspaceGraph(const Workspace &workspace);

    const Workspace &workspace() const { return m_workspace; }
    const Graph &graph() const { return m_graph; }
    qsizetype vertexCount() const { return qsizetype(m_records.size()); }
    qsizetype edgeCount() const;

    // The vertex of a uid, or nothing when the uid is not a linkable record of the workspace.
    std::optional<Vertex> vertex(const Uid &uid) const;
    const Uid &uid(Vertex v) const;
    NodeKind kind(Vertex v) const { return m_graph[v].kind; }
    bool is(Vertex v, unsigned kindBits) const { return (kindBits & nodeBit(kind(v))) != 0; }
    const QString &title(Vertex v) const;
    // The record of a vertex of that kind (nullptr for another kind), inside the workspace.
    const Moment *moment(Vertex v) const;
    const Metric *metric(Vertex v) const;

private:
    const Workspace &m_workspace;
    // Each vertex's record, pointing into the workspace's hashes (stable while it is unchanged):
    // titles and fields without a hash lookup.
    std::vector<const NodeBase *> m_records;
    QHash<Uid, Vertex> m_index;
    Graph m_graph;
};

// A predicate for boost::filtered_graph: keep the edges of some kinds.
template<typename G>
struct EdgeKindFilter {
    const G *graph = nullptr;
    unsigned bits = 0;
    bool operator()(const typename boost::graph_traits<G>::edge_descriptor &e) const
    {
        return (bits & edgeBit((*graph)[e].kind)) != 0;
    }
};

} // namespace cx
