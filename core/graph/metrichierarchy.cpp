// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrichierarchy.h"

#include "reach.h"
#include "workspacegraph.h"
#include "model/workspace.h"

#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <QHash>
#include <algorithm>

namespace cx {
namespace {

using DrivesGraph = boost::filtered_graph<Graph, EdgeKindFilter<Graph>>;

struct HierarchyVisitor : boost::default_dfs_visitor {
    std::vector<Vertex> *finished;
    QHash<Vertex, Vertex> *parent;
    QList<QList<Vertex>> *cycles;

    void tree_edge(Edge e, const DrivesGraph &g) const
    {
        parent->insert(target(e, g), source(e, g));
    }
    void back_edge(Edge e, const DrivesGraph &g) const
    {
        // target is an ancestor of source on the search's path: the tree path closes a cycle.
        const Vertex top = target(e, g);
        QList<Vertex> cycle;
        for (Vertex at = source(e, g); at != top; at = parent->value(at))
            cycle.prepend(at);
        cycle.prepend(top);
        cycles->append(cycle);
    }
    void finish_vertex(Vertex v, const DrivesGraph &) const { finished->push_back(v); }
};

} // namespace

QString MetricCycle::pathText() const
{
    if (titles.isEmpty())
        return QString();
    return (titles + QStringList{titles.constFirst()}).join(QStringLiteral(" → "));
}

MetricHierarchyReport MetricHierarchy::of(const WorkspaceGraph &g)
{
    MetricHierarchyReport report;
    const Graph &graph = g.graph();
    const Workspace &w = g.workspace();

    struct Start {
        Vertex vertex;
        MetricLevel level;
        QString title;
    };
    QList<Start> starts;
    starts.reserve(w.metrics.size());
    for (const Metric &m : w.metrics)
        starts.append({*g.vertex(m.uid), m.level, m.title});
    std::sort(starts.begin(), starts.end(), [&g](const Start &a, const Start &b) {
        if (a.level != b.level)
            return a.level < b.level; // Strategic, Operational, Tactical
        if (const int c = a.title.compare(b.title, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return g.uid(a.vertex) < g.uid(b.vertex);
    });

    const DrivesGraph drives(graph, EdgeKindFilter<Graph>{&graph, edgeBit(EdgeKind::Drives)});
    std::vector<boost::default_color_type> colors(std::size_t(g.vertexCount()), boost::white_color);
    auto color = boost::make_iterator_property_map(colors.begin(),
                                                   boost::typed_identity_property_map<Vertex>());
    std::vector<Vertex> finished;
    QHash<Vertex, Vertex> parent;
    QList<QList<Vertex>> cycles;
    const HierarchyVisitor visitor{{}, &finished, &parent, &cycles};
    for (const Start &s : std::as_const(starts)) {
        if (colors[s.vertex] == boost::white_color)
            boost::depth_first_visit(drives, s.vertex, visitor, color);
    }

    // Which metrics reach a goal, and in how many steps: search back from every goal.
    const boost::reverse_graph<DrivesGraph> drivenBy(drives);
    std::vector<Vertex> goals;
    for (const Start &s : std::as_const(starts)) {
        if (s.level == MetricLevel::Strategic)
            goals.push_back(s.vertex);
    }
    Reach reach(std::size_t(g.vertexCount()));
    reach.run(drivenBy, goals);

    QHash<Vertex, qsizetype> position;
    for (const Vertex v : finished)
        position.insert(v, position.size());
    for (const Vertex v : finished) {
        const Metric &m = *w.metrics.constFind(g.uid(v));
        RollUpEntry entry{m.uid, m.title, m.level, {}, reach.depth(v)};
        QList<Vertex> targets;
        for (const Edge e : boost::make_iterator_range(boost::out_edges(v, drives)))
            targets.append(boost::target(e, drives));
        std::sort(targets.begin(), targets.end(),
                  [&position](Vertex a, Vertex b) { return position.value(a) < position.value(b); });
        for (const Vertex t : std::as_const(targets))
            entry.drives.append(g.uid(t));
        if (m.level != MetricLevel::Strategic && entry.stepsToGoal < 0)
            report.withoutGoal.append(m.uid);
        report.rollUp.append(std::move(entry));
    }

    for (QList<Vertex> &cycle : cycles) {
        // Start at the member first by title, so the same cycle always reads the same.
        const auto first = std::min_element(cycle.begin(), cycle.end(), [&g](Vertex a, Vertex b) {
            if (const int c = g.title(a).compare(g.title(b), Qt::CaseInsensitive); c != 0)
                return c < 0;
            return g.uid(a) < g.uid(b);
        });
        std::rotate(cycle.begin(), first, cycle.end());
        MetricCycle out;
        for (const Vertex v : std::as_const(cycle)) {
            out.metrics.append(g.uid(v));
            out.titles.append(g.title(v));
        }
        report.cycles.append(std::move(out));
    }
    std::sort(report.cycles.begin(), report.cycles.end(), [](const MetricCycle &a, const MetricCycle &b) {
        return std::pair(a.titles, a.metrics) < std::pair(b.titles, b.metrics);
    });
    return report;
}

} // namespace cx
