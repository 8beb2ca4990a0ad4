// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisoutput.h"

#include "gapanalysis.h"
#include "impactanalysis.h"

#include "model/labels.h"

#include <QJsonArray>

namespace cx {
namespace {

constexpr GapKind allGapKinds[] = {
    GapKind::MomentWithoutMetric, GapKind::MomentWithoutOwner, GapKind::MomentWithoutBackstage,
    GapKind::UnlinkedElement, GapKind::MetricWithoutGoal, GapKind::MetricCycle,
};

QJsonObject reference(const Uid &uid, NodeKind kind, const QString &title)
{
    return {{QStringLiteral("id"), uidText(uid)}, {QStringLiteral("kind"), name(kind)},
            {QStringLiteral("title"), title}};
}

QJsonArray items(const QList<ImpactedItem> &list)
{
    QJsonArray out;
    for (const ImpactedItem &i : list) {
        QJsonObject o = reference(i.uid, i.kind, i.title);
        o.insert(QStringLiteral("depth"), i.depth);
        QJsonArray path;
        for (const Uid &uid : i.path)
            path.append(uidText(uid));
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("pathTitles"), QJsonArray::fromStringList(i.pathTitles));
        if (i.kind == NodeKind::Moment) {
            o.insert(QStringLiteral("journey"), QJsonObject{{QStringLiteral("id"), uidText(i.journey)},
                                                            {QStringLiteral("title"), i.journeyTitle}});
            o.insert(QStringLiteral("mattersMost"), i.mattersMost);
            o.insert(QStringLiteral("importance"), i.importance);
        }
        out.append(o);
    }
    return out;
}

QString arrows(const QStringList &titles)
{
    return titles.join(QStringLiteral(" → "));
}

} // namespace

QString AnalysisOutput::toText(const GapReport &report)
{
    if (report.isEmpty())
        return tr("No gaps found.\n");
    QString out;
    for (const GapKind kind : allGapKinds) {
        const int n = report.count(kind);
        if (n == 0)
            continue;
        out += QStringLiteral("%1 (%2)\n").arg(GapAnalysis::heading(kind)).arg(n);
        for (const Gap &gap : report.gaps) {
            if (gap.kind == kind)
                out += QStringLiteral("  - %1\n").arg(gap.message);
        }
        out += u'\n';
    }
    out += tr("Gaps found: %1.\n").arg(report.gaps.size());
    return out;
}

QJsonObject AnalysisOutput::toJson(const GapReport &report)
{
    QJsonObject counts;
    for (const GapKind kind : allGapKinds)
        counts.insert(GapAnalysis::name(kind), report.count(kind));
    QJsonArray gaps;
    for (const Gap &gap : report.gaps) {
        QJsonObject o{{QStringLiteral("kind"), GapAnalysis::name(gap.kind)},
                      {QStringLiteral("item"), reference(gap.uid, gap.itemKind, gap.title)},
                      {QStringLiteral("message"), gap.message}};
        if (gap.kind == GapKind::MetricCycle) {
            QJsonArray cycle;
            for (qsizetype i = 0; i < gap.cycle.size(); ++i)
                cycle.append(reference(gap.cycle.at(i), NodeKind::Metric, gap.cycleTitles.at(i)));
            o.insert(QStringLiteral("cycle"), cycle);
        }
        gaps.append(o);
    }
    return {{QStringLiteral("gapCount"), int(report.gaps.size())},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("gaps"), gaps}};
}

QString AnalysisOutput::toText(const ImpactReport &report)
{
    QString out = report.summary() + u'\n';
    if (!report.moments.isEmpty()) {
        out += u'\n' + tr("Moments (* a moment that matters; those first, then by importance):") + u'\n';
        for (const ImpactedItem &m : report.moments) {
            out += QStringLiteral("  %1 %2  [%3]  %4\n")
                       .arg(m.mattersMost ? QStringLiteral("*") : QStringLiteral(" "),
                            tr("%1 (journey “%2”)").arg(m.title, m.journeyTitle),
                            tr("importance %1").arg(m.importance), arrows(m.pathTitles));
        }
    }
    const std::pair<QString, const QList<ImpactedItem> *> groups[] = {
        {tr("Elements that depend on it:"), &report.elements},
        {tr("Journeys:"), &report.journeys},
        {tr("Personas:"), &report.personas},
        {tr("Metrics it drives:"), &report.metrics},
    };
    for (const auto &[heading, list] : groups) {
        if (list->isEmpty())
            continue;
        out += u'\n' + heading + u'\n';
        for (const ImpactedItem &i : *list)
            out += QStringLiteral("  %1 “%2”  %3\n").arg(label(i.kind), i.title, arrows(i.pathTitles));
    }
    return out;
}

QJsonObject AnalysisOutput::toJson(const ImpactReport &report)
{
    return {{QStringLiteral("source"), reference(report.source, report.sourceKind, report.sourceTitle)},
            {QStringLiteral("moments"), items(report.moments)},
            {QStringLiteral("elements"), items(report.elements)},
            {QStringLiteral("journeys"), items(report.journeys)},
            {QStringLiteral("personas"), items(report.personas)},
            {QStringLiteral("metrics"), items(report.metrics)}};
}

} // namespace cx
