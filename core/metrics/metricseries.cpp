// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricseries.h"

#include "estimate.h"
#include "model/workspace.h"

#include <algorithm>
#include <limits>
#include <map>
#include <vector>

namespace cx {
namespace {

enum class Rule { Nps, TopTwoBox, Mean };

Rule ruleOf(ResponseScale scale)
{
    switch (scale) {
    case ResponseScale::Nps:
        return Rule::Nps;
    case ResponseScale::Csat:
        return Rule::TopTwoBox;
    case ResponseScale::Ces5:
    case ResponseScale::Ces7:
    case ResponseScale::Custom:
        return Rule::Mean;
    }
    return Rule::Mean;
}

// What one day (then one period) of responses adds up to. NPS uses all three counts, top-two
// box uses n and high (the hits), the mean uses scores.
struct Tally {
    qint64 n = 0;
    qint64 high = 0; // promoters, or top-two-box hits
    qint64 low = 0; // detractors
    RunningMean scores;

    void merge(const Tally &other)
    {
        n += other.n;
        high += other.high;
        low += other.low;
        scores.merge(other.scores);
    }
    Estimate estimate(Rule rule) const
    {
        switch (rule) {
        case Rule::Nps:
            return estimates::nps(high, n - high - low, low);
        case Rule::TopTwoBox:
            return estimates::topTwoBox(high, n);
        case Rule::Mean:
            return estimates::mean(scores);
        }
        return Estimate();
    }
};

// The rows of one batch that pass the filter: index of the filter's moment and segment in the
// batch's own lists, -1 for "any"; nullopt when the batch cannot hold a matching row.
struct BatchFilter {
    qint32 moment = -1;
    qint32 segment = -1;
};

std::optional<BatchFilter> filterFor(const ResponseBatch &batch, const ResponseFilter &filter)
{
    BatchFilter f;
    const Responses &r = batch.responses;
    // The columns are as long as each other (the import writes them so); a batch where a column
    // needed here is short is skipped rather than read past its end.
    if ((filter.moment && r.moments.size() < r.size())
        || (filter.segment && r.segments.size() < r.size()))
        return std::nullopt;
    if (filter.moment) {
        f.moment = qint32(r.momentUids.indexOf(*filter.moment));
        if (f.moment < 0)
            return std::nullopt;
    }
    if (filter.segment) {
        f.segment = qint32(r.segmentNames.indexOf(*filter.segment));
        if (f.segment < 0)
            return std::nullopt;
    }
    return f;
}

// Adds the batch's matching rows to tallies indexed by day − firstDay. One loop per rule and
// filter shape keeps the per-row work to a compare and an add.
void tallyDays(const ResponseBatch &batch, const BatchFilter &f, Rule rule, qint64 firstDay,
               std::vector<Tally> &days)
{
    const Responses &r = batch.responses;
    const qint64 *day = r.days.constData();
    const double *score = r.scores.constData();
    const qint32 *moment = r.moments.constData();
    const qint32 *segment = r.segments.constData();
    const qsizetype count = std::min(r.size(), r.scores.size());
    auto pass = [&](qsizetype k) {
        return (f.moment < 0 || moment[k] == f.moment)
            && (f.segment < 0 || segment[k] == f.segment);
    };
    const bool filtered = f.moment >= 0 || f.segment >= 0;
    auto each = [&](auto &&add) {
        if (filtered) {
            for (qsizetype k = 0; k < count; ++k) {
                if (pass(k))
                    add(days[std::size_t(day[k] - firstDay)], score[k]);
            }
        } else {
            for (qsizetype k = 0; k < count; ++k)
                add(days[std::size_t(day[k] - firstDay)], score[k]);
        }
    };
    switch (rule) {
    case Rule::Nps:
        each([](Tally &t, double s) {
            ++t.n;
            t.high += s >= 9 ? 1 : 0;
            t.low += s < 7 ? 1 : 0;
        });
        break;
    case Rule::TopTwoBox:
        each([](Tally &t, double s) {
            ++t.n;
            t.high += s >= 4 ? 1 : 0;
        });
        break;
    case Rule::Mean:
        each([](Tally &t, double s) {
            ++t.n;
            t.scores.add(s);
        });
        break;
    }
}

QList<PeriodValue> fromResponses(const QList<const ResponseBatch *> &batches, Granularity g,
                                 const ResponseFilter &filter)
{
    // The import keeps one scale per metric. Should batches differ anyway, the oldest batch's
    // scale decides and every batch's scores are read by its rule.
    const Rule rule = ruleOf(batches.constFirst()->scale);
    QList<std::pair<const ResponseBatch *, BatchFilter>> used;
    qint64 firstDay = std::numeric_limits<qint64>::max();
    qint64 lastDay = std::numeric_limits<qint64>::min();
    for (const ResponseBatch *b : batches) {
        const std::optional<BatchFilter> f = filterFor(*b, filter);
        if (!f || b->responses.size() == 0)
            continue;
        used.append({ b, *f });
        const auto [lo, hi]
            = std::minmax_element(b->responses.days.cbegin(), b->responses.days.cend());
        firstDay = std::min(firstDay, *lo);
        lastDay = std::max(lastDay, *hi);
    }
    if (used.isEmpty())
        return {};

    std::vector<Tally> days(std::size_t(lastDay - firstDay + 1));
    for (const auto &[batch, f] : used)
        tallyDays(*batch, f, rule, firstDay, days);

    // Days ascend, so periods do: each day joins the last period or starts the next.
    QList<std::pair<Period, Tally>> periods;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i].n == 0)
            continue;
        const Period p = Period::containing(QDate::fromJulianDay(firstDay + qint64(i)), g);
        if (periods.isEmpty() || periods.constLast().first != p)
            periods.append({ p, Tally() });
        periods.last().second.merge(days[i]);
    }
    QList<PeriodValue> values;
    values.reserve(periods.size());
    for (const auto &[period, tally] : std::as_const(periods)) {
        const Estimate e = tally.estimate(rule);
        values.append({ period, e.value, e.n, e.low, e.high, e.smallSample(), true });
    }
    return values;
}

QList<PeriodValue> fromMeasurements(const Metric &metric, Granularity g)
{
    std::map<Period, RunningMean> byPeriod;
    for (const Measurement &m : metric.measurements) {
        if (m.date.isValid())
            byPeriod[Period::containing(m.date, g)].add(m.value);
    }
    QList<PeriodValue> values;
    values.reserve(qsizetype(byPeriod.size()));
    for (const auto &[period, mean] : byPeriod)
        values.append({ period, mean.mean, mean.n, std::nullopt, std::nullopt, false, false });
    return values;
}

} // namespace

QList<PeriodValue> MetricSeries::of(const Workspace &ws, const Uid &metric, Granularity g,
                                    const ResponseFilter &filter)
{
    const auto found = ws.metrics.constFind(metric);
    if (found == ws.metrics.cend())
        return {};
    QList<const ResponseBatch *> batches;
    for (const ResponseBatch &b : ws.responseBatches) {
        if (b.metric == metric)
            batches.append(&b);
    }
    if (batches.isEmpty())
        return fromMeasurements(*found, g);
    std::sort(batches.begin(), batches.end(), [](const ResponseBatch *a, const ResponseBatch *b) {
        return a->created != b->created ? a->created < b->created
                                        : uidText(a->uid) < uidText(b->uid);
    });
    return fromResponses(batches, g, filter);
}

} // namespace cx
