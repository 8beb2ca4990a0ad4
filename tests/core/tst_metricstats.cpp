// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/drivers.h"
#include "metrics/estimate.h"
#include "metrics/metricseries.h"
#include "metrics/metricstatus.h"
#include "metrics/metricsummary.h"
#include "metrics/period.h"
#include "model/workspace.h"

#include <QTest>
#include <cmath>

using namespace cx;
using namespace Qt::StringLiterals;

// The statistics of core/metrics on worked examples. Every expected figure below was computed
// apart from the code under test, with python3's standard library (3.11; scipy is not
// installed here), and the command is written beside it:
//   z = statistics.NormalDist().inv_cdf(0.975)               = 1.9599639845400536
//   t(0.975, 9) from published tables                         = 2.262157
//     (cross-checked by Simpson integration of the t density with math.gamma: 2.2621571627981973)
// Tolerances: 1e-9 for figures from z and exact arithmetic; 1e-6 where a table value of t
// (six decimals) enters.
namespace {

constexpr double tight = 1e-9;
constexpr double table = 1e-6;

bool near(double actual, double expected, double tolerance)
{
    if (std::abs(actual - expected) <= tolerance)
        return true;
    qWarning("got %.12f, expected %.12f", actual, expected);
    return false;
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

Metric metric(const QString &title, std::optional<double> target = std::nullopt,
              Direction direction = Direction::HigherIsBetter)
{
    Metric m;
    m.uid = newUid();
    m.title = title;
    m.target = target;
    m.direction = direction;
    return m;
}

// Appends one response per score on the given day, naming moment and segment (by index into
// the batch's own lists, -1 for none).
void respond(ResponseBatch &b, QDate date, std::initializer_list<double> scores, qint32 moment = -1,
             qint32 segment = -1)
{
    for (double s : scores) {
        b.responses.days.append(date.toJulianDay());
        b.responses.scores.append(s);
        b.responses.moments.append(moment);
        b.responses.segments.append(segment);
    }
}

ResponseBatch batchFor(const Metric &m, ResponseScale scale, QDateTime created)
{
    ResponseBatch b;
    b.uid = newUid();
    b.metric = m.uid;
    b.scale = scale;
    b.created = created;
    return b;
}

PeriodValue manual(const QString &period, double value)
{
    return PeriodValue {
        *Period::fromName(period), value, 1, std::nullopt, std::nullopt, false, false
    };
}

PeriodValue withInterval(const QString &period, double value, double low, double high)
{
    return PeriodValue { *Period::fromName(period), value, 100, low, high, false, true };
}

// An NPS metric with two batches:
//   first batch:  Mon 2026-01-05 (2026-W02): 10, 9, 3    (moment A, segment web)
//                 Mon 2026-01-12 (2026-W03): 8, 6        (moment B, segment store)
//   second batch: Mon 2026-02-02 (2026-W06): 10, 10, 9, 7 (moment A, segment store)
// The second batch lists moment A and the store segment at other indices than the first.
struct NpsFixture {
    Workspace ws;
    Uid nps, momentA, momentB;
};

NpsFixture npsFixture()
{
    NpsFixture f;
    const Metric nps = metric(u"NPS"_s, 30);
    f.nps = nps.uid;
    f.ws.metrics.insert(nps.uid, nps);
    f.momentA = newUid();
    f.momentB = newUid();
    ResponseBatch first
        = batchFor(nps, ResponseScale::Nps, QDateTime(day(2026, 3, 1), QTime(9, 0), Qt::UTC));
    first.responses.momentUids = { f.momentA, f.momentB };
    first.responses.segmentNames = { u"web"_s, u"store"_s };
    respond(first, day(2026, 1, 5), { 10, 9, 3 }, 0, 0);
    respond(first, day(2026, 1, 12), { 8, 6 }, 1, 1);
    ResponseBatch second
        = batchFor(nps, ResponseScale::Nps, QDateTime(day(2026, 3, 2), QTime(9, 0), Qt::UTC));
    second.responses.momentUids = { f.momentB, f.momentA };
    second.responses.segmentNames = { u"store"_s };
    respond(second, day(2026, 2, 2), { 10, 10, 9, 7 }, 1, 0);
    f.ws.responseBatches.insert(first.uid, first);
    f.ws.responseBatches.insert(second.uid, second);
    return f;
}

} // namespace

class TestMetricStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void granularityNames();
    void periodNames_data();
    void periodNames();
    void periodSteps();
    void periodFromNameRoundTrips();
    void periodFromNameRejects_data();
    void periodFromNameRejects();
    void npsWorkedExample();
    void csatWorkedExample();
    void cesMeanWorkedExample();
    void noDataAndSmallSamples();
    void runningMeanIsStable();
    void seriesFromResponses();
    void seriesFilteredByMomentAndSegment();
    void seriesOfMeanScaleMatchesTheWorkedExample();
    void seriesFromMeasurements();
    void status_data();
    void status();
    void trend();
    void drivers();
    void summary();
};

