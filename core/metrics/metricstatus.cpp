// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstatus.h"

#include "model/metric.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cx {

MetricStatus statusOf(const Metric &metric, const std::optional<PeriodValue> &latest)
{
    if (!latest)
        return MetricStatus::NoData;
    if (!metric.target)
        return MetricStatus::NoTarget;
    const double target = *metric.target;
    if (latest->low && latest->high && *latest->low <= target && target <= *latest->high)
        return MetricStatus::AtRisk;
    const bool meets = metric.direction == Direction::HigherIsBetter ? latest->value >= target
                                                                     : latest->value <= target;
    return meets ? MetricStatus::OnTrack : MetricStatus::OffTrack;
}

QString name(MetricStatus status)
{
    switch (status) {
    case MetricStatus::NoData:
        return QStringLiteral("no-data");
    case MetricStatus::NoTarget:
        return QStringLiteral("no-target");
    case MetricStatus::OnTrack:
        return QStringLiteral("on-track");
    case MetricStatus::AtRisk:
        return QStringLiteral("at-risk");
    case MetricStatus::OffTrack:
        return QStringLiteral("off-track");
    }
    return QString();
}

QString label(MetricStatus status)
{
    switch (status) {
    case MetricStatus::NoData:
        return QCoreApplication::translate("MetricStatus", "No data");
    case MetricStatus::NoTarget:
        return QCoreApplication::translate("MetricStatus", "No target");
    case MetricStatus::OnTrack:
        return QCoreApplication::translate("MetricStatus", "On track");
    case MetricStatus::AtRisk:
        return QCoreApplication::translate("MetricStatus", "At risk");
    case MetricStatus::OffTrack:
        return QCoreApplication::translate("MetricStatus", "Off track");
    }
    return QString();
}

Trend trendOf(const QList<PeriodValue> &periods)
{
    if (periods.size() < 2)
        return Trend::Unknown;
    const PeriodValue &latest = periods.constLast();
    const double previous = periods.at(periods.size() - 2).value;
    const double delta = latest.value - previous;
    bool flat = false;
    if (latest.low && latest.high) {
        flat = *latest.low <= previous && previous <= *latest.high;
    } else {
        // Relative rather than a share of the scale: manual metrics have no scale to go by.
        flat = std::abs(delta) <= 0.01 * std::max(std::abs(previous), std::abs(latest.value));
    }
    if (flat)
        return Trend::Flat;
    return delta > 0 ? Trend::Rising : Trend::Falling;
}

QString name(Trend trend)
{
    switch (trend) {
    case Trend::Unknown:
        return QStringLiteral("unknown");
    case Trend::Rising:
        return QStringLiteral("rising");
    case Trend::Falling:
        return QStringLiteral("falling");
    case Trend::Flat:
        return QStringLiteral("flat");
    }
    return QString();
}

} // namespace cx
