// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace cx {

struct Workspace;

// How long a period of a metric's series is.
enum class PeriodSize { Week, Month, Quarter };
enum class FactStatus { NoData, NoTarget, OnTrack, AtRisk, OffTrack };
enum class FactTrend { Unknown, Rising, Falling, Flat };

// One period of a metric's series: its value, from how many measurements or responses, and
// where it came from survey responses the 95% interval around it.
struct FactPeriod {
    QDate first, last;
    QString name; // "2026-08", "2026-W05", "2026-Q3"
    double value = 0;
    qint64 n = 0;
    std::optional<double> low, high;
    bool smallSample = false;
    bool fromResponses = false;
};

// What the Metrics view shows of one metric at one period size.
struct MetricFacts {
    QList<FactPeriod> periods; // oldest first
    FactStatus status = FactStatus::NoData;
    FactTrend trend = FactTrend::Unknown;
    qint64 responses = 0;      // survey responses behind the periods, 0 for measurements only
    const FactPeriod *latest() const { return periods.isEmpty() ? nullptr : &periods.constLast(); }
};

// A driver's per-period values against those of the metric it drives: a correlation.
struct FactCorrelation {
    int periods = 0;
    std::optional<double> r, p;
};

// The statistics the view reads, computed on first use and kept until reset() (the view resets
// after every change of the workspace): a summary per metric, the correlations of every Drives
// link at once. The workspace must outlive the cache or the next reset().
class MetricFactsCache
{
    Q_DECLARE_TR_FUNCTIONS(cx::MetricFactsCache)

public:
    void reset(const Workspace *workspace, PeriodSize size);
    PeriodSize periodSize() const { return m_size; }
    // By value: cheap (the periods are shared), and safe while the cache grows.
    MetricFacts facts(const Uid &metric);
    std::optional<FactCorrelation> correlation(const Uid &driver, const Uid &driven);

    static QString statusName(FactStatus status);   // stable: "on-track"
    static QString statusLabel(FactStatus status);  // translated: "On track"
    static QString trendName(FactTrend trend);      // stable: "rising"
    static QString trendLabel(FactTrend trend);     // translated: "rising"
    static QString trendArrow(FactTrend trend);     // ↗ ↘ → or nothing
    static QString periodWord(PeriodSize size, int n); // "12 months"
    // "r = 0.82 over 12 months, correlation, not cause"
    static QString correlationText(const FactCorrelation &c, PeriodSize size);

private:
    const Workspace *m_workspace = nullptr;
    PeriodSize m_size = PeriodSize::Month;
    QHash<Uid, MetricFacts> m_facts;
    bool m_correlationsDone = false;
    QHash<QPair<Uid, Uid>, FactCorrelation> m_correlations;
};

} // namespace cx
