// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueranking.h"

#include "reach.h"
#include "workspacegraph.h"
#include "model/workspace.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <algorithm>
#include <vector>

namespace cx {
namespace {

using Architecture = boost::compressed_sparse_row_graph<boost::directedS>;

// Brandes' centrality over the elements and their DependsOn links, by vertex of the whole graph.
std::vector<double> betweenness(const WorkspaceGraph &g, const std::vector<Vertex> &elements)
{
    const Graph &graph = g.graph();
    std::vector<Vertex> local(std::size_t(g.vertexCount()), Reach::none);
    for (std::size_t i = 0; i < elements.size(); ++i)
        local[elements[i]] = Vertex(i);
    std::vector<std::pair<Vertex, Vertex>> edges;
    for (const Vertex v : elements) {
        for (const Edge e : boost::make_iterator_range(boost::out_edges(v, graph))) {
            if (graph[e].kind == EdgeKind::DependsOn)
                edges.emplace_back(local[v], local[boost::target(e, graph)]);
        }
    }
    const Architecture architecture(boost::edges_are_unsorted_multi_pass, edges.begin(),
                                    edges.end(), elements.size());
    std::vector<double> centrality(elements.size(), 0.0);
    boost::brandes_betweenness_centrality(
        architecture, boost::centrality_map(boost::make_iterator_property_map(
                          centrality.begin(), boost::get(boost::vertex_index, architecture))));
    std::vector<double> out(std::size_t(g.vertexCount()), 0.0);
    for (std::size_t i = 0; i < elements.size(); ++i)
        out[elements[i]] = centrality[i];
    return out;
}

} // namespace

QList<RankedElement> ValueRanking::of(const WorkspaceGraph &g)
{
    const Graph &graph = g.graph();
    const Workspace &w = g.workspace();
    std::vector<Vertex> elements;
    elements.reserve(std::size_t(w.elements.size()));
    for (Vertex v = 0; v < Vertex(g.vertexCount()); ++v) {
        if (g.is(v, elementBits))
            elements.push_back(v);
    }
    const std::vector<double> central = betweenness(g, elements);

    using Reversed = boost::reverse_graph<Graph>;
    const Reversed reversed(graph);
    const boost::filtered_graph<Reversed, EdgeKindFilter<Reversed>> dependents(
        reversed, EdgeKindFilter<Reversed>{&reversed, edgeBit(EdgeKind::Uses) | edgeBit(EdgeKind::DependsOn)});
    Reach reach(std::size_t(g.vertexCount()));
    QList<RankedElement> ranking;
    for (const Vertex v : elements) {
        const NodeKind kind = g.kind(v);
        if (kind != NodeKind::System && kind != NodeKind::Process)
            continue;
        RankedElement r{g.uid(v), kind, g.title(v), 0, 0, 0, central[v]};
        reach.run(dependents, {v});
        for (const Vertex d : reach.reached()) {
            if (g.kind(d) != NodeKind::Moment)
                continue;
            const Moment &m = *g.moment(d);
            ++r.moments;
            r.momentsThatMatter += m.mattersMost ? 1 : 0;
            r.value += m.importance * (m.mattersMost ? mattersMostWeight : 1);
        }
        ranking.append(std::move(r));
    }
    std::sort(ranking.begin(), ranking.end(), [](const RankedElement &a, const RankedElement &b) {
        if (a.value != b.value)
            return a.value > b.value;
        if (a.betweenness != b.betweenness)
            return a.betweenness > b.betweenness;
        if (const int c = a.title.compare(b.title, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.uid < b.uid;
    });
    return ranking;
}

} // namespace cx