void TestMetricStats::granularityNames()
{
    for (Granularity g : { Granularity::Week, Granularity::Month, Granularity::Quarter })
        QCOMPARE(granularityFromName(name(g)), g);
    QCOMPARE(name(Granularity::Quarter), QStringLiteral("quarter"));
    QVERIFY(!granularityFromName(QStringLiteral("Month")));
}

void TestMetricStats::periodNames_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    // ISO weeks checked with python3: datetime.date(y, m, d).isocalendar()
    QTest::newRow("month") << day(2026, 8, 15) << Granularity::Month << u"2026-08"_s
                           << day(2026, 8, 1) << day(2026, 8, 31);
    QTest::newRow("february, leap") << day(2024, 2, 10) << Granularity::Month << u"2024-02"_s
                                    << day(2024, 2, 1) << day(2024, 2, 29);
    QTest::newRow("quarter") << day(2026, 8, 15) << Granularity::Quarter << u"2026-Q3"_s
                             << day(2026, 7, 1) << day(2026, 9, 30);
    QTest::newRow("quarter 4") << day(2026, 12, 31) << Granularity::Quarter << u"2026-Q4"_s
                               << day(2026, 10, 1) << day(2026, 12, 31);
    QTest::newRow("week") << day(2026, 1, 29) << Granularity::Week << u"2026-W05"_s
                          << day(2026, 1, 26) << day(2026, 2, 1);
    QTest::newRow("new year in W53") << day(2027, 1, 1) << Granularity::Week << u"2026-W53"_s
                                     << day(2026, 12, 28) << day(2027, 1, 3);
    QTest::newRow("sunday 2021-01-03") << day(2021, 1, 3) << Granularity::Week << u"2020-W53"_s
                                       << day(2020, 12, 28) << day(2021, 1, 3);
    QTest::newRow("monday 2024-12-30") << day(2024, 12, 30) << Granularity::Week << u"2025-W01"_s
                                       << day(2024, 12, 30) << day(2025, 1, 5);
}

void TestMetricStats::periodNames()
{
    QFETCH(QDate, date);
    QFETCH(Granularity, granularity);
    QFETCH(QString, name);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const Period p = Period::containing(date, granularity);
    QCOMPARE(p.granularity(), granularity);
    QCOMPARE(p.name(), name);
    QCOMPARE(p.first(), first);
    QCOMPARE(p.last(), last);
    QCOMPARE(Period::containing(first, granularity), p);
    QCOMPARE(Period::containing(last, granularity), p);
    QVERIFY(Period::containing(last.addDays(1), granularity) != p);
}

void TestMetricStats::periodSteps()
{
    const auto step = [](const QString &from) { return Period::fromName(from)->next().name(); };
    QCOMPARE(step(u"2026-12"_s), u"2027-01"_s);
    QCOMPARE(step(u"2026-W53"_s), u"2027-W01"_s);
    QCOMPARE(step(u"2025-W52"_s), u"2026-W01"_s);
    QCOMPARE(step(u"2026-Q4"_s), u"2027-Q1"_s);
    const Period w = *Period::fromName(u"2026-W53"_s);
    QCOMPARE(w.next().key(), w.key() + 1);
    QVERIFY(w < w.next());
    QVERIFY(!Period().isValid());
    QVERIFY(Period().name().isEmpty());
}

