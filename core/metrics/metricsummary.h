// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricstatus.h"

namespace cx {

struct Workspace;

// One metric at a glance: its series, its latest period, status against target and trend.
struct MetricSummary {
    Uid uid;
    QList<PeriodValue> periods;
    std::optional<PeriodValue> latest;
    MetricStatus status = MetricStatus::NoData;
    Trend trend = Trend::Unknown;
};

// The unfiltered series of the metric at this granularity, and what statusOf and trendOf make
// of it. An unknown metric gives an empty summary (NoData, Unknown) with its uid.
MetricSummary summarize(const Workspace &ws, const Uid &metric, Granularity granularity);

} // namespace cx
