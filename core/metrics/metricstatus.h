// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metricseries.h"

#include <QList>
#include <QString>
#include <optional>

namespace cx {

struct Metric;

// Where a metric stands against its target, judged on its latest period.
enum class MetricStatus { NoData, NoTarget, OnTrack, AtRisk, OffTrack };

// NoData without a latest value; NoTarget without a target. With an interval (responses):
// AtRisk when the interval holds the target (ends included), else OnTrack when the value meets
// the target in the metric's direction (HigherIsBetter: value ≥ target; LowerIsBetter:
// value ≤ target) and OffTrack when it misses. Without an interval (manual values): OnTrack or
// OffTrack by the value alone.
MetricStatus statusOf(const Metric &metric, const std::optional<PeriodValue> &latest);
// "no-data", "no-target", "on-track", "at-risk", "off-track": stable, for files and the CLI.
QString name(MetricStatus status);
// "On track" …, translated in the "MetricStatus" context.
QString label(MetricStatus status);

// Which way the metric has been moving lately. Direction of the value only, not whether that
// is good (see the metric's direction for that).
enum class Trend { Unknown, Rising, Falling, Flat };

// The periods looked at: the last trendPeriods of the series, or all when it is shorter.
constexpr qsizetype trendPeriods = 6;

// Unknown with fewer than two periods. With trendPeriods or more: the least-squares line
// through the last trendPeriods values, Rising or Falling when the 95% interval of its slope
// (Student's t) leaves out zero, else Flat. With two to five, the last two are compared: Flat
// when the change is not distinguishable from noise: with an interval on the latest period
// (responses), when that interval holds the previous value; without one (manual values), when
// |Δ| ≤ 1% of the larger of the two magnitudes (both zero is flat); otherwise by the sign of
// latest − previous. The periods are a MetricSeries: oldest first; gaps between them count as
// one step.
Trend trendOf(const QList<PeriodValue> &periods);
// "unknown", "rising", "falling", "flat".
QString name(Trend trend);
// Translated, inside a sentence (lowercase in English): "trend rising", "trend unknown".
QString label(Trend trend);

} // namespace cx
