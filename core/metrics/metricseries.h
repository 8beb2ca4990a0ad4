// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"
#include "period.h"

#include <QList>
#include <QString>
#include <optional>

namespace cx {

struct Workspace;

// A metric's figure for one period. From responses: the estimate of the metric's scale with
// its 95% interval. From manual measurements: the mean of the period's measurements, n their
// count, no interval, never a small sample.
struct PeriodValue {
    Period period;
    double value = 0;
    qint64 n = 0;
    std::optional<double> low, high;
    bool smallSample = false;
    bool fromResponses = false;

    bool operator==(const PeriodValue &) const = default;
};

// Which responses count: those naming this moment, those of this segment (both when both are
// set). Manual measurements have neither, so a filter does not apply to them.
struct ResponseFilter {
    std::optional<Uid> moment;
    std::optional<QString> segment;
};

class MetricSeries
{
public:
    // The metric's figures per period, oldest first, only periods with data; empty for an
    // unknown metric. A metric with response batches is measured by its responses alone (its
    // manual measurements are then ignored, and a filter that matches no response gives an
    // empty series): NPS by promoters 9–10, passives 7–8 and detractors 0–6; CSAT by the share
    // of 4–5; CES and custom scales by the mean. Without batches, the manual measurements.
    //
    // Cost: one pass over the responses tallying per day (a few thousand days at most), then
    // one pass over the days grouping them into periods; nothing is cached.
    static QList<PeriodValue> of(const Workspace &ws, const Uid &metric, Granularity granularity,
                                 const ResponseFilter &filter = {});
};

} // namespace cx