void TestMetricStats::periodFromNameRoundTrips()
{
    // Every period of every granularity from 2019 through 2030 (2020 and 2026 have 53 ISO
    // weeks): containing() and fromName() agree, and keys count up by one.
    for (Granularity g : { Granularity::Week, Granularity::Month, Granularity::Quarter }) {
        Period p = Period::containing(day(2019, 1, 1), g);
        int weeks2026 = 0;
        while (p.first().year() <= 2030) {
            const std::optional<Period> back = Period::fromName(p.name());
            QVERIFY2(back && *back == p, qPrintable(p.name()));
            QCOMPARE(p.next().first(), p.last().addDays(1));
            QCOMPARE(p.next().key(), p.key() + 1);
            if (g == Granularity::Week && p.name().startsWith(u"2026-W"_s))
                ++weeks2026;
            p = p.next();
        }
        if (g == Granularity::Week)
            QCOMPARE(weeks2026, 53);
    }
}

void TestMetricStats::periodFromNameRejects_data()
{
    QTest::addColumn<QString>("name");
    for (const char *text : { "2026-13", "2026-00", "2026-W54", "2025-W53", "2026-W00", "2026-Q5",
                              "2026-Q0", "2026-8", "26-08", "2026-W5", "2026-w05", "2026-q3",
                              " 2026-08", "2026-08\n", "2026-08-01", "0000-01", "" })
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestMetricStats::periodFromNameRejects()
{
    QFETCH(QString, name);
    QVERIFY(!Period::fromName(name));
}

void TestMetricStats::npsWorkedExample()
{
    // Responses 10,9,9,8,7,6,5,10,3,9: promoters 10,9,9,10,9 (5), passives 8,7 (2),
    // detractors 6,5,3 (3); NPS = 100·(5 − 3)/10 = +20.
    // python3: pP, pD = .5, .3; h = z*sqrt((pP + pD - (pP - pD)**2)/10)*100
    //   → 20 ∓ h = -34.032478230482205, 74.03247823048221
    const Estimate e = estimates::nps(5, 2, 3);
    QCOMPARE(e.n, 10);
    QVERIFY(near(e.value, 20, tight));
    QVERIFY(near(*e.low, -34.032478230482205, tight));
    QVERIFY(near(*e.high, 74.03247823048221, tight));
    QVERIFY(e.smallSample());
    QVERIFY(near(estimates::z95(), 1.9599639845400536, 1e-12));
    // All promoters: the variance is 0 and the interval collapses on +100 (clamped, not past it).
    const Estimate all = estimates::nps(40, 0, 0);
    QCOMPARE(*all.low, 100.0);
    QCOMPARE(*all.high, 100.0);
}

void TestMetricStats::csatWorkedExample()
{
    // Answers 5,4,4,3,5,2,4,5,1,4: 4 or 5 seven times → 70%. Wilson, python3:
    //   p, n = .7, 10; d = 1 + z*z/n; c = (p + z*z/(2*n))/d; h = z/d*sqrt(p*(1-p)/n + z*z/(4*n*n))
    //   → 100*(c - h), 100*(c + h) = 39.677814746114535, 89.2208732593699
    const Estimate e = estimates::topTwoBox(7, 10);
    QVERIFY(near(e.value, 70, tight));
    QVERIFY(near(*e.low, 39.677814746114535, tight));
    QVERIFY(near(*e.high, 89.2208732593699, tight));
}

void TestMetricStats::cesMeanWorkedExample()
{
    // Effort 2,3,1,4,2,5,3,2,3,2: python3 statistics.mean = 2.7, statistics.stdev =
    // 1.1595018087284057; 2.7 ∓ 2.262157·sd/sqrt(10) = 1.8705424333, 3.5294575667.
    RunningMean scores;
    for (double s : { 2, 3, 1, 4, 2, 5, 3, 2, 3, 2 })
        scores.add(s);
    QVERIFY(near(std::sqrt(scores.variance()), 1.1595018087284057, tight));
    const Estimate e = estimates::mean(scores);
    QCOMPARE(e.n, 10);
    QVERIFY(near(e.value, 2.7, tight));
    QVERIFY(near(*e.low, 1.8705424333333336, table));
    QVERIFY(near(*e.high, 3.5294575666666668, table));
    QVERIFY(near(estimates::t95(9), 2.262157, table));
    // The same from plain sums: Σ = 27, Σx² = 4+9+1+16+4+25+9+4+9+4 = 85.
    const Estimate fromSums = estimates::mean(10, 27, 85);
    QVERIFY(near(*fromSums.low, *e.low, tight));
    QVERIFY(near(*fromSums.high, *e.high, tight));
}

void TestMetricStats::noDataAndSmallSamples()
{
    for (const Estimate &e :
         { estimates::nps(0, 0, 0), estimates::topTwoBox(0, 0), estimates::mean(RunningMean()) }) {
        QCOMPARE(e.n, 0);
        QCOMPARE(e.value, 0.0);
        QVERIFY(!e.low && !e.high);
    }
    RunningMean one;
    one.add(4);
    const Estimate single = estimates::mean(one);
    QCOMPARE(single.value, 4.0);
    QVERIFY(!single.low && !single.high);
    // Fewer than 30 is small: 29 is, 30 is not.
    QVERIFY(estimates::nps(10, 10, 9).smallSample());
    QVERIFY(!estimates::nps(10, 10, 10).smallSample());
    QVERIFY(estimates::topTwoBox(20, 29).smallSample());
    QVERIFY(!estimates::topTwoBox(20, 30).smallSample());
}

void TestMetricStats::runningMeanIsStable()
{
    // The CES answers shifted by 1e9: sum of squares minus square of sum loses every digit of
    // the variance in a double here; Welford and the pairwise merge keep it.
    RunningMean a, b;
    const double shift = 1e9;
    for (double s : { 2, 3, 1, 4, 2 })
        a.add(shift + s);
    for (double s : { 5, 3, 2, 3, 2 })
        b.add(shift + s);
    a.merge(b);
    QCOMPARE(a.n, 10);
    QVERIFY(near(a.mean, shift + 2.7, 1e-6));
    QVERIFY(near(std::sqrt(a.variance()), 1.1595018087284057, 1e-6));
}

void TestMetricStats::seriesFromResponses()
{
    const NpsFixture f = npsFixture();
    const Workspace &ws = f.ws;
    const Metric nps = ws.metrics.value(f.nps);
    // Per month: January P 10,9 / passive 8 / D 3,6 → 0 (n 5); February P 3, passive 1 → +75.
    QList<PeriodValue> months = MetricSeries::of(ws, nps.uid, Granularity::Month);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0].period.name(), u"2026-01"_s);
    QCOMPARE(months[0].n, 5);
    QVERIFY(near(months[0].value, 0, tight));
    QCOMPARE(months[1].period.name(), u"2026-02"_s);
    QVERIFY(near(months[1].value, 75, tight));
    const Estimate feb = estimates::nps(3, 1, 0);
    QCOMPARE(months[1].low, feb.low);
    QCOMPARE(months[1].high, feb.high);
    QVERIFY(months[1].fromResponses && months[1].smallSample);

    // Per week: W02 (2 P, 1 D of 3) → +33.3…, W03 (1 passive, 1 D) → −50, W06 → +75; the
    // weeks between have no responses and no entry.
    const QList<PeriodValue> weeks = MetricSeries::of(ws, nps.uid, Granularity::Week);
    QCOMPARE(weeks.size(), 3);
    QCOMPARE(weeks[0].period.name(), u"2026-W02"_s);
    QVERIFY(near(weeks[0].value, 100.0 / 3.0, tight));
    QCOMPARE(weeks[1].period.name(), u"2026-W03"_s);
    QVERIFY(near(weeks[1].value, -50, tight));
    QCOMPARE(weeks[2].period.name(), u"2026-W06"_s);
    QVERIFY(near(weeks[2].value, 75, tight));

    // Manual measurements are ignored once a metric has responses.
    Workspace withManual = ws;
    withManual.metrics[nps.uid].measurements = { { day(2026, 5, 1), 99, QString() } };
    QCOMPARE(MetricSeries::of(withManual, nps.uid, Granularity::Month), months);
    QVERIFY(MetricSeries::of(ws, newUid(), Granularity::Month).isEmpty());
}

