// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/drivers.h"
#include "metrics/metricsummary.h"

#include <QCoreApplication>
#include <QHash>

namespace cx {

// The statistics of core/metrics as the views read them: a summary per metric (its series,
// latest period, status and trend) and a driver's correlation with the metric it drives, each
// computed when first asked for and kept until reset() (the views
// reset after every change of the workspace). The workspace must outlive the cache or the
// next reset().
class MetricFactsCache
{
    Q_DECLARE_TR_FUNCTIONS(cx::MetricFactsCache)

public:
    void reset(const Workspace *workspace, Granularity granularity);
    Granularity granularity() const { return m_granularity; }
    // By value: cheap (the periods are shared), and safe while the cache grows.
    MetricSummary facts(const Uid &metric);
    // The driver's correlation with the metric it drives, when there is an r.
    std::optional<DriverCorrelation> correlation(const Uid &driver, const Uid &driven);

    static QString trendLabel(Trend trend);      // translated: "rising"
    static QString trendArrow(Trend trend);      // ↗ ↘ → or nothing
    static QString periodWord(Granularity granularity, int n); // "12 months"
    // "r = 0.82 over 12 months, correlation, not cause"
    static QString correlationText(const DriverCorrelation &c, Granularity granularity);
    // How many survey responses the periods hold (0 when they are manual measurements).
    static qint64 responses(const MetricSummary &summary);

private:
    const Workspace *m_workspace = nullptr;
    Granularity m_granularity = Granularity::Month;
    QHash<Uid, MetricSummary> m_facts;
    QHash<QPair<Uid, Uid>, DriverCorrelation> m_correlations;
};

} // namespace cx
