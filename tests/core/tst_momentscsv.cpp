// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV of moments: RFC 4180 quoting with tricky text, one row per moment in map order.
#include "samples.h"

#include "io/momentscsv.h"

#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

class TestMomentsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Pay") << QStringLiteral("Pay");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::newRow("carriage return") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
        QTest::newRow("unicode") << QStringLiteral("Zürich → 東京 🎉") << QStringLiteral("Zürich → 東京 🎉");
        QTest::newRow("spaces kept") << QStringLiteral("  padded ") << QStringLiteral("  padded ");
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(MomentsCsv::quoted(field), expected);
        Result error;
        const auto rows = MomentsCsv::parse(MomentsCsv::quoted(field).toUtf8() + "\r\n", &error);
        QVERIFY2(rows, qPrintable(error.message()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->constFirst(), QStringList{field});
    }

    // Participants type names and notes on their own phones: a cell a spreadsheet would run
    // as a formula opens as text instead; numbers stay numbers.
    void formulasOpenAsText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus text") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("negative number") << QStringLiteral("-2") << QStringLiteral("-2");
        QTest::newRow("positive number") << QStringLiteral("+1.5") << QStringLiteral("+1.5");
        QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void formulasOpenAsText()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(MomentsCsv::quoted(field), expected);
    }

    void oneRowPerMomentWithTrickyText()
    {
        // Given the samples, one moment with commas, quotes, newlines and unicode everywhere
        const Samples s;
        Workspace w;
        for (const Node &n : s.nodes())
            w.put(n);
        for (const Link &l : s.links())
            w.links.insert(l);
        Moment tricky = w.moments.value(s.fillForm.uid);
        tricky.title = QStringLiteral("Fills the form, \"quickly\"\nthen waits — ça coûte 5 €, 🎉");
        tricky.owner = QStringLiteral("Ops, \"EMEA\"");
        tricky.channel = QStringLiteral("web\r\napp");
        tricky.tags = {QStringLiteral("a,b"), QStringLiteral("ü")};
        w.put(tricky);
        // When the CSV is written and read back
        const QByteArray csv = MomentsCsv::write(w);
        QVERIFY(csv.endsWith("\r\n"));
        Result error;
        const auto rows = MomentsCsv::parse(csv, &error);
        QVERIFY2(rows, qPrintable(error.message()));
        // Then there is a header and one row per moment, every row as wide as the header
        QCOMPARE(rows->size(), w.moments.size() + 1);
        QCOMPARE(rows->constFirst(), MomentsCsv::header());
        for (const QStringList &row : *rows)
            QCOMPARE(row.size(), MomentsCsv::header().size());
        const auto it = std::find_if(rows->begin(), rows->end(),
                                     [&](const QStringList &r) { return r.constFirst() == uidText(tricky.uid); });
        QVERIFY(it != rows->end());
        const QStringList &row = *it;
        const QStringList h = MomentsCsv::header();
        QCOMPARE(row[h.indexOf(u"title")], tricky.title);
        QCOMPARE(row[h.indexOf(u"owner")], tricky.owner);
        QCOMPARE(row[h.indexOf(u"channel")], tricky.channel);
        QCOMPARE(row[h.indexOf(u"tags")], QStringLiteral("a,b; ü"));
        QCOMPARE(row[h.indexOf(u"journey")], w.journeys.value(tricky.journey).title);
        QCOMPARE(row[h.indexOf(u"stage")], w.stages.value(tricky.stage).title);
        QCOMPARE(row[h.indexOf(u"lane")], w.lanes.value(tricky.lane).title);
        QCOMPARE(row[h.indexOf(u"importance")], QString::number(tricky.importance));
        QCOMPARE(row[h.indexOf(u"moment that matters")], tricky.mattersMost ? QStringLiteral("yes") : QStringLiteral("no"));
        QCOMPARE(row[h.indexOf(u"evidence")], name(tricky.evidence));
        // Linked elements and metrics by title
        QStringList used, measuring;
        for (const Link &l : w.links) {
            if (l.from == tricky.uid && l.relation == Relation::Uses)
                used.append(w.elements.value(l.to).title);
            if (l.to == tricky.uid && l.relation == Relation::Measures)
                measuring.append(w.metrics.value(l.from).title);
        }
        used.sort();
        measuring.sort();
        QCOMPARE(row[h.indexOf(u"linked elements")], used.join(QStringLiteral("; ")));
        QCOMPARE(row[h.indexOf(u"linked metrics")], measuring.join(QStringLiteral("; ")));

        // One journey only
        const auto one = MomentsCsv::parse(MomentsCsv::write(w, s.detailJourney.uid), &error);
        QVERIFY(one);
        qsizetype inDetail = 0;
        for (const Moment &m : w.moments)
            inDetail += m.journey == s.detailJourney.uid;
        QCOMPARE(one->size(), inDetail + 1);
    }

    void malformedCsvNamesTheLine()
    {
        Result error;
        QVERIFY(!MomentsCsv::parse("a,b\r\nc,\"open\r\nstill", &error));
        QVERIFY2(error.message().contains(u"line 2"), qPrintable(error.message()));
        QVERIFY(!MomentsCsv::parse("a,b\r\nc,d\"e\r\n", &error));
        QVERIFY2(error.message().contains(u"line 2"), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestMomentsCsv)
#include "tst_momentscsv.moc"