void TestMetricStats::seriesFilteredByMomentAndSegment()
{
    const NpsFixture f = npsFixture();
    const Uid momentA = f.momentA;
    // "name=value" per period, the value rounded to 9 decimals (100·(2 − 1)/3 and 100/3 differ
    // in the last bit).
    const auto values = [&f](const ResponseFilter &filter) {
        QStringList out;
        for (const PeriodValue &v : MetricSeries::of(f.ws, f.nps, Granularity::Month, filter))
            out.append(v.period.name() + u'=' + QString::number(v.value, 'f', 9));
        return out;
    };
    // Moment A: January 10, 9, 3 → +33.3…; February 10, 10, 9, 7 → +75.
    QCOMPARE(values({ momentA, std::nullopt }),
             (QStringList { u"2026-01=33.333333333"_s, u"2026-02=75.000000000"_s }));
    // Store: January 8, 6 → −50; February → +75.
    QCOMPARE(values({ std::nullopt, u"store"_s }),
             (QStringList { u"2026-01=-50.000000000"_s, u"2026-02=75.000000000"_s }));
    // Moment A on the web: January only.
    QCOMPARE(values({ momentA, u"web"_s }), QStringList { u"2026-01=33.333333333"_s });
    // A moment or segment no response names: nothing.
    QVERIFY(values({ newUid(), std::nullopt }).isEmpty());
    QVERIFY(values({ std::nullopt, u"phone"_s }).isEmpty());
}

