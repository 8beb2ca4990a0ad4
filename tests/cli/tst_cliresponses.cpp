// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "formatfixtures.h"
#include "samples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;
using namespace cx::test;

// cxatlas responses import / list and cxatlas metrics, run as a user runs them: survey answers
// into a metric of a workspace, every bad input refused with the file, line and reason while
// the workspace stays exactly as it was, and the figures computed from them.
class TestCliResponses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_copies = 0;

    static QString data(const QString &name) { return QStringLiteral(CX_TEST_DATA "/responses/") + name; }
    // A workspace whose "Net Promoter Score" has manual measurements from 2025 and no survey
    // answers yet (the example's has some), made as a user would from JSON.
    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("workspace%1.cxatlas").arg(++m_copies));
        const Run made = cxatlas({QStringLiteral("import"), QStringLiteral(CX_TEST_DATA "/workspace-v4.json"),
                                  QStringLiteral("-o"), path});
        return made.exitCode == 0 ? path : QString();
    }
    static QStringList importArgs(const QString &file, const QString &csv, const QStringList &more = {})
    {
        return QStringList{QStringLiteral("responses"), QStringLiteral("import"), file, csv,
                           QStringLiteral("--metric"), QStringLiteral("Net Promoter Score"),
                           QStringLiteral("--date"), QStringLiteral("submitted_at"),
                           QStringLiteral("--score"), QStringLiteral("score")} + more;
    }
    static QJsonObject metricIn(const QJsonObject &report, const QString &title)
    {
        for (const QJsonValue &m : report[u"metrics"].toArray()) {
            if (m[u"title"].toString() == title)
                return m.toObject();
        }
        return {};
    }
    static QJsonObject metricsJson(const QString &file, const QString &period = QStringLiteral("month"))
    {
        const Run r = cxatlas({QStringLiteral("metrics"), QStringLiteral("--json"), QStringLiteral("--period"), period, file});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
    }

