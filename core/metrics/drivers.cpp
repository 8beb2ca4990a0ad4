// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers.h"

#include "metricseries.h"
#include "model/workspace.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace cx {
namespace {

QString titleOf(const Workspace &ws, const Uid &metric)
{
    return ws.metrics.value(metric).title;
}

} // namespace

DriverCorrelation Drivers::between(const Workspace &ws, const Uid &driver, const Uid &driven,
                                   Granularity g)
{
    DriverCorrelation c { driver, driven, 0, std::nullopt, std::nullopt };
    const QList<PeriodValue> xs = MetricSeries::of(ws, driver, g);
    const QList<PeriodValue> ys = MetricSeries::of(ws, driven, g);

    // Both series ascend by period: walk them together to pair the common periods.
    QList<double> x, y;
    for (qsizetype i = 0, j = 0; i < xs.size() && j < ys.size();) {
        if (xs.at(i).period < ys.at(j).period) {
            ++i;
        } else if (ys.at(j).period < xs.at(i).period) {
            ++j;
        } else {
            x.append(xs.at(i++).value);
            y.append(ys.at(j++).value);
        }
    }
    c.periods = int(x.size());
    if (c.periods < minimumPeriods)
        return c;

    // Two passes (means, then centred sums): no cancellation from Σxy − n·x̄·ȳ.
    const double n = double(x.size());
    double meanX = 0, meanY = 0;
    for (qsizetype k = 0; k < x.size(); ++k) {
        meanX += x.at(k);
        meanY += y.at(k);
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0, syy = 0, sxy = 0;
    for (qsizetype k = 0; k < x.size(); ++k) {
        const double dx = x.at(k) - meanX;
        const double dy = y.at(k) - meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    if (!(sxx > 0) || !(syy > 0))
        return c;
    const double r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    c.r = r;
    const double oneMinusR2 = 1.0 - r * r;
    if (oneMinusR2 <= 0) {
        c.p = 0.0;
        return c;
    }
    const double t = std::abs(r) * std::sqrt((n - 2.0) / oneMinusR2);
    const boost::math::students_t_distribution<double> dist(n - 2.0);
    c.p = std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(dist, t)));
    return c;
}

QList<DriverCorrelation> Drivers::of(const Workspace &ws, Granularity g)
{
    QList<DriverCorrelation> all;
    for (const Link &link : ws.links) {
        if (link.relation == Relation::Drives)
            all.append(between(ws, link.from, link.to, g));
    }
    // QSet's order is arbitrary: sort fully, uids last, so the list is the same every run.
    std::sort(all.begin(), all.end(),
              [&ws](const DriverCorrelation &a, const DriverCorrelation &b) {
                  const QString drivenA = titleOf(ws, a.driven), drivenB = titleOf(ws, b.driven);
                  if (drivenA != drivenB)
                      return drivenA < drivenB;
                  const QString driverA = titleOf(ws, a.driver), driverB = titleOf(ws, b.driver);
                  if (driverA != driverB)
                      return driverA < driverB;
                  return std::pair(uidText(a.driven), uidText(a.driver))
                      < std::pair(uidText(b.driven), uidText(b.driver));
              });
    return all;
}

} // namespace cx
