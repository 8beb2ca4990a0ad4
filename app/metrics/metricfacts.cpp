// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricfacts.h"

#include <QLocale>

namespace cx {

void MetricFactsCache::reset(const Workspace *workspace, Granularity granularity)
{
    m_workspace = workspace;
    m_granularity = granularity;
    m_facts.clear();
    m_correlations.clear();
}

MetricSummary MetricFactsCache::facts(const Uid &metric)
{
    if (const auto it = m_facts.constFind(metric); it != m_facts.cend())
        return *it;
    MetricSummary summary;
    summary.uid = metric;
    if (m_workspace)
        summary = summarize(*m_workspace, metric, m_granularity);
    m_facts.insert(metric, summary);
    return summary;
}

std::optional<DriverCorrelation> MetricFactsCache::correlation(const Uid &driver, const Uid &driven)
{
    // One pair at a time, as rows ask: the tree shows a few dozen of them, and every Drives
    // link of a large workspace at once cost more than the view's first frame may.
    auto it = m_correlations.constFind({driver, driven});
    if (it == m_correlations.cend()) {
        DriverCorrelation c;
        if (m_workspace)
            c = Drivers::between(*m_workspace, driver, driven, m_granularity);
        it = m_correlations.insert({driver, driven}, c);
    }
    if (!it->r)
        return std::nullopt;
    return *it;
}

QString MetricFactsCache::trendLabel(Trend trend)
{
    switch (trend) {
    case Trend::Unknown: return tr("no trend yet");
    case Trend::Rising: return tr("rising");
    case Trend::Falling: return tr("falling");
    case Trend::Flat: return tr("flat");
    }
    return {};
}

QString MetricFactsCache::trendArrow(Trend trend)
{
    switch (trend) {
    case Trend::Rising: return QStringLiteral("↗");
    case Trend::Falling: return QStringLiteral("↘");
    case Trend::Flat: return QStringLiteral("→");
    case Trend::Unknown: break;
    }
    return {};
}

QString MetricFactsCache::periodWord(Granularity granularity, int n)
{
    switch (granularity) {
    case Granularity::Week: return tr("%n week(s)", nullptr, n);
    case Granularity::Month: return tr("%n month(s)", nullptr, n);
    case Granularity::Quarter: return tr("%n quarter(s)", nullptr, n);
    }
    return {};
}

QString MetricFactsCache::correlationText(const DriverCorrelation &c, Granularity granularity)
{
    if (!c.r)
        return {};
    return tr("r = %1 over %2, correlation, not cause")
        .arg(QLocale().toString(*c.r, 'f', 2), periodWord(granularity, c.periods));
}

qint64 MetricFactsCache::responses(const MetricSummary &summary)
{
    qint64 n = 0;
    for (const PeriodValue &p : summary.periods) {
        if (p.fromResponses)
            n += p.n;
    }
    return n;
}

} // namespace cx
