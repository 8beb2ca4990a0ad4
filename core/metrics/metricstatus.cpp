// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstatus.h"

#include "estimate.h"

#include "model/metric.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cx {
namespace {

struct Labels { // the context of every label (model/labels.h)
    Q_DECLARE_TR_FUNCTIONS(cx::Labels)
};

} // namespace

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

namespace {

// The least-squares line through the last periods (x: 0, 1, 2…): rising or falling when its
// slope's 95% interval (Student's t, n − 2 degrees of freedom) leaves out zero, else flat.
// Survey figures of one period carry wide intervals (±20 NPS points at 40 answers), so a
// step from one period to the next rarely says anything; a run of periods does.
Trend slopeTrend(const QList<PeriodValue> &last)
{
    const auto n = double(last.size());
    double meanX = 0, meanY = 0;
    for (qsizetype k = 0; k < last.size(); ++k) {
        meanX += double(k);
        meanY += last[k].value;
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0, sxy = 0;
    for (qsizetype k = 0; k < last.size(); ++k) {
        sxx += (double(k) - meanX) * (double(k) - meanX);
        sxy += (double(k) - meanX) * (last[k].value - meanY);
    }
    const double slope = sxy / sxx;
    double residuals = 0;
    for (qsizetype k = 0; k < last.size(); ++k) {
        const double fitted = meanY + slope * (double(k) - meanX);
        residuals += (last[k].value - fitted) * (last[k].value - fitted);
    }
    const double standardError = std::sqrt(residuals / (n - 2) / sxx);
    const double margin = estimates::t95(qint64(n) - 2) * standardError;
    if (slope - margin > 0)
        return Trend::Rising;
    if (slope + margin < 0)
        return Trend::Falling;
    return Trend::Flat;
}

} // namespace

Trend trendOf(const QList<PeriodValue> &periods)
{
    if (periods.size() < 2)
        return Trend::Unknown;
    if (periods.size() >= trendPeriods)
        return slopeTrend(periods.mid(periods.size() - trendPeriods));
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

QString label(Trend trend)
{
    switch (trend) {
    //: A metric's trend after the word "trend": "trend unknown" (too few periods to tell)
    case Trend::Unknown: return Labels::tr("unknown", "trend");
    //: A metric's trend: its value is going up
    case Trend::Rising: return Labels::tr("rising");
    //: A metric's trend: its value is going down
    case Trend::Falling: return Labels::tr("falling");
    //: A metric's trend: no clear change
    case Trend::Flat: return Labels::tr("flat");
    }
    return {};
}

} // namespace cx
