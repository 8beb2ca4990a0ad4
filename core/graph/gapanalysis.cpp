// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gapanalysis.h"

#include "metrichierarchy.h"
#include "reach.h"
#include "workspacegraph.h"
#include "model/labels.h"
#include "model/workspace.h"

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <algorithm>

namespace cx {
namespace {

bool measured(const Graph &graph, Vertex v)
{
    for (const Edge e : boost::make_iterator_range(boost::in_edges(v, graph))) {
        if (graph[e].kind == EdgeKind::Measures)
            return true;
    }
    return false;
}

bool measuredThroughElements(const Graph &graph, Vertex moment)
{
    if (measured(graph, moment))
        return true;
    for (const Edge e : boost::make_iterator_range(boost::out_edges(moment, graph))) {
        if (graph[e].kind == EdgeKind::Uses && measured(graph, boost::target(e, graph)))
            return true;
    }
    return false;
}

} // namespace

int GapReport::count(GapKind kind) const
{
    return int(std::count_if(gaps.cbegin(), gaps.cend(), [kind](const Gap &g) { return g.kind == kind; }));
}

QString GapAnalysis::name(GapKind kind)
{
    switch (kind) {
    case GapKind::MomentWithoutMetric: return QStringLiteral("moment-without-metric");
    case GapKind::MomentWithoutOwner: return QStringLiteral("moment-without-owner");
    case GapKind::MomentWithoutBackstage: return QStringLiteral("moment-without-backstage");
    case GapKind::UnlinkedElement: return QStringLiteral("unlinked-element");
    case GapKind::MetricWithoutGoal: return QStringLiteral("metric-without-goal");
    case GapKind::MetricCycle: return QStringLiteral("metric-cycle");
    }
    return QString();
}

QString GapAnalysis::heading(GapKind kind)
{
    switch (kind) {
    case GapKind::MomentWithoutMetric: return tr("Moments that matter without a metric");
    case GapKind::MomentWithoutOwner: return tr("Moments that matter without an owner");
    case GapKind::MomentWithoutBackstage: return tr("Moments that matter without backstage support");
    case GapKind::UnlinkedElement: return tr("Elements linked to nothing");
    case GapKind::MetricWithoutGoal: return tr("Metrics that lead to no strategic metric");
    case GapKind::MetricCycle: return tr("Cycles among metrics");
    }
    return QString();
}

GapReport GapAnalysis::of(const WorkspaceGraph &g)
{
    GapReport report;
    const Graph &graph = g.graph();
    const Workspace &w = g.workspace();
    const std::size_t n = std::size_t(g.vertexCount());

    // Every moment and element that some backstage element supports.
    std::vector<Vertex> backstage;
    for (const Element &e : w.elements) {
        if (isElementKind(e.kind) && (backstageBits & nodeBit(e.kind)))
            backstage.push_back(*g.vertex(e.uid));
    }
    using Reversed = boost::reverse_graph<Graph>;
    const Reversed reversed(graph);
    const boost::filtered_graph<Reversed, EdgeKindFilter<Reversed>> supported(
        reversed, EdgeKindFilter<Reversed>{&reversed, edgeBit(EdgeKind::Uses) | edgeBit(EdgeKind::DependsOn)});
    Reach support(n);
    support.run(supported, backstage);

    auto add = [&report](GapKind kind, const Uid &uid, NodeKind itemKind, const QString &title,
                         const QString &message) {
        report.gaps.append({kind, uid, itemKind, title, message, {}, {}});
    };
    for (const Moment &m : w.moments) {
        if (!m.mattersMost)
            continue;
        const Vertex v = *g.vertex(m.uid);
        const QString journey = w.journeys.value(m.journey).title;
        if (!measuredThroughElements(graph, v)) {
            add(GapKind::MomentWithoutMetric, m.uid, NodeKind::Moment, m.title,
                tr("Moment that matters “%1” (journey “%2”) has no metric: nothing measures it "
                   "or an element it uses.").arg(m.title, journey));
        }
        if (m.owner.trimmed().isEmpty()) {
            add(GapKind::MomentWithoutOwner, m.uid, NodeKind::Moment, m.title,
                tr("Moment that matters “%1” (journey “%2”) has no owner.").arg(m.title, journey));
        }
        if (!support.isReached(v)) {
            add(GapKind::MomentWithoutBackstage, m.uid, NodeKind::Moment, m.title,
                tr("Moment that matters “%1” (journey “%2”) has no backstage support: it depends "
                   "on no system, process or data.").arg(m.title, journey));
        }
    }
    for (const Element &e : w.elements) {
        const Vertex v = *g.vertex(e.uid);
        if (boost::out_degree(v, graph) == 0 && boost::in_degree(v, graph) == 0) {
            add(GapKind::UnlinkedElement, e.uid, e.kind, e.title,
                //: %1: the kind of element, a noun ("story", "system"…); %2: its title
                tr("%1 “%2” is linked to nothing.").arg(label(e.kind), e.title));
        }
    }
    const MetricHierarchyReport hierarchy = MetricHierarchy::of(g);
    for (const Uid &uid : hierarchy.withoutGoal) {
        const Metric &m = *w.metrics.constFind(uid);
        // One message per level: the level is an adjective, which other languages inflect.
        add(GapKind::MetricWithoutGoal, uid, NodeKind::Metric, m.title,
            m.level == MetricLevel::Tactical
                ? tr("The tactical metric “%1” leads to no strategic metric.").arg(m.title)
                : tr("The operational metric “%1” leads to no strategic metric.").arg(m.title));
    }
    for (const MetricCycle &c : hierarchy.cycles) {
        report.gaps.append({GapKind::MetricCycle, c.metrics.constFirst(), NodeKind::Metric,
                            c.titles.constFirst(),
                            tr("Metrics drive each other in a cycle: %1.").arg(c.pathText()),
                            c.metrics, c.titles});
    }

    std::stable_sort(report.gaps.begin(), report.gaps.end(), [](const Gap &a, const Gap &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.kind == GapKind::MetricCycle)
            return false; // already in their own order
        if (const int c = a.title.compare(b.title, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.uid < b.uid;
    });
    return report;
}

} // namespace cx
