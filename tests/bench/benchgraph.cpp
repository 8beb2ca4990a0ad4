// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The architecture analyses (core/graph) on synthetic workspaces of about 10k and 100k graph
// vertices with about 5 links a vertex: building the graph, the impact of the busiest element,
// the full check (build + gaps, what `cxatlas check` does once the file is read), the value
// ranking and the metric roll-up. Each figure has a baseline measured in the same run on the
// same graph: for building, Boost's own CSR constructor given the finished edge list (so the
// ratio is the cost of reading the workspace and mapping uids); for impact, a bare
// boost::breadth_first_visit from the same element over the same view, recording nothing (the
// ratio is the cost of paths, titles and ranking); for the whole-graph analyses, one
// breadth-first pass over every vertex and edge of the CSR graph.
//
//   bench_graph [--quick]
//     --quick    skip the 100k workspace
#include "benchreport.h"
#include "syntheticworkspace.h"

#include "graph/gapanalysis.h"
#include "graph/impactanalysis.h"
#include "graph/metrichierarchy.h"
#include "graph/valueranking.h"
#include "graph/workspacegraph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <functional>

using namespace cx;
using namespace cx::bench;

namespace {

// Median of runs of what, in milliseconds.
double medianMs(int runs, const std::function<void()> &what)
{
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        what();
        samples.add(timer.nsecsElapsed());
    }
    return samples.medianMs();
}

// Every vertex and edge once: multi-source BFS from all vertices, nothing recorded.
double fullTraversalMs(const WorkspaceGraph &g, int runs)
{
    std::vector<Vertex> all(std::size_t(g.vertexCount()));
    for (std::size_t v = 0; v < all.size(); ++v)
        all[v] = Vertex(v);
    std::vector<boost::default_color_type> colors(all.size());
    return medianMs(runs, [&] {
        boost::queue<Vertex> queue;
        boost::breadth_first_search(
            g.graph(), all.begin(), all.end(), queue, boost::default_bfs_visitor(),
            boost::make_iterator_property_map(colors.begin(), boost::typed_identity_property_map<Vertex>()));
    });
}

// Boost's CSR constructor on the finished edge list of g.
double csrConstructionMs(const WorkspaceGraph &g, int runs)
{
    std::vector<std::pair<Vertex, Vertex>> edges;
    std::vector<GraphEdge> kinds;
    for (const Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
        edges.emplace_back(boost::source(e, g.graph()), boost::target(e, g.graph()));
        kinds.push_back(g.graph()[e]);
    }
    return medianMs(runs, [&] {
        const Graph copy(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(),
                         kinds.begin(), std::size_t(g.vertexCount()));
    });
}

// Reachability alone from source along the impact view: what ImpactAnalysis does less its
// bookkeeping.
double bareImpactMs(const WorkspaceGraph &g, const Uid &source, int runs)
{
    using Reversed = boost::reverse_graph<Graph>;
    const Reversed reversed(g.graph());
    const boost::filtered_graph<Reversed, EdgeKindFilter<Reversed>> view(
        reversed, EdgeKindFilter<Reversed>{&reversed, dependencyEdges});
    std::vector<boost::default_color_type> colors(std::size_t(g.vertexCount()));
    const Vertex start = *g.vertex(source);
    return medianMs(runs, [&] {
        std::fill(colors.begin(), colors.end(), boost::white_color);
        boost::queue<Vertex> queue;
        boost::breadth_first_visit(
            view, start, queue, boost::default_bfs_visitor(),
            boost::make_iterator_property_map(colors.begin(), boost::typed_identity_property_map<Vertex>()));
    });
}

// The element with the largest impact: tried on every data and system element, the bottom of
// the synthetic dependency chains.
Uid busiestElement(const WorkspaceGraph &g)
{
    Uid best;
    qsizetype most = -1;
    for (Vertex v = 0; v < Vertex(g.vertexCount()); ++v) {
        if (g.kind(v) != NodeKind::Data && g.kind(v) != NodeKind::System)
            continue;
        const qsizetype reached = ImpactAnalysis::of(g, g.uid(v)).moments.size();
        if (reached > most) {
            most = reached;
            best = g.uid(v);
        }
    }
    return best;
}