void TestMetricStats::seriesOfMeanScaleMatchesTheWorkedExample()
{
    // The CES example's ten answers spread over five days of March 2026 and two batches, so
    // the per-day tallies are merged: the month must give exactly the worked example.
    Workspace ws;
    const Metric ces = metric(u"CES"_s, 3, Direction::LowerIsBetter);
    ws.metrics.insert(ces.uid, ces);
    ResponseBatch a
        = batchFor(ces, ResponseScale::Ces5, QDateTime(day(2026, 4, 1), QTime(), Qt::UTC));
    ResponseBatch b
        = batchFor(ces, ResponseScale::Ces5, QDateTime(day(2026, 4, 2), QTime(), Qt::UTC));
    respond(a, day(2026, 3, 2), { 2, 3 });
    respond(a, day(2026, 3, 9), { 1, 4, 2 });
    respond(b, day(2026, 3, 9), { 5 });
    respond(b, day(2026, 3, 20), { 3, 2 });
    respond(b, day(2026, 3, 31), { 3, 2 });
    ws.responseBatches.insert(a.uid, a);
    ws.responseBatches.insert(b.uid, b);
    const QList<PeriodValue> quarters = MetricSeries::of(ws, ces.uid, Granularity::Quarter);
    QCOMPARE(quarters.size(), 1);
    QCOMPARE(quarters[0].period.name(), u"2026-Q1"_s);
    QCOMPARE(quarters[0].n, 10);
    QVERIFY(near(quarters[0].value, 2.7, tight));
    QVERIFY(near(*quarters[0].low, 1.8705424333333336, table));
    QVERIFY(near(*quarters[0].high, 3.5294575666666668, table));
}

void TestMetricStats::seriesFromMeasurements()
{
    // Manual values 40 (Jan 10), 50 (Jan 20), 70 (Mar 1): months Jan = 45 (n 2), Mar = 70;
    // the quarter Q1 = (40 + 50 + 70)/3 = 53.33….
    Workspace ws;
    Metric retention = metric(u"Retention"_s);
    retention.measurements = { { day(2026, 1, 10), 40, QString() },
                               { day(2026, 1, 20), 50, QString() },
                               { day(2026, 3, 1), 70, QString() } };
    ws.metrics.insert(retention.uid, retention);
    const QList<PeriodValue> months = MetricSeries::of(ws, retention.uid, Granularity::Month);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0].period.name(), u"2026-01"_s);
    QCOMPARE(months[0].n, 2);
    QVERIFY(near(months[0].value, 45, tight));
    QCOMPARE(months[1].period.name(), u"2026-03"_s);
    QVERIFY(near(months[1].value, 70, tight));
    QVERIFY(!months[0].low && !months[0].high && !months[0].smallSample
            && !months[0].fromResponses);
    const QList<PeriodValue> quarters = MetricSeries::of(ws, retention.uid, Granularity::Quarter);
    QCOMPARE(quarters.size(), 1);
    QCOMPARE(quarters[0].n, 3);
    QVERIFY(near(quarters[0].value, 160.0 / 3.0, tight));
}

