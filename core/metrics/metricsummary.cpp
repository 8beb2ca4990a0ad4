// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsummary.h"

#include "model/workspace.h"

namespace cx {

MetricSummary summarize(const Workspace &ws, const Uid &metric, Granularity granularity)
{
    MetricSummary s;
    s.uid = metric;
    const auto found = ws.metrics.constFind(metric);
    if (found == ws.metrics.cend())
        return s;
    s.periods = MetricSeries::of(ws, metric, granularity);
    if (!s.periods.isEmpty())
        s.latest = s.periods.constLast();
    s.status = statusOf(*found, s.latest);
    s.trend = trendOf(s.periods);
    return s;
}

} // namespace cx
