// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsummary.h"

#include "graph/gapanalysis.h"
#include "graph/metrichierarchy.h"
#include "graph/opportunityranking.h"
#include "graph/valueranking.h"
#include "graph/workspacegraph.h"
#include "layout/textlines.h"
#include "model/labels.h"

#include <QLocale>
#include <algorithm>
#include <optional>

namespace cx {

namespace S = ExportStyle;

namespace {

constexpr int namesShown = 6; // of what uses an element, before "and n more"

QString byTitle(const QString &a) { return a.toCaseFolded(); }

template<typename Hash>
QList<typename Hash::mapped_type> sortedByTitle(const Hash &hash)
{
    QList<typename Hash::mapped_type> list = hash.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return std::make_pair(byTitle(a.title), a.uid) < std::make_pair(byTitle(b.title), b.uid);
    });
    return list;
}

} // namespace

QList<PdfSummary::Line> PdfSummary::build(const Workspace &workspace, double width)
{
    const WorkspaceGraph graph(workspace);
    PdfSummary summary(workspace, graph, width);
    summary.addGaps();
    summary.addMetrics();
    summary.addElements();
    summary.addInsights();
    summary.addOpportunities();
    return summary.m_lines;
}

double PdfSummary::lineHeight(const Line &line)
{
    return QFontMetricsF(S::font(line.size, line.bold)).lineSpacing();
}

void PdfSummary::add(const QString &text, double size, bool bold, double indent, const QColor &color, double spaceBefore,
                     bool keepWithNext)
{
    const QStringList lines = TextLines::lines(text, S::font(size, bold), m_width - indent);
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_lines.append(Line{lines[i], size, bold, indent, color, i == 0 ? spaceBefore : 0, keepWithNext || i + 1 < lines.size()});
}

QString PdfSummary::someOf(QStringList titles)
{
    std::sort(titles.begin(), titles.end(), [](const QString &a, const QString &b) { return byTitle(a) < byTitle(b); });
    if (titles.size() <= namesShown)
        return QLocale().createSeparatedList(titles);
    const qsizetype rest = titles.size() - namesShown;
    titles.resize(namesShown);
    return tr("%1 and %n more", nullptr, int(rest)).arg(titles.join(QStringLiteral(", ")));
}

void PdfSummary::addGaps()
{
    const GapReport gaps = GapAnalysis::of(m_graph);
    add(tr("Gaps"), 14, true, 0, S::text, 0, true);
    if (gaps.isEmpty())
        add(tr("No gaps: every moment that matters is measured, owned and supported."), 10, false, 0, S::mutedText, 4);
    std::optional<GapKind> kind;
    for (const Gap &gap : gaps.gaps) {
        if (kind != gap.kind) {
            kind = gap.kind;
            add(GapAnalysis::heading(gap.kind) + QStringLiteral(" (%1)").arg(gaps.count(gap.kind)), 11, true, 0, S::matters, 8, true);
        }
        add(gap.message, 10, false, 14, S::text, 2);
    }
}

void PdfSummary::addMetrics()
{
    const MetricHierarchyReport metrics = MetricHierarchy::of(m_graph);
    add(tr("Metrics, from strategic goals down to what drives them"), 14, true, 0, S::text, 18, true);
    if (metrics.rollUp.isEmpty())
        add(tr("No metrics yet."), 10, false, 0, S::mutedText, 4);
    for (const RollUpEntry &entry : metrics.rollUp) {
        const Metric metric = m_workspace.metrics.value(entry.uid);
        QStringList parts{label(metric.kind), S::metricLevelLabel(metric.level)};
        if (!metric.measurements.isEmpty()) {
            const Measurement &last = metric.measurements.constLast();
            parts.append(tr("latest %1%2 (%3)").arg(QLocale().toString(last.value), metric.unit.isEmpty() ? QString() : u' ' + metric.unit,
                                                   QLocale().toString(last.date, QLocale::ShortFormat)));
        }
        if (metric.target)
            parts.append(tr("target %1").arg(QLocale().toString(*metric.target)));
        if (!metric.owner.isEmpty())
            parts.append(metric.owner);
        if (metric.level != MetricLevel::Strategic && entry.stepsToGoal < 0)
            parts.append(tr("leads to no strategic goal"));
        const double indent = metric.level == MetricLevel::Strategic ? 0 : metric.level == MetricLevel::Operational ? 18 : 36;
        add(entry.title, 10.5, metric.level == MetricLevel::Strategic, indent, S::text, 6, true);
        add(parts.join(QStringLiteral(" · ")), 9, false, indent, S::mutedText, 0);
    }
    for (const MetricCycle &cycle : metrics.cycles)
        add(tr("Cycle: %1").arg(cycle.pathText()), 10, true, 0, S::matters, 6);
}