void TestMetricStats::status_data()
{
    QTest::addColumn<std::optional<double>>("target");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<std::optional<PeriodValue>>("latest");
    QTest::addColumn<MetricStatus>("status");
    const auto higher = Direction::HigherIsBetter;
    const auto lower = Direction::LowerIsBetter;
    // The NPS example, +20 in [−34.03, 74.03], and the CES example, 2.7 in [1.87, 3.53].
    const PeriodValue npsValue
        = withInterval(u"2026-01"_s, 20, -34.032478230482205, 74.03247823048221);
    const PeriodValue cesValue
        = withInterval(u"2026-01"_s, 2.7, 1.8705424333333336, 3.5294575666666668);
    const std::optional<PeriodValue> none;
    QTest::newRow("no data") << std::optional<double>(30) << higher << none << MetricStatus::NoData;
    QTest::newRow("no target") << std::optional<double>() << higher << std::optional(npsValue)
                               << MetricStatus::NoTarget;
    QTest::newRow("higher, interval holds target")
        << std::optional<double>(30) << higher << std::optional(npsValue) << MetricStatus::AtRisk;
    QTest::newRow("higher, all above target")
        << std::optional<double>(-40) << higher << std::optional(npsValue) << MetricStatus::OnTrack;
    QTest::newRow("higher, all below target")
        << std::optional<double>(80) << higher << std::optional(npsValue) << MetricStatus::OffTrack;
    QTest::newRow("higher, target on the interval's end")
        << std::optional<double>(74.03247823048221) << higher << std::optional(npsValue)
        << MetricStatus::AtRisk;
    QTest::newRow("lower, interval holds target")
        << std::optional<double>(3) << lower << std::optional(cesValue) << MetricStatus::AtRisk;
    QTest::newRow("lower, all below target")
        << std::optional<double>(4) << lower << std::optional(cesValue) << MetricStatus::OnTrack;
    QTest::newRow("lower, all above target")
        << std::optional<double>(1.5) << lower << std::optional(cesValue) << MetricStatus::OffTrack;
    QTest::newRow("higher, manual meets")
        << std::optional<double>(45) << higher << std::optional(manual(u"2026-01"_s, 45))
        << MetricStatus::OnTrack;
    QTest::newRow("higher, manual misses")
        << std::optional<double>(45) << higher << std::optional(manual(u"2026-01"_s, 44.9))
        << MetricStatus::OffTrack;
    QTest::newRow("lower, manual meets")
        << std::optional<double>(4) << lower << std::optional(manual(u"2026-01"_s, 3))
        << MetricStatus::OnTrack;
    QTest::newRow("lower, manual misses")
        << std::optional<double>(4) << lower << std::optional(manual(u"2026-01"_s, 5))
        << MetricStatus::OffTrack;
}

void TestMetricStats::status()
{
    QFETCH(std::optional<double>, target);
    QFETCH(Direction, direction);
    QFETCH(std::optional<PeriodValue>, latest);
    QFETCH(MetricStatus, status);
    QCOMPARE(statusOf(metric(u"M"_s, target, direction), latest), status);
}

void TestMetricStats::trend()
{
    QCOMPARE(trendOf({}), Trend::Unknown);
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 45) }), Trend::Unknown);
    // Manual: flat within 1% of the larger magnitude.
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 45), manual(u"2026-03"_s, 70) }), Trend::Rising);
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 70), manual(u"2026-02"_s, 45) }), Trend::Falling);
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 100), manual(u"2026-02"_s, 101) }), Trend::Flat);
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 100), manual(u"2026-02"_s, 101.1) }), Trend::Rising);
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 0), manual(u"2026-02"_s, 0) }), Trend::Flat);
    // Responses: flat when the latest interval holds the previous value.
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 60), withInterval(u"2026-02"_s, 20, -34.03, 74.03) }),
             Trend::Flat);
    QCOMPARE(trendOf({ manual(u"2026-01"_s, 80), withInterval(u"2026-02"_s, 20, -34.03, 74.03) }),
             Trend::Falling);
    QCOMPARE(trendOf({ manual(u"2026-01"_s, -40), withInterval(u"2026-02"_s, 20, -34.03, 74.03) }),
             Trend::Rising);
    QCOMPARE(name(Trend::Flat), u"flat"_s);
    QCOMPARE(name(MetricStatus::AtRisk), u"at-risk"_s);
    QCOMPARE(label(MetricStatus::OnTrack), u"On track"_s);
}