QString label(qsizetype vertices)
{
    return vertices >= 1000 ? QStringLiteral("%1k").arg(double(vertices) / 1000, 0, 'f', 0)
                            : QString::number(vertices);
}

void benchSize(Report &report, int moments)
{
    QElapsedTimer timer;
    timer.start();
    SyntheticOptions shape;
    shape.moments = moments;
    shape.journeys = qMax(1, moments / 2000);
    const Workspace workspace = SyntheticWorkspace::generate(shape).workspace();
    const WorkspaceGraph graph(workspace);
    const QString n = label(graph.vertexCount());
    say(QStringLiteral("%1 vertices: %2 moments, %3 edges; generated in %4")
            .arg(graph.vertexCount()).arg(moments).arg(graph.edgeCount())
            .arg(formatMs(double(timer.nsecsElapsed()) / 1e6)));
    const bool large = graph.vertexCount() >= 50000;
    const int runs = large ? 5 : 11;
    const double baseline = fullTraversalMs(graph, runs);

    auto add = [&](const QString &name, double ms, double base, const QString &target,
                   std::optional<bool> pass, const QString &note) {
        report.add({Figure::Other, QStringLiteral("%1: %2").arg(n, name), ms, base, target, pass, note});
    };

    const double build = medianMs(runs, [&] { const WorkspaceGraph g(workspace); });
    add(QStringLiteral("build the graph"), build, csrConstructionMs(graph, runs), {}, std::nullopt,
        QStringLiteral("baseline: Boost's CSR constructor on the finished edge list"));

    const Uid busy = busiestElement(graph);
    const ImpactReport impact = ImpactAnalysis::of(graph, busy);
    const double impactMs = medianMs(runs * 3, [&] { ImpactAnalysis::of(graph, busy); });
    say(QStringLiteral("  impact of %1 “%2”: %3 moments, %4 elements, %5 journeys, %6 personas")
            .arg(name(impact.sourceKind), impact.sourceTitle).arg(impact.moments.size())
            .arg(impact.elements.size()).arg(impact.journeys.size()).arg(impact.personas.size()));
    add(QStringLiteral("impact of the busiest element"), impactMs, bareImpactMs(graph, busy, runs * 3),
        large ? QStringLiteral("≤ 10 ms") : QString(),
        large ? std::optional<bool>(impactMs <= 10) : std::nullopt,
        QStringLiteral("%1 moments; baseline: the same search recording nothing").arg(impact.moments.size()));

    GapReport gaps;
    const double gapsMs = medianMs(runs, [&] { gaps = GapAnalysis::of(graph); });
    add(QStringLiteral("gaps on a built graph"), gapsMs, baseline, {}, std::nullopt,
        QStringLiteral("%1 gaps; baseline here and below: one pass over the whole graph").arg(gaps.gaps.size()));
    const double checkMs = medianMs(runs, [&] {
        const WorkspaceGraph g(workspace);
        GapAnalysis::of(g);
    });
    add(QStringLiteral("full check (build + gaps)"), checkMs, baseline, large ? QStringLiteral("≤ 500 ms") : QString(),
        large ? std::optional<bool>(checkMs <= 500) : std::nullopt, {});

    const double rollUp = medianMs(runs, [&] { MetricHierarchy::of(graph); });
    add(QStringLiteral("metric roll-up order"), rollUp, baseline, {}, std::nullopt, {});
    QList<RankedElement> ranking;
    const double rank = medianMs(large ? 1 : 3, [&] { ranking = ValueRanking::of(graph); });
    add(QStringLiteral("value ranking (+ betweenness)"), rank, baseline, {}, std::nullopt,
        QStringLiteral("%1 systems and processes").arg(ranking.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    say(QStringLiteral("bench_graph: Qt %1, Boost %2.%3; baselines: see each note")
            .arg(QString::fromLatin1(qVersion())).arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000));
    Report report(QStringLiteral("baseline"));
    // About 1.14 graph vertices a moment (elements, metrics, insights, opportunities besides).
    benchSize(report, 8770);
    if (!quick)
        benchSize(report, 87700);
    report.print();
    return 0; // misses are shown in the table; ./dev bench goes on to the next benchmark
}
