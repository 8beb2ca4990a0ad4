// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cx::cli {

// cxatlas metrics FILE [--json] [--period week|month|quarter]: every metric with its latest
// value, interval, sample size, target, status and trend, and the correlations with the metrics
// that drive it (core/metrics/metricsreport.h). Never changes the file. Exit 0, or 2 on error.
int metricsCommand(const QStringList &arguments);

} // namespace cx::cli
