// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <optional>

namespace cx {

// One figure estimated from n responses, with its 95% confidence interval when there is one.
// n = 0 means no data: value 0 and no interval.
struct Estimate {
    double value = 0;
    qint64 n = 0;
    std::optional<double> low, high;

    // Fewer than 30 responses: shown as a small sample (see DOMAIN.md, "Period").
    bool smallSample() const { return n < 30; }
};

// Count, mean and sum of squared deviations of a stream of values, kept with Welford's update
// and merged with Chan et al.'s pairwise formula, so the variance does not suffer the
// cancellation of sum-of-squares − square-of-sum when the mean is large against the spread.
struct RunningMean {
    qint64 n = 0;
    double mean = 0;
    double m2 = 0; // Σ (x − mean)²

    void add(double x)
    {
        ++n;
        const double delta = x - mean;
        mean += delta / double(n);
        m2 += delta * (x - mean);
    }
    void merge(const RunningMean &other);
    // The sample variance (divisor n − 1); 0 for fewer than two values.
    double variance() const { return n > 1 ? m2 / double(n - 1) : 0.0; }
};

// The figures of a period's responses, with 95% intervals (free functions rather than a class
// of static functions: they share no state). z and t quantiles come from Boost.Math.
namespace estimates {

// The two-sided 95% quantile of the standard normal distribution, ≈ 1.959964.
double z95();
// The two-sided 95% quantile of Student's t with df degrees of freedom (df ≥ 1).
double t95(qint64 degreesOfFreedom);

// NPS in points (−100 … +100) = 100·(P − D)/n. The interval is ±z·sqrt(var)·100 with
// var = (pP + pD − (pP − pD)²)/n, the variance of the mean of a +1/0/−1 score, clamped to
// [−100, 100].
Estimate nps(qint64 promoters, qint64 passives, qint64 detractors);
// The share of hits (CSAT: answers 4–5) in percent, 0 … 100, with the Wilson score interval
// (which stays inside 0 … 100 and is sensible near 0% and 100%, unlike the normal one).
Estimate topTwoBox(qint64 hits, qint64 n);
// The mean with a Student's t interval, mean ± t(0.975, n − 1)·s/√n; no interval for n < 2.
Estimate mean(const RunningMean &values);
// The same from plain sums, for callers that have only those. Exact for integer scores (their
// sums are exact in a double up to 2^53); for other data prefer RunningMean.
Estimate mean(qint64 n, double sum, double sumOfSquares);

} // namespace estimates
} // namespace cx
