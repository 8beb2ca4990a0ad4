// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"
#include "period.h"

#include <QList>
#include <optional>

namespace cx {

struct Workspace;

// How a driver metric's per-period values move with the metric it drives: Pearson's r over the
// periods both have data for, and the two-sided p-value of r ≠ 0. A correlation, never a cause.
// r and p are empty with fewer than minimumPeriods common periods or when either series does
// not vary over them; periods is set regardless.
struct DriverCorrelation {
    Uid driver;
    Uid driven;
    int periods = 0;
    std::optional<double> r;
    std::optional<double> p;
};

class Drivers
{
public:
    static constexpr int minimumPeriods = 6;

    // One per Drives link of the workspace (from: the driver, to: the driven metric), ordered
    // by the driven metric's title, then the driver's (then by uid, for equal titles).
    static QList<DriverCorrelation> of(const Workspace &ws, Granularity granularity);
    // The two unfiltered MetricSeries at this granularity; p from t = r·√((n − 2)/(1 − r²)) on
    // Student's t with n − 2 degrees of freedom (0 when |r| = 1).
    static DriverCorrelation between(const Workspace &ws, const Uid &driver, const Uid &driven,
                                     Granularity granularity);
};

} // namespace cx
