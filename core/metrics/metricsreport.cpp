// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsreport.h"

#include "drivers.h"
#include "metricsummary.h"
#include "model/labels.h"
#include "model/workspace.h"

#include <QJsonArray>
#include <QLocale>

namespace cx {

namespace {

QList<const Metric *> ordered(const Workspace &w)
{
    QList<const Metric *> metrics;
    for (const Metric &m : w.metrics)
        metrics.append(&m);
    std::sort(metrics.begin(), metrics.end(), [](const Metric *a, const Metric *b) {
        return std::tuple(int(a->level), a->title.toCaseFolded(), uidText(a->uid))
            < std::tuple(int(b->level), b->title.toCaseFolded(), uidText(b->uid));
    });
    return metrics;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject periodJson(const PeriodValue &p)
{
    return {{QStringLiteral("period"), p.period.name()},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("n"), p.n},
            {QStringLiteral("low"), optional(p.low)},
            {QStringLiteral("high"), optional(p.high)},
            {QStringLiteral("smallSample"), p.smallSample}};
}

// Drivers of each metric (Drives links into it), by the driver's title.
QHash<Uid, QList<DriverCorrelation>> driversByMetric(const Workspace &w, Granularity g)
{
    QHash<Uid, QList<DriverCorrelation>> out;
    for (const DriverCorrelation &d : Drivers::of(w, g))
        out[d.driven].append(d);
    return out;
}

QString number(double v, int decimals = 1)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QJsonObject MetricsReport::toJson(const Workspace &w, Granularity g)
{
    const auto drivers = driversByMetric(w, g);
    QJsonArray metrics;
    for (const Metric *m : ordered(w)) {
        const MetricSummary s = summarize(w, m->uid, g);
        QJsonArray periods;
        for (const PeriodValue &p : s.periods)
            periods.append(periodJson(p));
        QJsonArray driven;
        for (const DriverCorrelation &d : drivers.value(m->uid)) {
            driven.append(QJsonObject{{QStringLiteral("id"), uidText(d.driver)},
                                      {QStringLiteral("title"), w.metrics.value(d.driver).title},
                                      {QStringLiteral("periods"), d.periods},
                                      {QStringLiteral("r"), optional(d.r)},
                                      {QStringLiteral("p"), optional(d.p)},
                                      {QStringLiteral("relation"), QStringLiteral("correlation")}});
        }
        metrics.append(QJsonObject{
            {QStringLiteral("id"), uidText(m->uid)},
            {QStringLiteral("title"), m->title},
            {QStringLiteral("kind"), name(m->kind)},
            {QStringLiteral("level"), name(m->level)},
            {QStringLiteral("unit"), m->unit},
            {QStringLiteral("direction"), name(m->direction)},
            {QStringLiteral("target"), optional(m->target)},
            {QStringLiteral("status"), name(s.status)},
            {QStringLiteral("trend"), name(s.trend)},
            {QStringLiteral("latest"), s.latest ? QJsonValue(periodJson(*s.latest)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("periods"), periods},
            {QStringLiteral("drivers"), driven}});
    }
    return {{QStringLiteral("period"), name(g)}, {QStringLiteral("metrics"), metrics}};
}

QString MetricsReport::toText(const Workspace &w, Granularity g)
{
    const auto drivers = driversByMetric(w, g);
    const QList<const Metric *> metrics = ordered(w);
    //: %1: the length of the periods: "week", "month" or "quarter"
    QString out = tr("%n metric(s), values per %1", nullptr, int(metrics.size())).arg(label(g)) + u'\n';
    for (const Metric *m : metrics) {
        const MetricSummary s = summarize(w, m->uid, g);
        out += QStringLiteral("\n%1 (%2, %3)\n").arg(m->title, label(m->kind), label(m->level));
        QString latest = tr("no values yet");
        if (s.latest) {
            const PeriodValue &p = *s.latest;
            latest = tr("latest %1: %2 %3").arg(p.period.name(), number(p.value), m->unit).trimmed();
            if (p.low && p.high)
                latest += tr(" (95% interval %1 to %2)").arg(number(*p.low), number(*p.high));
            latest += p.fromResponses ? tr(", %n response(s)", nullptr, int(p.n))
                                      : tr(", %n measurement(s)", nullptr, int(p.n));
            if (p.smallSample)
                latest += tr(", small sample");
        }
        out += QStringLiteral("  %1\n").arg(latest);
        //: %1: the target value; %2: which way is good: "higher is better" or "lower is better"
        const QString target = m->target ? tr("target %1 (%2)").arg(number(*m->target), label(m->direction))
                                         : tr("no target");
        //: %1: the target (or "no target"); %2: the status ("On track"); %3: the trend ("rising", "unknown")
        out += tr("  %1: %2, trend %3\n").arg(target, label(s.status), label(s.trend));
        for (const DriverCorrelation &d : drivers.value(m->uid)) {
            const QString driver = w.metrics.value(d.driver).title;
            if (d.r && d.p) {
                out += tr("  driven by %1: r = %2 over %n period(s), p = %3 (correlation, not cause)\n",
                          nullptr, d.periods).arg(driver, number(*d.r, 2), number(*d.p, 3));
            } else {
                out += tr("  driven by %1: too few common periods for a correlation (%2 of 6)\n")
                           .arg(driver).arg(d.periods);
            }
        }
    }
    return out;
}

} // namespace cx
