// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"
#include "io/pdfexport.h"
#include "io/trendchartpainter.h"
#include "io/workspacejsonreader.h"
#include "metrics/metricseries.h"
#include "metrics/metricsummary.h"
#include "model/workspace.h"

#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace cx;

// The PDF's "Metrics" part (issue 13), read back page by page with poppler's pdftotext: the
// hierarchy with values, n and intervals, status and trend words; a trend chart per metric
// with values and a line for each without; the drivers table. The chart's tick steps and
// label spacing are checked on their own. Set CX_EXPORT_KEEP to a folder to keep the files.
class TestPdfMetrics : public QObject
{
    Q_OBJECT

private:
    Workspace m_example;
    QTemporaryDir m_dir;

    QString path(const QString &name) const
    {
        const QString keep = qEnvironmentVariable("CX_EXPORT_KEEP");
        return (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name;
    }

    static QStringList pageTexts(const QString &pdf, int pages) { return test::pdfPageTexts(pdf, pages); }

    static QStringList write(const Workspace &w, const PdfOptions &options, const QString &pdf)
    {
        const Result written = PdfExport::write(w, options, pdf);
        if (!written)
            qWarning() << written.message();
        return written ? pageTexts(pdf, PdfExport::pageCount(w, options)) : QStringList();
    }

    static QStringList metricsPages(const QStringList &texts)
    {
        QStringList pages;
        for (const QString &t : texts) {
            if (t.startsWith(u"Metrics: "))
                pages.append(t);
        }
        return pages;
    }

    static Metric metric(const QString &title, MetricLevel level, std::optional<double> target = {})
    {
        Metric m;
        m.uid = newUid();
        m.title = title;
        m.level = level;
        m.target = target;
        return m;
    }

    static PdfOptions metricsOnly()
    {
        PdfOptions options;
        PdfExport::setParts(QStringLiteral("metrics"), &options);
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("poppler-utils (pdftotext) is needed: see packaging/build-deps.txt");
        QVERIFY(m_dir.isValid());
        Result error;
        const auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(data, qPrintable(error.message()));
        for (const Node &node : data->nodes)
            m_example.put(node);
        for (const Link &link : data->links)
            m_example.links.insert(link);
        QVERIFY(m_example.metrics.size() >= 10);
    }

    void niceTicks_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("0 to 10") << 0.0 << 10.0 << 6 << QList<double>{0, 2, 4, 6, 8, 10};
        QTest::newRow("steps of 20") << 3.2 << 47.9 << 5 << QList<double>{0, 20, 40, 60};
        QTest::newRow("across zero") << -12.0 << 37.0 << 6 << QList<double>{-20, -10, 0, 10, 20, 30, 40};
        QTest::newRow("steps of 5") << 1.0 << 19.0 << 5 << QList<double>{0, 5, 10, 15, 20};
        QTest::newRow("one value") << 5.0 << 5.0 << 4 << QList<double>{4.5, 5, 5.5};
        QTest::newRow("zero") << 0.0 << 0.0 << 5 << QList<double>{-1, -0.5, 0, 0.5, 1};
        QTest::newRow("large") << 1210.0 << 1480.0 << 4 << QList<double>{1200, 1300, 1400, 1500};
        QTest::newRow("small") << 2.35 << 3.1 << 5 << QList<double>{2.2, 2.4, 2.6, 2.8, 3.0, 3.2};
    }
    void niceTicks()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, count);
        QFETCH(QList<double>, expected);
        const QList<double> ticks = TrendChartPainter::niceTicks(low, high, count);
        QCOMPARE(ticks.size(), expected.size());
        for (qsizetype i = 0; i < ticks.size(); ++i)
            QVERIFY2(std::abs(ticks[i] - expected[i]) < 1e-9, qPrintable(QString::number(ticks[i])));
    }

    void labelStride()
    {
        // Twelve month names 35 pt wide: every third where they are 17.5 pt apart, each where 50
        QCOMPARE(TrendChartPainter::labelStride(12, 17.5, 35), 3);
        QCOMPARE(TrendChartPainter::labelStride(12, 50, 35), 1);
        QCOMPARE(TrendChartPainter::labelStride(12, 20, 35), 2);
        QCOMPARE(TrendChartPainter::labelStride(1, 0, 35), 1);
        QCOMPARE(TrendChartPainter::number(1450), QLocale().toString(1450.0, 'f', 0));
        QCOMPARE(TrendChartPainter::number(5.8), QStringLiteral("5.8"));
        QCOMPARE(TrendChartPainter::number(2.35), QStringLiteral("2.35"));
        QCOMPARE(TrendChartPainter::number(-12), QStringLiteral("−12"));
        QCOMPARE(TrendChartPainter::number(38.44), QStringLiteral("38.4"));
    }

    void exampleHasMetricsPages()
    {
        // Given the example, when the default PDF is made
        const QStringList texts = write(m_example, PdfOptions(), path(QStringLiteral("example-metrics.pdf")));
        QVERIFY(!texts.isEmpty());

        // Then it has the three sections, in the contents too, before the summary
        const QStringList pages = metricsPages(texts);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        QVERIFY(pages.constFirst().startsWith(u"Metrics: hierarchy and status"));
        for (const char *part : {"Metrics: hierarchy and status", "Metrics: trends by month", "Metrics: drivers (correlation, not cause)"}) {
            QVERIFY2(texts.constFirst().contains(QString::fromUtf8(part)), part);
            QVERIFY2(std::any_of(pages.cbegin(), pages.cend(), [&](const QString &t) { return t.startsWith(QString::fromUtf8(part)); }),
                     part);
        }
        QVERIFY(texts.indexOf(pages.constLast()) < texts.size() - 1);
        QVERIFY(texts.constLast().startsWith(u"Summary"));

        // and every metric, with its status word, in the hierarchy and again on a chart
        const QString all = pages.join(u' ');
        for (const Metric &m : std::as_const(m_example.metrics)) {
            QVERIFY2(all.count(m.title) >= 2, qPrintable(m.title));
            const MetricSummary s = summarize(m_example, m.uid, Granularity::Month);
            QVERIFY2(!s.periods.isEmpty(), qPrintable(m.title));
            QVERIFY2(all.contains(label(s.status)), qPrintable(label(s.status)));
            QVERIFY2(all.contains(TrendChartPainter::trendWord(s.trend)), qPrintable(m.title));
        }
        QVERIFY(all.contains(u"Metric Latest Sample Target Status Trend"));
        QVERIFY(all.contains(u"target "));
        // The example's measurements are a few months each: too few for a correlation
        QVERIFY(all.contains(u"Driver → driven Common months r p Reading"));
        QVERIFY2(all.contains(u"Chat wait time → Get-help effort (CES)"), qPrintable(all));
        QVERIFY2(all.contains(u"too few periods (") && all.contains(u" of 6)"), qPrintable(all));
        // Onboarding effort drives three goals: under each, marked
        QVERIFY2(all.count(u"Onboarding effort (CES)") >= 4, qPrintable(all));
        QVERIFY(all.contains(u"◆ also under"));
    }

    void metricsAloneCanBePrinted()
    {
        const PdfOptions options = metricsOnly();
        QVERIFY(options.metrics && !options.cover && !options.summary && !options.journeys);
        const QStringList texts = write(m_example, options, path(QStringLiteral("metrics-only.pdf")));
        QVERIFY(texts.size() >= 3);
        QCOMPARE(metricsPages(texts).size(), texts.size());
        // and leaving them out takes exactly those pages away
        PdfOptions without;
        without.metrics = false;
        QCOMPARE(PdfExport::pageCount(m_example, without) + texts.size(), PdfExport::pageCount(m_example, PdfOptions()));
    }

    void workspaceWithoutMetricsHasNoMetricsPages()
    {
        // Given the example without its metrics
        Workspace w = m_example;
        w.metrics.clear();
        QSet<Link> kept;
        for (const Link &link : std::as_const(w.links)) {
            if (m_example.metrics.contains(link.from) || m_example.metrics.contains(link.to))
                continue;
            kept.insert(link);
        }
        w.links = kept;
        // Then the PDF has no metrics pages and its contents does not mention them
        const QStringList texts = write(w, PdfOptions(), path(QStringLiteral("no-metrics.pdf")));
        QVERIFY(!texts.isEmpty());
        QVERIFY(metricsPages(texts).isEmpty());
        QVERIFY(!texts.constFirst().contains(u"Metrics:"));
        // and the metrics alone are nothing to print
        QCOMPARE(PdfExport::pageCount(w, metricsOnly()), 0);
        const Result r = PdfExport::write(w, metricsOnly(), path(QStringLiteral("nothing.pdf")));
        QVERIFY(!r);
        QVERIFY(r.message().contains(u"Nothing to export"));
    }

    void responsesShowSampleAndInterval()
    {
        // Given an NPS fed by a year of monthly survey responses, the last month a small sample,
        // a driver measured by hand each month, and a metric without values
        Workspace w;
        Metric nps = metric(QStringLiteral("Relationship NPS"), MetricLevel::Strategic, 20);
        nps.kind = MetricKind::Nps;
        nps.unit = QStringLiteral("points");
        w.metrics.insert(nps.uid, nps);
        Metric wait = metric(QStringLiteral("Queue wait"), MetricLevel::Tactical, 3);
        wait.direction = Direction::LowerIsBetter;
        wait.unit = QStringLiteral("minutes");
        Metric empty = metric(QStringLiteral("Referrals not yet counted"), MetricLevel::Operational, 5);
        ResponseBatch batch;
        batch.uid = newUid();
        batch.title = QStringLiteral("survey.csv");
        batch.metric = nps.uid;
        for (int month = 1; month <= 12; ++month) {
            const int count = month == 12 ? 12 : 40 + month;
            for (int i = 0; i < count; ++i) {
                batch.responses.days.append(QDate(2025, month, 1 + i % 28).toJulianDay());
                batch.responses.scores.append(double((i * 7 + month) % 11));
                batch.responses.moments.append(-1);
                batch.responses.segments.append(-1);
            }
            wait.measurements.append(Measurement{QDate(2025, month, 28), 2.0 + (month * 37 % 10) / 4.0, {}});
        }
        w.responseBatches.insert(batch.uid, batch);
        w.metrics.insert(wait.uid, wait);
        w.metrics.insert(empty.uid, empty);
        w.links.insert(Link{wait.uid, Relation::Drives, nps.uid});
        w.links.insert(Link{empty.uid, Relation::Drives, nps.uid});

        // When its metrics are printed
        const QStringList texts = write(w, metricsOnly(), path(QStringLiteral("responses.pdf")));
        QVERIFY(texts.size() >= 3);
        const QString all = texts.join(u' ');

        // Then the hierarchy shows the latest month's n and 95% interval, marked small
        const QList<PeriodValue> series = MetricSeries::of(w, nps.uid, Granularity::Month);
        QCOMPARE(series.size(), 12);
        const PeriodValue &latest = series.constLast();
        QVERIFY(latest.low && latest.high && latest.smallSample);
        const QString interval = QStringLiteral("95%: %1 to %2").arg(TrendChartPainter::number(*latest.low),
                                                                     TrendChartPainter::number(*latest.high));
        for (const QString &expected : {QStringLiteral("n = 12"), interval, QStringLiteral("small sample"),
                                        QStringLiteral("2025-12"), QStringLiteral("≥ 20 points"), QStringLiteral("≤ 3 minutes"),
                                        label(summarize(w, nps.uid, Granularity::Month).status)})
            QVERIFY2(texts[0].contains(expected), qPrintable(expected + u'\n' + texts[0]));
        // and the charts' legend explains the hollow points and the band; the empty metric gets a line
        QVERIFY(all.contains(u"small sample (under 30 responses)"));
        QVERIFY(all.contains(u"95% interval (survey responses)"));
        QVERIFY2(all.contains(u"Referrals not yet counted: no values yet"), qPrintable(all));
        // and the drivers table has a figure for the wait (12 months) and none for the empty one
        QVERIFY2(all.contains(u"Queue wait → Relationship NPS 12 "), qPrintable(all));
        QVERIFY(all.contains(u"correlation, not cause"));
        QVERIFY2(all.contains(u"Referrals not yet counted → Relationship NPS 0 — — too few periods (0 of 6)"), qPrintable(all));
    }

    void hierarchyMarksSharedDriversAndCycles()
    {
        // Given two goals that one metric drives, a measure under it, and two metrics in a cycle
        Workspace w;
        const Metric a = metric(QStringLiteral("Goal A"), MetricLevel::Strategic);
        const Metric b = metric(QStringLiteral("Goal B"), MetricLevel::Strategic);
        const Metric shared = metric(QStringLiteral("Shared driver"), MetricLevel::Operational);
        const Metric measure = metric(QStringLiteral("Measure under it"), MetricLevel::Tactical);
        const Metric x = metric(QStringLiteral("Loop one"), MetricLevel::Operational);
        const Metric y = metric(QStringLiteral("Loop two"), MetricLevel::Operational);
        for (const Metric &m : {a, b, shared, measure, x, y})
            w.metrics.insert(m.uid, m);
        w.links = {Link{shared.uid, Relation::Drives, a.uid}, Link{shared.uid, Relation::Drives, b.uid},
                   Link{measure.uid, Relation::Drives, shared.uid}, Link{x.uid, Relation::Drives, y.uid},
                   Link{y.uid, Relation::Drives, x.uid}};

        // When the metrics are printed
        const QStringList texts = write(w, metricsOnly(), path(QStringLiteral("hierarchy.pdf")));
        QVERIFY(!texts.isEmpty());
        const QString tree = texts[0];

        // Then the shared driver is under both goals, marked, its measure under the first only
        const qsizetype goalA = tree.indexOf(u"Goal A Strategic"), goalB = tree.indexOf(u"Goal B Strategic");
        QVERIFY(goalA >= 0 && goalB > goalA);
        const qsizetype firstShared = tree.indexOf(u"Shared driver", goalA);
        QVERIFY(firstShared > goalA && firstShared < goalB);
        QVERIFY(tree.indexOf(u"Measure under it") > firstShared && tree.indexOf(u"Measure under it") < goalB);
        QVERIFY2(tree.indexOf(u"Shared driver", goalB) > goalB, qPrintable(tree));
        QCOMPARE(tree.count(u"Measure under it"), 1);
        QVERIFY2(tree.contains(u"◆ also under Goal B") && tree.contains(u"◆ also under Goal A"), qPrintable(tree));
        QVERIFY(tree.contains(u"what drives it is shown at its first place above"));
        // and the cycle is shown where it closes and listed
        QVERIFY2(tree.contains(u"↻ cycle: it drives Loop"), qPrintable(tree));
        QVERIFY2(tree.contains(u"Cycle: Loop one → Loop two → Loop one"), qPrintable(tree));
        // and no metric has values, so the trends are lines, not empty charts
        const QString all = texts.join(u' ');
        QVERIFY(all.contains(u"No values yet, so no chart"));
        QVERIFY(!all.contains(u"value per month"));
    }

    void longTitlesAreWhole()
    {
        // Given a metric whose title is far longer than a chart or a column is wide
        Workspace w;
        Metric m = metric(QStringLiteral("Share of customers who say the bank explained every fee before they agreed to it, "
                                         "measured after each account change and each card replacement, across all channels"),
                          MetricLevel::Strategic, 70);
        m.unit = QStringLiteral("%");
        for (int month = 1; month <= 8; ++month)
            m.measurements.append(Measurement{QDate(2025, month, 15), 60.0 + month, {}});
        w.metrics.insert(m.uid, m);
        // When printed in portrait, then the title is whole in the hierarchy and on the chart
        PdfOptions options = metricsOnly();
        options.orientation = QStringLiteral("portrait");
        const QStringList texts = write(w, options, path(QStringLiteral("long-title.pdf")));
        QVERIFY(texts.size() >= 3);
        QVERIFY2(texts[0].contains(m.title), qPrintable(texts[0]));
        QVERIFY2(texts[1].contains(m.title), qPrintable(texts[1]));
        QVERIFY(texts[1].contains(u"target 70"));
        QVERIFY(texts[1].contains(u"2025-08"));
    }
};

QTEST_MAIN(TestPdfMetrics)
#include "tst_pdfmetrics.moc"