void PdfSummary::addElements()
{
    add(tr("Architecture elements, and what uses them"), 14, true, 0, S::text, 18, true);
    if (m_workspace.elements.isEmpty()) {
        add(tr("No stories, experiences, services, systems, processes or data yet."), 10, false, 0, S::mutedText, 4);
        return;
    }
    // What uses each element: moments (Uses) and elements that depend on it (DependsOn).
    QHash<Uid, QStringList> usingMoments, dependents;
    for (const Link &link : m_workspace.links) {
        if (link.relation == Relation::Uses && m_workspace.moments.contains(link.from))
            usingMoments[link.to].append(m_workspace.moments.value(link.from).title);
        else if (link.relation == Relation::DependsOn && m_workspace.elements.contains(link.from))
            dependents[link.to].append(m_workspace.elements.value(link.from).title);
    }
    QHash<Uid, std::pair<int, int>> rank; // place among the ranked systems and processes, and value
    const QList<RankedElement> ranked = ValueRanking::of(m_graph);
    for (qsizetype i = 0; i < ranked.size(); ++i)
        rank.insert(ranked[i].uid, {int(i + 1), ranked[i].value});

    const QList<Element> elements = sortedByTitle(m_workspace.elements);
    for (const NodeKind kind : {NodeKind::Story, NodeKind::Experience, NodeKind::Service, NodeKind::Process, NodeKind::System,
                                NodeKind::Data}) {
        const auto count = std::count_if(elements.cbegin(), elements.cend(), [kind](const Element &e) { return e.kind == kind; });
        if (count == 0)
            continue;
        add(QStringLiteral("%1 (%2)").arg(pluralLabel(kind)).arg(count), 11, true, 0, S::kindColor(kind), 10, true);
        for (const Element &e : elements) {
            if (e.kind != kind)
                continue;
            QStringList parts{e.owner.isEmpty() ? tr("no owner") : tr("owner %1").arg(e.owner)};
            if (const auto it = rank.constFind(e.uid); it != rank.cend())
                parts.append(tr("value %1, rank %2 of %3 systems and processes").arg(it->second).arg(it->first).arg(ranked.size()));
            const QStringList moments = usingMoments.value(e.uid), elementsUsing = dependents.value(e.uid);
            if (!moments.isEmpty())
                parts.append(tr("used by %n moment(s): %1", nullptr, int(moments.size())).arg(someOf(moments)));
            if (!elementsUsing.isEmpty())
                parts.append(tr("%n element(s) depend on it: %1", nullptr, int(elementsUsing.size())).arg(someOf(elementsUsing)));
            if (moments.isEmpty() && elementsUsing.isEmpty())
                parts.append(tr("nothing uses it"));
            add(e.title, 10.5, false, 14, S::text, 5, true);
            add(parts.join(QStringLiteral(" · ")), 9, false, 14, S::mutedText, 0);
        }
    }
}

void PdfSummary::addInsights()
{
    add(tr("Insights, by the value of the moments they explain"), 14, true, 0, S::text, 18, true);
    if (m_workspace.insights.isEmpty()) {
        add(tr("No insights yet."), 10, false, 0, S::mutedText, 4);
        return;
    }
    // Value as ValueRanking counts it: importance, doubled for a moment that matters.
    QHash<Uid, std::pair<int, int>> explained; // insight → (value, moments)
    for (const Link &link : m_workspace.links) {
        if (link.relation != Relation::Explains || !m_workspace.moments.contains(link.to))
            continue;
        const Moment &m = m_workspace.moments[link.to];
        auto &entry = explained[link.from];
        entry.first += m.importance * (m.mattersMost ? ValueRanking::mattersMostWeight : 1);
        ++entry.second;
    }
    QList<Insight> insights = sortedByTitle(m_workspace.insights);
    std::stable_sort(insights.begin(), insights.end(), [&](const Insight &a, const Insight &b) {
        return explained.value(a.uid).first > explained.value(b.uid).first;
    });
    for (qsizetype i = 0; i < insights.size(); ++i) {
        const Insight &insight = insights[i];
        const auto [value, moments] = explained.value(insight.uid);
        QStringList parts;
        if (!insight.source.isEmpty())
            parts.append(insight.source);
        if (insight.date.isValid())
            parts.append(QLocale().toString(insight.date, QLocale::ShortFormat));
        parts.append(moments > 0 ? tr("explains %n moment(s), value %1", nullptr, moments).arg(value) : tr("explains no moment yet"));
        add(QStringLiteral("%1. %2").arg(i + 1).arg(insight.title), 10.5, false, 0, S::text, 6, true);
        add(parts.join(QStringLiteral(" · ")), 9, false, 14, S::mutedText, 0);
    }
}

void PdfSummary::addOpportunities()
{
    add(tr("Opportunities, ranked by impact × value ÷ effort"), 14, true, 0, S::text, 18, true);
    const QList<RankedOpportunity> ranked = OpportunityRanking::of(m_graph);
    if (ranked.isEmpty())
        add(tr("No opportunities yet."), 10, false, 0, S::mutedText, 4);
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const RankedOpportunity &o = ranked[i];
        const QString parts = tr("score %1 · impact %2 · effort %3 · improves %n moment(s), value %4", nullptr, o.moments)
                                  .arg(QLocale().toString(o.score, 'f', 1))
                                  .arg(o.impact)
                                  .arg(o.effort)
                                  .arg(o.value);
        add(QStringLiteral("%1. %2").arg(i + 1).arg(o.title), 10.5, false, 0, S::text, 6, true);
        add(parts, 9, false, 14, S::mutedText, 0);
    }
}

} // namespace cx
