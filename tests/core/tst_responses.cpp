// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include "metrics/momentmatcher.h"
#include "metrics/responsechanges.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

// Survey responses kept in the workspace (format 5): an import is one undoable edit, saved at
// once; a metric's removal takes its imports; a metric holds one scale.
class TestResponses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Samples m_s;
    std::unique_ptr<Document> m_doc;
    int m_files = 0;

    static Responses scores(const QList<double> &values, const QDate &first = QDate(2026, 8, 1))
    {
        Responses r;
        for (qsizetype k = 0; k < values.size(); ++k) {
            r.days.append(first.addDays(k).toJulianDay());
            r.scores.append(values[k]);
            r.moments.append(-1);
            r.segments.append(-1);
        }
        return r;
    }
    Result import(const Uid &metric, ResponseScale scale, const Responses &responses)
    {
        const auto [low, high] = fixedRange(scale);
        const ResponseImport in{metric, QStringLiteral("survey.csv"), scale, low, high, responses};
        Result built;
        ChangeSet change = ResponseChanges::add(m_doc->workspace(), in, fileTimestamp(), &built);
        return m_doc->edit(change, built, ResponseChanges::addText(m_doc->workspace(), in));
    }
    qint64 rowsOnDisk()
    {
        Database db(m_doc->path(), QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return -1;
        return db.scalar(QStringLiteral("SELECT count(*) FROM response")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_doc.reset();
        m_doc = sampleDocument(m_dir, m_s, QStringLiteral("w%1.cxatlas").arg(++m_files));
        QVERIFY(m_doc);
    }

    void theSamplesResponsesAreInTheFile()
    {
        // Given the samples (one import with moments, segments, and a removed moment's id)
        // Then the file holds them exactly, and a fresh reader sees the same workspace.
        QCOMPARE(rowsOnDisk(), 4);
        const Workspace disk = reload(m_doc->path());
        QVERIFY2(difference(disk, m_doc->workspace()).isEmpty(), qPrintable(difference(disk, m_doc->workspace())));
        QCOMPARE(disk.responseBatches.value(m_s.npsResponses.uid), m_s.npsResponses);
    }

    void anImportIsOneUndoStepSavedAtOnce()
    {
        const int steps = m_doc->undoStack()->count();
        QSignalSpy added(m_doc.get(), &Document::nodeAdded);
        QVERIFY(import(m_s.nps.uid, ResponseScale::Nps, scores({10, 9, 9, 8, 7, 6, 5, 10, 3, 9})));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Import 10 response(s) into “Net Promoter Score”"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(1).value<NodeKind>(), NodeKind::ResponseBatch);
        QCOMPARE(rowsOnDisk(), 4 + 10);
        QCOMPARE(reload(m_doc->path()), m_doc->workspace());

        m_doc->undoStack()->undo();
        QCOMPARE(rowsOnDisk(), 4);
        QCOMPARE(m_doc->workspace().batchesOf(m_s.nps.uid).size(), 1);
        m_doc->undoStack()->redo();
        QCOMPARE(rowsOnDisk(), 14);
        QCOMPARE(reload(m_doc->path()), m_doc->workspace());
    }

    void removingTheMetricTakesItsResponsesAndUndoBringsThemBack()
    {
        QVERIFY(m_doc->remove({m_s.nps.uid}));
        QVERIFY(m_doc->workspace().responseBatches.isEmpty());
        QCOMPARE(rowsOnDisk(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->workspace().responseBatches.value(m_s.npsResponses.uid), m_s.npsResponses);
        QCOMPARE(rowsOnDisk(), 4);
        QCOMPARE(reload(m_doc->path()), m_doc->workspace());
    }

    void aMetricHoldsOneScale()
    {
        // Given NPS answers in the metric, When CSAT answers are imported into it
        // Then they are refused with both scales named, and nothing changes.
        const int steps = m_doc->undoStack()->count();
        const Workspace before = m_doc->workspace();
        const Result r = import(m_s.nps.uid, ResponseScale::Csat, scores({4, 5}));
        QVERIFY(!r);
        QVERIFY2(r.message().contains(u"nps (0–10)") && r.message().contains(u"csat (1–5)"), qPrintable(r.message()));
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(m_doc->workspace(), before);
        QCOMPARE(rowsOnDisk(), 4);
    }

    void nothingToImportIsRefused()
    {
        const Result r = import(m_s.effort.uid, ResponseScale::Ces7, Responses());
        QVERIFY(!r);
        QVERIFY2(r.message().contains(u"no responses"), qPrintable(r.message()));
    }

    void scoresOutsideTheScaleNeverReachTheFile()
    {
        // The reader checks every row; the Document's rules are the last guard.
        QVERIFY(!import(m_s.effort.uid, ResponseScale::Ces5, scores({3, 6})));
        QVERIFY(!import(m_s.effort.uid, ResponseScale::Nps, scores({7.5})));
        QCOMPARE(rowsOnDisk(), 4);
    }

    void aLargeImportRoundTrips()
    {
        QList<double> many;
        for (int k = 0; k < 100000; ++k)
            many.append(k % 11);
        QVERIFY(import(m_s.effort.uid, ResponseScale::Nps, scores(many, QDate(2020, 1, 1))));
        QCOMPARE(rowsOnDisk(), 100004);
        QCOMPARE(reload(m_doc->path()), m_doc->workspace());
    }

    void momentsAreMatchedByIdOrTitle()
    {
        const MomentMatcher matcher(m_doc->workspace(), m_s.nps.uid);
        QString why;
        QCOMPARE(matcher.match(uidText(m_s.verify.uid), &why), std::optional<Uid>(m_s.verify.uid));
        QCOMPARE(matcher.match(QStringLiteral("  ") + m_s.verify.title.toUpper(), &why),
                 std::optional<Uid>(m_s.verify.uid));
        QVERIFY(!matcher.match(QStringLiteral("No such moment"), &why));
        QVERIFY2(why.contains(u"No such moment"), qPrintable(why));
    }

    void metricsAreFoundByIdOrTitle()
    {
        Result error;
        QCOMPARE(ResponseChanges::findMetric(m_doc->workspace(), QStringLiteral("net promoter score"), &error),
                 std::optional<Uid>(m_s.nps.uid));
        QVERIFY(!ResponseChanges::findMetric(m_doc->workspace(), QStringLiteral("Churn"), &error));
        QVERIFY2(error.message().contains(u"Churn"), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
