// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The architecture analyses (core/graph) on synthetic workspaces of about 10k and 100k graph
// vertices with about 5 links a vertex: building the graph, the impact of the busiest element,
// the full check (build + gaps, what `cxatlas check` does once the file is read), the value
// ranking and the metric roll-up. The baseline, measured in the same run on the same graph, is
// one plain boost::breadth_first_search over every vertex and edge of the CSR graph: a ratio
// of 1 means "as fast as touching the whole graph once".
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

    auto add = [&](const QString &name, double ms, const QString &target, std::optional<bool> pass,
                   const QString &note) {
        report.add({Figure::Other, QStringLiteral("%1: %2").arg(n, name), ms, baseline, target, pass, note});
    };

    const double build = medianMs(runs, [&] { const WorkspaceGraph g(workspace); });
    add(QStringLiteral("build the graph"), build, {}, std::nullopt, {});

    const Uid busy = busiestElement(graph);
    const ImpactReport impact = ImpactAnalysis::of(graph, busy);
    const double impactMs = medianMs(runs * 3, [&] { ImpactAnalysis::of(graph, busy); });
    say(QStringLiteral("  impact of %1 “%2”: %3 moments, %4 elements, %5 journeys, %6 personas")
            .arg(name(impact.sourceKind), impact.sourceTitle).arg(impact.moments.size())
            .arg(impact.elements.size()).arg(impact.journeys.size()).arg(impact.personas.size()));
    add(QStringLiteral("impact of the busiest element"), impactMs,
        large ? QStringLiteral("≤ 10 ms") : QString(),
        large ? std::optional<bool>(impactMs <= 10) : std::nullopt,
        QStringLiteral("%1 moments").arg(impact.moments.size()));

    GapReport gaps;
    const double gapsMs = medianMs(runs, [&] { gaps = GapAnalysis::of(graph); });
    add(QStringLiteral("gaps on a built graph"), gapsMs, {}, std::nullopt,
        QStringLiteral("%1 gaps").arg(gaps.gaps.size()));
    const double checkMs = medianMs(runs, [&] {
        const WorkspaceGraph g(workspace);
        GapAnalysis::of(g);
    });
    add(QStringLiteral("full check (build + gaps)"), checkMs, large ? QStringLiteral("≤ 500 ms") : QString(),
        large ? std::optional<bool>(checkMs <= 500) : std::nullopt, {});

    const double rollUp = medianMs(runs, [&] { MetricHierarchy::of(graph); });
    add(QStringLiteral("metric roll-up order"), rollUp, {}, std::nullopt, {});
    QList<RankedElement> ranking;
    const double rank = medianMs(large ? 1 : 3, [&] { ranking = ValueRanking::of(graph); });
    add(QStringLiteral("value ranking (+ betweenness)"), rank, {}, std::nullopt,
        QStringLiteral("%1 systems and processes").arg(ranking.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    say(QStringLiteral("bench_graph: Qt %1, Boost %2.%3; baseline: one BFS over the whole graph")
            .arg(QString::fromLatin1(qVersion())).arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000));
    Report report(QStringLiteral("one BFS"));
    // About 1.14 graph vertices a moment (elements, metrics, insights, opportunities besides).
    benchSize(report, 8770);
    if (!quick)
        benchSize(report, 87700);
    report.print();
    return 0; // misses are shown in the table; ./dev bench goes on to the next benchmark
}