void TestMetricStats::drivers()
{
    // Monthly manual values, January–June 2026 unless said otherwise:
    //   chat (driver)  1, 2, 3, 4, 5, 6
    //   ces  (driven)  2, 1, 4, 3, 6, 5   python3 statistics.correlation → r = 0.8285714285714286
    //     t = r·sqrt(4/(1 − r²)) = 2.9598001058630077; df 4 has a closed form: u = t/sqrt(4 + t²),
    //     p = 1 − u(3 − u²)/2 = 0.041562682215743 (Simpson integration of the density agrees to
    //     1e-13)
    //   nps  (driven)  3·chat + 1         → r = 1, p = 0
    //   flat (driven)  7 every month      → zero variance: no r
    //   short (driven) Jan–May only       → 5 common periods: no r
    Workspace ws;
    const auto add = [&ws](const QString &title, const QList<double> &values) {
        Metric m = metric(title);
        for (qsizetype i = 0; i < values.size(); ++i)
            m.measurements.append({ day(2026, int(i) + 1, 15), values[i], QString() });
        ws.metrics.insert(m.uid, m);
        return m.uid;
    };
    const Uid chat = add(u"Chat resolution"_s, { 1, 2, 3, 4, 5, 6 });
    const Uid ces = add(u"CES"_s, { 2, 1, 4, 3, 6, 5 });
    const Uid nps = add(u"NPS"_s, { 4, 7, 10, 13, 16, 19 });
    const Uid flat = add(u"Flat"_s, { 7, 7, 7, 7, 7, 7 });
    const Uid shortOne = add(u"Short"_s, { 1, 3, 2, 5, 4 });
    for (const Uid &driven : { ces, nps, flat, shortOne })
        ws.links.insert({ chat, Relation::Drives, driven });
    ws.links.insert({ ces, Relation::Measures, nps }); // not a Drives link: ignored

    const QList<DriverCorrelation> all = Drivers::of(ws, Granularity::Month);
    QCOMPARE(all.size(), 4);
    // Ordered by the driven metric's title: CES, Flat, NPS, Short.
    QCOMPARE(all[0].driven, ces);
    QCOMPARE(all[1].driven, flat);
    QCOMPARE(all[2].driven, nps);
    QCOMPARE(all[3].driven, shortOne);
    QCOMPARE(all[0].driver, chat);
    QCOMPARE(all[0].periods, 6);
    QVERIFY(near(*all[0].r, 0.8285714285714286, tight));
    QVERIFY(near(*all[0].p, 0.041562682215743, 1e-9));
    QCOMPARE(all[1].periods, 6);
    QVERIFY(!all[1].r && !all[1].p);
    QVERIFY(near(*all[2].r, 1, tight));
    QVERIFY(near(*all[2].p, 0, 1e-9));
    QCOMPARE(all[3].periods, 5);
    QVERIFY(!all[3].r && !all[3].p);
    // Per quarter the six months are two periods: too few.
    QCOMPARE(Drivers::between(ws, chat, ces, Granularity::Quarter).periods, 2);
    QVERIFY(!Drivers::between(ws, chat, ces, Granularity::Quarter).r);
}

void TestMetricStats::summary()
{
    Workspace ws;
    Metric retention = metric(u"Retention"_s, 60);
    retention.measurements
        = { { day(2026, 1, 10), 40, QString() }, { day(2026, 3, 1), 70, QString() } };
    ws.metrics.insert(retention.uid, retention);
    const MetricSummary s = summarize(ws, retention.uid, Granularity::Month);
    QCOMPARE(s.uid, retention.uid);
    QCOMPARE(s.periods.size(), 2);
    QCOMPARE(s.latest->period.name(), u"2026-03"_s);
    QCOMPARE(s.status, MetricStatus::OnTrack);
    QCOMPARE(s.trend, Trend::Rising);
    const MetricSummary unknown = summarize(ws, newUid(), Granularity::Month);
    QCOMPARE(unknown.status, MetricStatus::NoData);
    QCOMPARE(unknown.trend, Trend::Unknown);
    QVERIFY(!unknown.latest);
}

QTEST_GUILESS_MAIN(TestMetricStats)
#include "tst_metricstats.moc"
