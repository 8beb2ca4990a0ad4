// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_metricseries: a metric's series over 1,000,000 survey responses spread over five years
// (2021–2025) in four batches, 20 moments and 5 segments: NPS per month (target < 100 ms),
// then per week (target ≤ 200 ms), per quarter, per month filtered by a moment, and a CES-7
// mean per month. Each figure is the median of 11 runs; the baseline, measured in the same run,
// is a plain loop summing every score (the least any aggregation must cost: one read a
// response).
//
//   bench_metricseries
#include "benchreport.h"

#include "metrics/metricseries.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <functional>

using namespace cx;
using namespace cx::bench;

namespace {

constexpr qsizetype responseCount = 1'000'000;
constexpr int batchCount = 4;
constexpr int runs = 11;

double medianMs(const std::function<void()> &what)
{
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        what();
        samples.add(timer.nsecsElapsed());
    }
    return samples.medianMs();
}

// One metric with responseCount responses on scale, scores drawn uniformly from low … high
// (whole numbers), days uniformly over 2021-01-01 … 2025-12-31. Fixed seed: the same data
// every run.
Workspace synthetic(ResponseScale scale, int low, int high, Uid &metric, QList<Uid> &moments)
{
    Workspace ws;
    Metric m;
    m.uid = newUid();
    m.title = QStringLiteral("Synthetic");
    ws.metrics.insert(m.uid, m);
    metric = m.uid;
    moments.clear();
    for (int i = 0; i < 20; ++i)
        moments.append(newUid());
    const QStringList segments { QStringLiteral("web"), QStringLiteral("app"),
                                 QStringLiteral("store"), QStringLiteral("phone"),
                                 QStringLiteral("partner") };
    const qint64 firstDay = QDate(2021, 1, 1).toJulianDay();
    const qint64 dayCount = QDate(2025, 12, 31).toJulianDay() - firstDay + 1;
    QRandomGenerator random(13);
    for (int b = 0; b < batchCount; ++b) {
        ResponseBatch batch;
        batch.uid = newUid();
        batch.metric = m.uid;
        batch.scale = scale;
        batch.low = low;
        batch.high = high;
        batch.created = QDateTime(QDate(2026, 1, 1 + b), QTime(9, 0), Qt::UTC);
        batch.responses.momentUids = moments;
        batch.responses.segmentNames = segments;
        const qsizetype rows = responseCount / batchCount;
        Responses &r = batch.responses;
        r.days.reserve(rows);
        r.scores.reserve(rows);
        r.moments.reserve(rows);
        r.segments.reserve(rows);
        for (qsizetype k = 0; k < rows; ++k) {
            r.days.append(firstDay + random.bounded(dayCount));
            r.scores.append(double(low + random.bounded(high - low + 1)));
            r.moments.append(qint32(random.bounded(moments.size() + 1)) - 1); // -1: none
            r.segments.append(qint32(random.bounded(segments.size())));
        }
        ws.responseBatches.insert(batch.uid, batch);
    }
    return ws;
}

double plainSumMs(const Workspace &ws)
{
    volatile double sink = 0;
    const double ms = medianMs([&] {
        double sum = 0;
        for (const ResponseBatch &b : ws.responseBatches) {
            for (double s : b.responses.scores)
                sum += s;
        }
        sink = sum;
    });
    (void)sink;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    say(QStringLiteral("bench_metricseries: Qt %1; %2 responses over 2021–2025 in %3 batches")
            .arg(QString::fromLatin1(qVersion()))
            .arg(responseCount)
            .arg(batchCount));
    Report report(QStringLiteral("plain sum"));
    auto add = [&](const QString &name, double ms, double base, const QString &target,
                   std::optional<bool> pass, const QString &note) {
        report.add({ Figure::Other, name, ms, base, target, pass, note });
    };

    Uid metric;
    QList<Uid> moments;
    {
        const Workspace ws = synthetic(ResponseScale::Nps, 0, 10, metric, moments);
        const double base = plainSumMs(ws);
        qsizetype periods = 0;
        const auto series = [&](Granularity g, const ResponseFilter &filter = {}) {
            return medianMs([&] { periods = MetricSeries::of(ws, metric, g, filter).size(); });
        };
        const double month = series(Granularity::Month);
        add(QStringLiteral("NPS by month"), month, base, QStringLiteral("< 100 ms"), month < 100,
            QStringLiteral("%1 periods").arg(periods));
        const double week = series(Granularity::Week);
        add(QStringLiteral("NPS by week (again, other periods)"), week, base,
            QStringLiteral("≤ 200 ms"), week <= 200, QStringLiteral("%1 periods").arg(periods));
        const double quarter = series(Granularity::Quarter);
        add(QStringLiteral("NPS by quarter"), quarter, base, {}, std::nullopt,
            QStringLiteral("%1 periods").arg(periods));
        const double filtered
            = series(Granularity::Month, { moments.constFirst(), QStringLiteral("store") });
        add(QStringLiteral("NPS by month, one moment and segment"), filtered, base, {},
            std::nullopt, QStringLiteral("%1 periods, about 1% of the responses").arg(periods));
    }
    {
        const Workspace ws = synthetic(ResponseScale::Ces7, 1, 7, metric, moments);
        const double base = plainSumMs(ws);
        qsizetype periods = 0;
        const double month
            = medianMs([&] { periods = MetricSeries::of(ws, metric, Granularity::Month).size(); });
        add(QStringLiteral("CES-7 mean by month"), month, base, QStringLiteral("< 100 ms"),
            month < 100, QStringLiteral("%1 periods; Welford per response").arg(periods));
    }
    report.print();
    return 0; // misses are shown in the table; ./dev bench goes on to the next benchmark
}