private Q_SLOTS:

    void importThenMetricsGivesTheWorkedExample()
    {
        // Given a workspace, When ten NPS answers are imported (5 promoters, 2 passives, 3 detractors)
        const QString file = freshCopy();
        const Run r = cxatlas(importArgs(file, data(QStringLiteral("nps-comma.csv"))));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Imported 10 response"), qPrintable(r.out));
        // Then the metric's August 2026 is NPS +20 of 10 answers, a small sample, with the
        // interval of tst_metricstats' worked example (±1.96·√(0.8 − 0.04)/√10 · 100 = ±54.03).
        const QJsonObject nps = metricIn(metricsJson(file), QStringLiteral("Net Promoter Score"));
        QCOMPARE(nps[u"kind"].toString(), u"nps");
        const QJsonObject latest = nps[u"latest"].toObject();
        QCOMPARE(latest[u"period"].toString(), u"2026-08");
        QCOMPARE(latest[u"value"].toDouble(), 20.0);
        QCOMPARE(latest[u"n"].toInt(), 10);
        QVERIFY(qAbs(latest[u"low"].toDouble() + 34.0325) < 0.001);
        QVERIFY(qAbs(latest[u"high"].toDouble() - 74.0325) < 0.001);
        QVERIFY(latest[u"smallSample"].toBool());
        // The target (40) lies inside the interval: at risk.
        QCOMPARE(nps[u"status"].toString(), u"at-risk");
        QCOMPARE(nps[u"periods"].toArray().size(), 3); // its own two measurements before it
        for (const char *key : {"id", "title", "unit", "target", "trend", "drivers"})
            QVERIFY2(nps.contains(QLatin1StringView(key)), key);
        // Weeks and quarters are named as ISO weeks and quarters.
        QCOMPARE(metricIn(metricsJson(file, QStringLiteral("week")), QStringLiteral("Net Promoter Score"))
                     [u"latest"][u"period"].toString(), u"2026-W33");
        QCOMPARE(metricIn(metricsJson(file, QStringLiteral("quarter")), QStringLiteral("Net Promoter Score"))
                     [u"latest"][u"period"].toString(), u"2026-Q3");
        // And the import is listed with its file and scale.
        const Run list = cxatlas({QStringLiteral("responses"), QStringLiteral("list"), QStringLiteral("--json"), file});
        const QJsonArray imports = QJsonDocument::fromJson(list.out.toUtf8())[u"imports"].toArray();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports[0][u"source"].toString(), u"nps-comma.csv");
        QCOMPARE(imports[0][u"scale"].toString(), u"nps");
        QCOMPARE(imports[0][u"responses"].toInt(), 10);
    }

    void badInputIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QStringList>("arguments"); // FILE stands for the workspace
        QTest::addColumn<QStringList>("expected");  // each must appear on standard error
        const QString file = QStringLiteral("FILE");
        QTest::newRow("bad rows") << importArgs(file, data(QStringLiteral("bad-rows.csv")))
                                  << QStringList{QStringLiteral("bad-rows.csv:3: "), QStringLiteral("bad-rows.csv:4: "),
                                                 QStringLiteral("bad-rows.csv:5: "), QStringLiteral("bad-rows.csv:6: "),
                                                 QStringLiteral("bad-rows.csv:7: "), QStringLiteral("bad-rows.csv:8: "),
                                                 QStringLiteral("bad-rows.csv:9: "), QStringLiteral("nothing was imported")};
        QTest::newRow("latin-1") << importArgs(file, data(QStringLiteral("latin1.csv")))
                                 << QStringList{QStringLiteral("latin1.csv"), QStringLiteral("line 3"), QStringLiteral("not UTF-8")};
        QTest::newRow("utf-16") << importArgs(file, data(QStringLiteral("utf16le.csv")))
                                << QStringList{QStringLiteral("utf16le.csv"), QStringLiteral("UTF-16")};
        QTest::newRow("unknown moment")
            << importArgs(file, data(QStringLiteral("nps-comma.csv")), {QStringLiteral("--moment"), QStringLiteral("touchpoint")})
            << QStringList{QStringLiteral("nps-comma.csv:2: "), QStringLiteral("“Checkout”")};
        QTest::newRow("unknown metric")
            << QStringList{QStringLiteral("responses"), QStringLiteral("import"), file, data(QStringLiteral("nps-comma.csv")),
                           QStringLiteral("--metric"), QStringLiteral("Churn"), QStringLiteral("--date"),
                           QStringLiteral("1"), QStringLiteral("--score"), QStringLiteral("2")}
            << QStringList{QStringLiteral("“Churn”")};
        QTest::newRow("unknown column")
            << importArgs(file, data(QStringLiteral("nps-comma.csv")), {QStringLiteral("--segment"), QStringLiteral("plan")})
            << QStringList{QStringLiteral("no column “plan”"), QStringLiteral("submitted_at, score, touchpoint, segment")};
        QTest::newRow("another scale")
            << importArgs(file, data(QStringLiteral("nps-comma.csv")), {QStringLiteral("--scale"), QStringLiteral("ces7")})
            << QStringList{QStringLiteral("nps-comma.csv:"), QStringLiteral("outside 1–7")};
        QTest::newRow("bad scale name")
            << importArgs(file, data(QStringLiteral("nps-comma.csv")), {QStringLiteral("--scale"), QStringLiteral("stars")})
            << QStringList{QStringLiteral("“stars”")};
        QTest::newRow("range of a fixed scale")
            << importArgs(file, data(QStringLiteral("nps-comma.csv")), {QStringLiteral("--range"), QStringLiteral("0:5")})
            << QStringList{QStringLiteral("--range is for a custom scale")};
        QTest::newRow("no such file")
            << importArgs(file, data(QStringLiteral("missing.csv"))) << QStringList{QStringLiteral("missing.csv")};
        QTest::newRow("no score column")
            << QStringList{QStringLiteral("responses"), QStringLiteral("import"), file, data(QStringLiteral("nps-comma.csv")),
                           QStringLiteral("--metric"), QStringLiteral("Net Promoter Score"), QStringLiteral("--date"), QStringLiteral("1")}
            << QStringList{QStringLiteral("--score")};
        QTest::newRow("bad period") << QStringList{QStringLiteral("metrics"), file, QStringLiteral("--period"), QStringLiteral("year")}
                                    << QStringList{QStringLiteral("“year”")};
    }

    void badInputIsRefusedAndNothingIsWritten()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        // Given a workspace and its content
        const QString file = freshCopy();
        QVERIFY(!file.isEmpty());
        const Workspace before = reload(file);
        for (QString &a : arguments)
            a.replace(QStringLiteral("FILE"), file);
        // When the command runs
        const Run r = cxatlas(arguments);
        // Then it fails with every expected part of the message, and the workspace is unchanged
        QCOMPARE(r.exitCode, 2);
        for (const QString &part : std::as_const(expected))
            QVERIFY2(r.err.contains(part), qPrintable(part + QStringLiteral(" not in: ") + r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(reload(file), before);
    }

    void skippingBadRowsImportsTheGoodOnesAndListsTheRest()
    {
        const QString file = freshCopy();
        const Run r = cxatlas(importArgs(file, data(QStringLiteral("bad-rows.csv")), {QStringLiteral("--skip-bad-rows")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"bad-rows.csv:7: "), qPrintable(r.err));
        const Workspace after = reload(file);
        QCOMPARE(after.responseBatches.size(), 1);
        // Good: lines 2, 10 (short, but date and score are all that is asked), 11–12 (a quoted
        // comment over two lines), 13 and 16; the blank line 14 is no record.
        QCOMPARE(after.responseBatches.constBegin()->responses.scores, (QList<double>{9, 8, 10, 4, 6}));
    }

    void aSecondImportMustUseTheSameScale()
    {
        const QString file = freshCopy();
        QCOMPARE(cxatlas(importArgs(file, data(QStringLiteral("nps-comma.csv")))).exitCode, 0);
        const Workspace before = reload(file);
        const Run r = cxatlas(importArgs(file, data(QStringLiteral("nps-comma.csv")),
                                         {QStringLiteral("--scale"), QStringLiteral("custom"), QStringLiteral("--range"), QStringLiteral("0:10")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"nps (0–10)") && r.err.contains(u"custom (0–10)"), qPrintable(r.err));
        QCOMPARE(reload(file), before);
    }
};

QTEST_GUILESS_MAIN(TestCliResponses)
#include "tst_cliresponses.moc"
