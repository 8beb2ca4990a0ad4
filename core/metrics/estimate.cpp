// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace cx {

void RunningMean::merge(const RunningMean &other)
{
    if (other.n == 0)
        return;
    if (n == 0) {
        *this = other;
        return;
    }
    const double total = double(n + other.n);
    const double delta = other.mean - mean;
    mean += delta * double(other.n) / total;
    m2 += other.m2 + delta * delta * double(n) * double(other.n) / total;
    n += other.n;
}

namespace estimates {

double z95()
{
    static const double z
        = boost::math::quantile(boost::math::normal_distribution<double>(), 0.975);
    return z;
}

double t95(qint64 degreesOfFreedom)
{
    Q_ASSERT(degreesOfFreedom >= 1);
    // Beyond a few thousand degrees of freedom t differs from z in the sixth digit; computing
    // it anyway costs microseconds, so there is no cut-off.
    const boost::math::students_t_distribution<double> t(
        double(std::max<qint64>(1, degreesOfFreedom)));
    return boost::math::quantile(t, 0.975);
}

Estimate nps(qint64 promoters, qint64 passives, qint64 detractors)
{
    Estimate e;
    e.n = promoters + passives + detractors;
    if (e.n <= 0)
        return Estimate();
    const double n = double(e.n);
    const double pP = double(promoters) / n;
    const double pD = double(detractors) / n;
    e.value = 100.0 * (pP - pD);
    // Each answer scores +1, 0 or −1; NPS/100 is their mean and this is its variance.
    const double variance = std::max(0.0, (pP + pD - (pP - pD) * (pP - pD)) / n);
    const double half = z95() * std::sqrt(variance) * 100.0;
    e.low = std::clamp(e.value - half, -100.0, 100.0);
    e.high = std::clamp(e.value + half, -100.0, 100.0);
    return e;
}

Estimate topTwoBox(qint64 hits, qint64 n)
{
    if (n <= 0)
        return Estimate();
    Estimate e;
    e.n = n;
    const double count = double(n);
    const double p = double(std::clamp<qint64>(hits, 0, n)) / count;
    e.value = 100.0 * p;
    const double z = z95();
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / count;
    const double centre = (p + z2 / (2.0 * count)) / denominator;
    const double half
        = z / denominator * std::sqrt(p * (1.0 - p) / count + z2 / (4.0 * count * count));
    e.low = 100.0 * std::max(0.0, centre - half);
    e.high = 100.0 * std::min(1.0, centre + half);
    return e;
}

Estimate mean(const RunningMean &values)
{
    if (values.n <= 0)
        return Estimate();
    Estimate e;
    e.n = values.n;
    e.value = values.mean;
    if (values.n < 2)
        return e;
    const double half = t95(values.n - 1) * std::sqrt(values.variance() / double(values.n));
    e.low = e.value - half;
    e.high = e.value + half;
    return e;
}

Estimate mean(qint64 n, double sum, double sumOfSquares)
{
    RunningMean values;
    if (n > 0) {
        values.n = n;
        values.mean = sum / double(n);
        values.m2 = std::max(0.0, sumOfSquares - sum * values.mean);
    }
    return mean(values);
}

} // namespace estimates
} // namespace cx
