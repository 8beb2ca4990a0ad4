// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cx {

struct Workspace;

// Every metric of a workspace with its latest value, interval, sample size, target, status and
// trend, its values per period and the correlations with the metrics that drive it: what
// `cxatlas metrics` prints. Metrics by level (strategic first), then title.
class MetricsReport
{
    Q_DECLARE_TR_FUNCTIONS(cx::MetricsReport)

public:
    // {"period": "month", "metrics": [{"id", "title", "kind", "level", "unit", "direction",
    // "target", "status", "trend", "latest": {period…} | null, "periods": [{"period": "2026-08",
    // "value", "n", "low", "high", "smallSample"}], "drivers": [{"id", "title", "periods", "r",
    // "p", "relation": "correlation"}]}]}. low, high, r and p are null where there is no figure.
    static QJsonObject toJson(const Workspace &w, Granularity g);
    static QString toText(const Workspace &w, Granularity g);
};

} // namespace cx
