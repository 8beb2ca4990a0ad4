// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactanalysis.h"

#include "reach.h"
#include "workspacegraph.h"
#include "model/labels.h"
#include "model/workspace.h"

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

#include <algorithm>

namespace cx {
namespace {

bool byDepthThenTitle(const ImpactedItem &a, const ImpactedItem &b)
{
    if (a.depth != b.depth)
        return a.depth < b.depth;
    if (const int c = a.title.compare(b.title, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a.uid < b.uid;
}

bool byValue(const ImpactedItem &a, const ImpactedItem &b)
{
    if (a.mattersMost != b.mattersMost)
        return a.mattersMost;
    if (a.importance != b.importance)
        return a.importance > b.importance;
    if (const int c = a.title.compare(b.title, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a.uid < b.uid;
}

ImpactedItem item(const WorkspaceGraph &g, Vertex v, const QList<Vertex> &path)
{
    ImpactedItem out;
    out.uid = g.uid(v);
    out.kind = g.kind(v);
    out.title = g.title(v);
    out.depth = int(path.size()) - 1;
    out.path.reserve(path.size());
    out.pathTitles.reserve(path.size());
    for (const Vertex p : path) {
        out.path.append(g.uid(p));
        out.pathTitles.append(g.title(p));
    }
    if (out.kind == NodeKind::Moment) {
        const Workspace &w = g.workspace();
        const Moment &m = *g.moment(v);
        out.journey = m.journey;
        if (const auto journey = w.journeys.constFind(m.journey); journey != w.journeys.cend())
            out.journeyTitle = journey->title;
        out.mattersMost = m.mattersMost;
        out.importance = m.importance;
    }
    return out;
}

} // namespace

bool ImpactReport::isEmpty() const
{
    return moments.isEmpty() && elements.isEmpty() && journeys.isEmpty() && personas.isEmpty()
        && metrics.isEmpty();
}

QString ImpactReport::summary() const
{
    const auto matter = std::count_if(moments.cbegin(), moments.cend(),
                                      [](const ImpactedItem &m) { return m.mattersMost; });
    // Counts after a colon read right in every number, with no plural forms to install.
    //: %1: the kind of record, a noun ("system"); %2: its title; %3–%8: counts
    return ImpactAnalysis::tr("Impact of %1 “%2”: moments %3 (%4 that matter), journeys %5, "
                              "personas %6, elements %7, metrics %8.")
        // One arg() call: a title holding "%3" must not take a number meant for the text.
        .arg(label(sourceKind), sourceTitle, QString::number(moments.size()), QString::number(matter),
             QString::number(journeys.size()), QString::number(personas.size()), QString::number(elements.size()),
             QString::number(metrics.size()));
}

ImpactReport ImpactAnalysis::of(const WorkspaceGraph &g, const Uid &source)
{
    ImpactReport report;
    const auto start = g.vertex(source);
    if (!start || !g.is(*start, elementBits | nodeBit(NodeKind::Metric)))
        return report;
    report.source = source;
    report.sourceKind = g.kind(*start);
    report.sourceTitle = g.title(*start);

    const Graph &graph = g.graph();
    const std::size_t n = std::size_t(g.vertexCount());
    const boost::reverse_graph<Graph> reversed(graph);
    using Reversed = boost::reverse_graph<Graph>;
    const boost::filtered_graph<Reversed, EdgeKindFilter<Reversed>> dependents(
        reversed, EdgeKindFilter<Reversed>{&reversed, dependencyEdges});

    // A metric stands in front of what it measures: the search starts one link further on.
    std::vector<Vertex> sources{*start};
    const bool fromMetric = report.sourceKind == NodeKind::Metric;
    if (fromMetric) {
        sources.clear();
        for (const Edge e : boost::make_iterator_range(boost::out_edges(*start, graph))) {
            if (graph[e].kind == EdgeKind::Measures)
                sources.push_back(boost::target(e, graph));
        }
    }
    Reach reach(n);
    reach.run(dependents, sources);
    for (const Vertex v : reach.reached()) {
        if (v == *start)
            continue;
        QList<Vertex> path = reach.path(v);
        if (fromMetric)
            path.prepend(*start);
        ImpactedItem i = item(g, v, path);
        switch (i.kind) {
        case NodeKind::Moment: report.moments.append(std::move(i)); break;
        case NodeKind::Journey: report.journeys.append(std::move(i)); break;
        case NodeKind::Persona: report.personas.append(std::move(i)); break;
        default: report.elements.append(std::move(i)); break;
        }
    }
    if (fromMetric) {
        const boost::filtered_graph<Graph, EdgeKindFilter<Graph>> drives(
            graph, EdgeKindFilter<Graph>{&graph, edgeBit(EdgeKind::Drives)});
        reach.run(drives, {*start});
        for (const Vertex v : reach.reached()) {
            if (v != *start)
                report.metrics.append(item(g, v, reach.path(v)));
        }
    }

    std::sort(report.moments.begin(), report.moments.end(), byValue);
    for (auto *list : {&report.elements, &report.journeys, &report.personas, &report.metrics})
        std::sort(list->begin(), list->end(), byDepthThenTitle);
    //: %1: the kind of record, a noun ("moment"); %2: its title; %3: the record analysed;
    //: %4: a number of steps; %5: the path, titles joined by arrows
    const QString pattern = tr("%1 “%2” depends on “%3” (depth %4): %5");
    for (auto *list : {&report.moments, &report.elements, &report.journeys, &report.personas,
                       &report.metrics}) {
        for (ImpactedItem &i : *list) {
            i.message = pattern.arg(label(i.kind), i.title, report.sourceTitle, QString::number(i.depth),
                                    i.pathTitles.join(QStringLiteral(" → ")));
        }
    }
    return report;
}

QList<Uid> ImpactAnalysis::find(const Workspace &workspace, const QString &text)
{
    const QString wanted = text.trimmed();
    const Uid asUid = uidFromText(wanted);
    if (!asUid.isNull() && (workspace.elements.contains(asUid) || workspace.metrics.contains(asUid)))
        return {asUid};
    QList<std::pair<QString, Uid>> found;
    for (const Element &e : workspace.elements) {
        if (e.title.compare(wanted, Qt::CaseInsensitive) == 0)
            found.append({e.title, e.uid});
    }
    for (const Metric &m : workspace.metrics) {
        if (m.title.compare(wanted, Qt::CaseInsensitive) == 0)
            found.append({m.title, m.uid});
    }
    std::sort(found.begin(), found.end());
    QList<Uid> out;
    for (const auto &[title, uid] : found)
        out.append(uid);
    return out;
}

} // namespace cx
