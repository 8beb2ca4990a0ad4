// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricfacts.h"

#include "model/workspace.h"

#include <QLocale>
#include <QMap>
#include <cmath>

namespace cx {

namespace {

QDate periodStart(const QDate &date, PeriodSize size)
{
    switch (size) {
    case PeriodSize::Week: return date.addDays(1 - date.dayOfWeek());
    case PeriodSize::Month: return QDate(date.year(), date.month(), 1);
    case PeriodSize::Quarter: return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return date;
}

QDate periodEnd(const QDate &first, PeriodSize size)
{
    switch (size) {
    case PeriodSize::Week: return first.addDays(6);
    case PeriodSize::Month: return first.addMonths(1).addDays(-1);
    case PeriodSize::Quarter: return first.addMonths(3).addDays(-1);
    }
    return first;
}

QString periodName(const QDate &first, PeriodSize size)
{
    switch (size) {
    case PeriodSize::Week: {
        int year = 0;
        const int week = first.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case PeriodSize::Month: return first.toString(QStringLiteral("yyyy-MM"));
    case PeriodSize::Quarter: return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
    }
    return {};
}

// The mean of the measurements in each period (the measurements are ordered by date).
QList<FactPeriod> periodsOf(const Metric &metric, PeriodSize size)
{
    QList<FactPeriod> result;
    for (const Measurement &m : metric.measurements) {
        const QDate first = periodStart(m.date, size);
        if (result.isEmpty() || result.constLast().first != first) {
            FactPeriod p;
            p.first = first;
            p.last = periodEnd(first, size);
            p.name = periodName(first, size);
            result.append(p);
        }
        FactPeriod &p = result.last();
        p.value += (m.value - p.value) / double(++p.n); // running mean
    }
    return result;
}

FactStatus statusOf(const Metric &metric, const FactPeriod *latest)
{
    if (!latest)
        return FactStatus::NoData;
    if (!metric.target)
        return FactStatus::NoTarget;
    const double target = *metric.target;
    const double gap = metric.direction == Direction::HigherIsBetter ? target - latest->value : latest->value - target;
    if (gap <= 0)
        return FactStatus::OnTrack;
    // Within a tenth of the target: at risk, further off: off track.
    return gap <= std::max(std::abs(target) * 0.1, 1e-9) ? FactStatus::AtRisk : FactStatus::OffTrack;
}

FactTrend trendOf(const QList<FactPeriod> &periods)
{
    if (periods.size() < 2)
        return FactTrend::Unknown;
    const double last = periods.constLast().value;
    const double before = periods.at(periods.size() - 2).value;
    const double change = last - before;
    if (std::abs(change) <= std::max(std::abs(before) * 0.01, 1e-9))
        return FactTrend::Flat;
    return change > 0 ? FactTrend::Rising : FactTrend::Falling;
}

std::optional<double> pearson(const QList<QPair<double, double>> &pairs)
{
    const qsizetype n = pairs.size();
    if (n < 3)
        return std::nullopt;
    double mx = 0, my = 0;
    for (const auto &[x, y] : pairs) {
        mx += x;
        my += y;
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (const auto &[x, y] : pairs) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

void MetricFactsCache::reset(const Workspace *workspace, PeriodSize size)
{
    m_workspace = workspace;
    m_size = size;
    m_facts.clear();
    m_correlations.clear();
    m_correlationsDone = false;
}

MetricFacts MetricFactsCache::facts(const Uid &metric)
{
    if (const auto it = m_facts.constFind(metric); it != m_facts.cend())
        return *it;
    MetricFacts f;
    if (m_workspace) {
        if (const auto m = m_workspace->metrics.constFind(metric); m != m_workspace->metrics.cend()) {
            f.periods = periodsOf(*m, m_size);
            f.status = statusOf(*m, f.latest());
            f.trend = trendOf(f.periods);
        }
    }
    return *m_facts.insert(metric, std::move(f));
}

std::optional<FactCorrelation> MetricFactsCache::correlation(const Uid &from, const Uid &to)
{
    if (!m_correlationsDone && m_workspace) {
        m_correlationsDone = true;
        for (const Link &l : m_workspace->links) {
            if (l.relation != Relation::Drives)
                continue;
            QMap<QString, double> below;
            const MetricFacts driver = facts(l.from), driven = facts(l.to);
            for (const FactPeriod &p : driver.periods)
                below.insert(p.name, p.value);
            QList<QPair<double, double>> pairs;
            for (const FactPeriod &p : driven.periods) {
                if (const auto it = below.constFind(p.name); it != below.cend())
                    pairs.append({*it, p.value});
            }
            FactCorrelation c;
            c.periods = int(pairs.size());
            c.r = pearson(pairs);
            m_correlations.insert({l.from, l.to}, c);
        }
    }
    const auto it = m_correlations.constFind({from, to});
    if (it == m_correlations.cend() || !it->r)
        return std::nullopt;
    return *it;
}

QString MetricFactsCache::statusName(FactStatus status)
{
    switch (status) {
    case FactStatus::NoData: return QStringLiteral("no-data");
    case FactStatus::NoTarget: return QStringLiteral("no-target");
    case FactStatus::OnTrack: return QStringLiteral("on-track");
    case FactStatus::AtRisk: return QStringLiteral("at-risk");
    case FactStatus::OffTrack: return QStringLiteral("off-track");
    }
    return {};
}

QString MetricFactsCache::statusLabel(FactStatus status)
{
    switch (status) {
    case FactStatus::NoData: return tr("No data");
    case FactStatus::NoTarget: return tr("No target");
    case FactStatus::OnTrack: return tr("On track");
    case FactStatus::AtRisk: return tr("At risk");
    case FactStatus::OffTrack: return tr("Off track");
    }
    return {};
}

QString MetricFactsCache::trendName(FactTrend trend)
{
    switch (trend) {
    case FactTrend::Unknown: return QStringLiteral("unknown");
    case FactTrend::Rising: return QStringLiteral("rising");
    case FactTrend::Falling: return QStringLiteral("falling");
    case FactTrend::Flat: return QStringLiteral("flat");
    }
    return {};
}

QString MetricFactsCache::trendLabel(FactTrend trend)
{
    switch (trend) {
    case FactTrend::Unknown: return tr("no trend yet");
    case FactTrend::Rising: return tr("rising");
    case FactTrend::Falling: return tr("falling");
    case FactTrend::Flat: return tr("flat");
    }
    return {};
}

QString MetricFactsCache::trendArrow(FactTrend trend)
{
    switch (trend) {
    case FactTrend::Rising: return QStringLiteral("↗");
    case FactTrend::Falling: return QStringLiteral("↘");
    case FactTrend::Flat: return QStringLiteral("→");
    case FactTrend::Unknown: break;
    }
    return {};
}

QString MetricFactsCache::periodWord(PeriodSize size, int n)
{
    switch (size) {
    case PeriodSize::Week: return tr("%n week(s)", nullptr, n);
    case PeriodSize::Month: return tr("%n month(s)", nullptr, n);
    case PeriodSize::Quarter: return tr("%n quarter(s)", nullptr, n);
    }
    return {};
}

QString MetricFactsCache::correlationText(const FactCorrelation &c, PeriodSize size)
{
    if (!c.r)
        return {};
    return tr("r = %1 over %2, correlation, not cause")
        .arg(QLocale().toString(*c.r, 'f', 2), periodWord(size, c.periods));
}

} // namespace cx
