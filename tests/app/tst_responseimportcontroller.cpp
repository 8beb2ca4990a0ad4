// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Survey responses into a metric through the dialog's controller (issue 13), without QML: the
// columns guessed, the preview and bad-row models, every bad input told by line and reason with
// nothing written, skipping bad rows as one undo step, and the one scale per metric.
#include "samples.h"
#include "document/document.h"
#include "import/responseimportcontroller.h"
#include "metrics/responsechanges.h"
#include "workspacecontroller.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cx;
using namespace cx::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CX_RESPONSES "/") + QString::fromLatin1(name);
}

bool loadAndWait(ResponseImportController &c, const QString &path)
{
    return c.load(QUrl::fromLocalFile(path).toString()) && c.waitForFinished();
}

// Sets a choice and waits for the reading it starts.
template<typename F> bool choose(ResponseImportController &c, F &&set)
{
    set();
    return c.waitForFinished();
}

QStringList badMessages(QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(Qt::DisplayRole).toString());
    return out;
}

} // namespace

class TestResponseImportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;
    WorkspaceController *m_workspace = nullptr;
    ResponseImportController *m_controller = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_previewTester, m_badTester;
    QString m_nps;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    Document &document() { return *m_workspace->document(); }
    QString metricNamed(const QString &title)
    {
        Result error;
        const auto uid = ResponseChanges::findMetric(document().workspace(), title, &error);
        return uid ? uidText(*uid) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Each test on a fresh copy of the example, with the models under the tester.
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("example-%1.cxatlas").arg(++m_copies));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(dropResponses(path)); // its metrics as before any survey was imported
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_workspace = new WorkspaceController(this);
        QVERIFY(m_workspace->open(path));
        m_controller = new ResponseImportController(this);
        m_controller->setWorkspace(m_workspace);
        m_previewTester = std::make_unique<QAbstractItemModelTester>(m_controller->preview(),
                                                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_badTester = std::make_unique<QAbstractItemModelTester>(m_controller->badRows(),
                                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_nps = metricNamed(QStringLiteral("Net Promoter Score"));
        QVERIFY(!m_nps.isEmpty());
    }
    void cleanup()
    {
        m_previewTester.reset();
        m_badTester.reset();
        delete m_controller;
        delete m_workspace;
    }

    void listsTheMetricsAndTheirScales()
    {
        QVERIFY(m_controller->metrics().size() >= 4);
        QStringList titles;
        for (const QVariant &m : m_controller->metrics())
            titles.append(m.toMap().value(u"title"_s).toString());
        QVERIFY(titles.contains(u"Net Promoter Score"_s));
        QVERIFY(m_controller->metric().isEmpty()); // several: the user chooses
        m_controller->setMetric(m_nps);
        QCOMPARE(m_controller->scale(), u"nps"_s);
        m_controller->setMetric(metricNamed(u"Post-contact CSAT"_s));
        QCOMPARE(m_controller->scale(), u"csat"_s);
        m_controller->setMetric(metricNamed(u"Onboarding effort (CES)"_s));
        QCOMPARE(m_controller->scale(), u"ces7"_s);
        QCOMPARE(m_controller->scales().size(), 5);
        QVERIFY(m_controller->scaleNote().isEmpty()); // no earlier imports
        QVERIFY(ResponseImportController::isResponseFile(QUrl::fromLocalFile(u"/tmp/a.TSV"_s)));
        QVERIFY(!ResponseImportController::isResponseFile(QUrl::fromLocalFile(u"/tmp/a.json"_s)));
    }

    void guessesTheColumnsFromTheHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<int>>("columns"); // date, score, moment, segment
        QTest::newRow("nps") << fixture("nps-comma.csv") << QList<int>{0, 1, 2, 3};
        QTest::newRow("csat, German") << fixture("csat-semicolon.csv") << QList<int>{0, 1, 2, 3};
        QTest::newRow("ces") << fixture("ces-tab.tsv") << QList<int>{0, 1, 2, 3};
        QTest::newRow("other names") << write(u"names.csv"_s, "Comment,Customer Type,Likelihood to recommend (NPS),Created At\n")
                                     << QList<int>{3, 2, -1, 1};
    }
    void guessesTheColumnsFromTheHeader()
    {
        QFETCH(QString, file);
        QFETCH(QList<int>, columns);
        QVERIFY(loadAndWait(*m_controller, file));
        QVERIFY(!m_controller->header().isEmpty());
        QCOMPARE((QList<int>{m_controller->dateColumn(), m_controller->scoreColumn(), m_controller->momentColumn(),
                             m_controller->segmentColumn()}),
                 columns);
    }

    void previewsAndImportsAsOneUndoStep()
    {
        // Given nps-comma.csv, whose touchpoints are no moments of the example
        m_controller->setMetric(m_nps);
        QSignalSpy busy(m_controller, &ResponseImportController::busyChanged);
        QVERIFY(m_controller->load(QUrl::fromLocalFile(fixture("nps-comma.csv")).toString()));
        QVERIFY(m_controller->busy());
        QVERIFY(!m_controller->ready());
        QVERIFY(m_controller->waitForFinished());
        QVERIFY(busy.size() >= 2);
        QVERIFY2(m_controller->errorMessage().isEmpty(), qPrintable(m_controller->errorMessage()));
        QCOMPARE(m_controller->header(), (QStringList{u"submitted_at"_s, u"score"_s, u"touchpoint"_s, u"segment"_s}));
        QCOMPARE(m_controller->records(), 10);
        QCOMPARE(m_controller->badCount(), 9); // one has no touchpoint
        QVERIFY2(badMessages(m_controller->badRows()).constFirst().startsWith(u"line 2: no moment"_s),
                 qPrintable(badMessages(m_controller->badRows()).join(u'\n')));
        QVERIFY(!m_controller->ready());

        // When the moment column is none
        QVERIFY(choose(*m_controller, [this] { m_controller->setMomentColumn(-1); }));
        QCOMPARE(m_controller->badCount(), 0);
        QCOMPARE(m_controller->goodCount(), 10);
        QCOMPARE(m_controller->preview()->rowCount(), 10);
        const QModelIndex first = m_controller->preview()->index(0, 0);
        const QHash<int, QByteArray> roles = m_controller->preview()->roleNames();
        auto role = [&roles](const char *name) { return roles.key(name); };
        QCOMPARE(first.data(role("line")).toLongLong(), 2);
        QCOMPARE(first.data(role("date")).toString(), u"2026-08-03"_s);
        QCOMPARE(first.data(role("score")).toString(), u"9"_s);
        QCOMPARE(first.data(role("moment")).toString(), QString());
        QCOMPARE(first.data(role("segment")).toString(), u"New customer"_s);
        QCOMPARE(first.data(role("bad")).toBool(), false);
        QVERIFY(m_controller->blockedReason().isEmpty());
        QVERIFY(m_controller->ready());
        QVERIFY(m_controller->summary().contains(u"10"_s));

        // Then Import is one undo step, named, and undo takes the responses away again
        const int steps = document().undoStack()->count();
        const Workspace before = document().workspace();
        QSignalSpy imported(m_controller, &ResponseImportController::imported);
        QVERIFY2(m_controller->import(), qPrintable(m_controller->errorMessage()));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), m_nps);
        QCOMPARE(document().undoStack()->count(), steps + 1);
        QVERIFY2(m_workspace->undoText().startsWith(u"Import 10 response"_s), qPrintable(m_workspace->undoText()));
        QVERIFY(m_workspace->undoText().endsWith(u"“Net Promoter Score”"_s));
        const QList<ResponseBatch> batches = document().workspace().batchesOf(uidFromText(m_nps));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.constFirst().title, u"nps-comma.csv"_s);
        QCOMPARE(batches.constFirst().responses.size(), 10);
        QCOMPARE(batches.constFirst().scale, ResponseScale::Nps);
        m_workspace->undo();
        QVERIFY(document().workspace() == before);
        m_workspace->redo();
        QCOMPARE(document().workspace().batchesOf(uidFromText(m_nps)).size(), 1);
        // The metric's scale is now its earlier import's, and the note says so
        QVERIFY(m_controller->scaleNote().contains(u"Net Promoter Score"_s));
    }

    // Every kind of bad input through the controller: told by line and reason, nothing written.
    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("badRow");  // the bad-row list's first entry, or empty
        QTest::addColumn<QString>("error");   // the error's beginning, or empty
        QTest::newRow("score not a number")
            << write(u"word.csv"_s, "date,score\n2026-08-03,9\n2026-08-04,eleven\n")
            << u"line 3: the score “eleven” is not a number"_s << QString();
        QTest::newRow("score out of range")
            << write(u"range.csv"_s, "date,score\n2026-08-03,9\n2026-08-04,12\n")
            << u"line 3: the score 12 is outside 0–10"_s << QString();
        QTest::newRow("date unreadable")
            << write(u"date.csv"_s, "date,score\nyesterday,7\n2026-08-04,8\n")
            << u"line 2: the date “yesterday” is not in a known format"_s << QString();
        QTest::newRow("date missing")
            << write(u"nodate.csv"_s, "date,score\n2026-08-03,9\n,8\n")
            << u"line 3: the date is missing"_s << QString();
        QTest::newRow("score missing")
            << write(u"noscore.csv"_s, "date,score\n2026-08-03,\n2026-08-04,8\n")
            << u"line 2: the score is missing"_s << QString();
        QTest::newRow("Latin-1") << fixture("latin1.csv") << QString()
                                 << u"latin1.csv, line 3, byte 17: 0xE9 is not UTF-8. The file looks like Windows-1252 or Latin-1"_s;
        QTest::newRow("UTF-16") << fixture("utf16le.csv") << QString()
                                << u"utf16le.csv is UTF-16 (little-endian); save it as UTF-8"_s;
        QTest::newRow("unterminated quote")
            << write(u"quote.csv"_s, "date,score,segment\n2026-08-03,9,Returning\n2026-08-04,8,\"Busi\nness\n")
            << QString() << u"quote.csv, line 3"_s;
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, badRow);
        QFETCH(QString, error);
        m_controller->setMetric(m_nps);
        const Workspace before = document().workspace();
        const int steps = document().undoStack()->count();

        QVERIFY(loadAndWait(*m_controller, file));
        if (!badRow.isEmpty()) {
            QVERIFY2(m_controller->errorMessage().isEmpty(), qPrintable(m_controller->errorMessage()));
            QCOMPARE(m_controller->badCount(), 1);
            QVERIFY2(badMessages(m_controller->badRows()).constFirst().startsWith(badRow),
                     qPrintable(badMessages(m_controller->badRows()).join(u'\n')));
            // The preview shows the bad record as written, with its problem
            bool shown = false;
            for (int row = 0; row < m_controller->preview()->rowCount(); ++row)
                shown |= !m_controller->preview()->index(row, 0).data(ResponsePreviewModel::ProblemRole).toString().isEmpty();
            QVERIFY(shown);
            QVERIFY2(m_controller->blockedReason().contains(u"bad"_s), qPrintable(m_controller->blockedReason()));
        } else {
            QVERIFY2(m_controller->errorMessage().startsWith(error), qPrintable(m_controller->errorMessage()));
            QVERIFY(!m_controller->loaded());
            QCOMPARE(m_controller->preview()->rowCount(), 0);
        }
        QVERIFY(!m_controller->ready());
        QVERIFY(!m_controller->import());
        QVERIFY(!m_controller->errorMessage().isEmpty());
        QVERIFY(document().workspace() == before);
        QCOMPARE(document().undoStack()->count(), steps);
        QVERIFY(document().workspace().responseBatches.isEmpty());
    }

    void skipsBadRowsAsOneUndoStep()
    {
        m_controller->setMetric(m_nps);
        QVERIFY(loadAndWait(*m_controller, fixture("bad-rows.csv")));
        QVERIFY(choose(*m_controller, [this] { m_controller->setMomentColumn(-1); }));
        QCOMPARE(m_controller->records(), 13);
        QCOMPARE(m_controller->badCount(), 9);
        QCOMPARE(m_controller->goodCount(), 4);
        QCOMPARE(m_controller->badRows()->rowCount(), 9);
        const QStringList bad = badMessages(m_controller->badRows());
        QCOMPARE(bad.at(4), u"line 7: the score “ten” is not a number"_s);
        QCOMPARE(m_controller->badRows()->index(4, 0).data(BadResponseModel::LineRole).toLongLong(), 7);
        QCOMPARE(bad.constLast(), u"line 15: the score -1 is outside 0–10"_s);
        QCOMPARE(m_controller->preview()->rowCount(), 13);

        // All or nothing: without skipping, Import is off and says why
        const Workspace before = document().workspace();
        const int steps = document().undoStack()->count();
        QVERIFY(!m_controller->ready());
        QVERIFY2(m_controller->blockedReason().startsWith(u"9 row(s) are bad"_s), qPrintable(m_controller->blockedReason()));
        QVERIFY(!m_controller->import());
        QVERIFY2(m_controller->errorMessage().contains(u"nothing was imported"_s), qPrintable(m_controller->errorMessage()));
        QVERIFY(document().workspace() == before);
        QCOMPARE(document().undoStack()->count(), steps);

        QSignalSpy status(m_controller, &ResponseImportController::statusChanged);
        m_controller->setSkipBadRows(true);
        QVERIFY(status.size() >= 1);
        QVERIFY(m_controller->ready());
        QVERIFY2(m_controller->import(), qPrintable(m_controller->errorMessage()));
        QCOMPARE(document().undoStack()->count(), steps + 1);
        const QList<ResponseBatch> batches = document().workspace().batchesOf(uidFromText(m_nps));
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.constFirst().responses.scores, (QList<double>{9, 10, 4, 6}));
        m_workspace->undo();
        QVERIFY(document().workspace() == before);
        QCOMPARE(document().undoStack()->index(), steps);
    }

    void anotherScaleIsRefused()
    {
        // Given the NPS metric holding NPS responses
        const Uid nps = uidFromText(m_nps);
        m_controller->setMetric(m_nps);
        QVERIFY(loadAndWait(*m_controller, fixture("nps-comma.csv")));
        QVERIFY(choose(*m_controller, [this] { m_controller->setMomentColumn(-1); }));
        QVERIFY(m_controller->import());
        const Workspace before = document().workspace();
        const int steps = document().undoStack()->count();

        // When CSAT answers are read into it on the CSAT scale
        m_controller->reset();
        QCOMPARE(m_controller->metric(), m_nps); // kept for the next file
        QCOMPARE(m_controller->scale(), u"nps"_s); // its earlier import's
        QVERIFY(loadAndWait(*m_controller, fixture("csat-semicolon.csv")));
        QVERIFY(choose(*m_controller, [this] { m_controller->setMomentColumn(-1); }));
        QCOMPARE(m_controller->badCount(), 0);
        QVERIFY(choose(*m_controller, [this] { m_controller->setScale(u"csat"_s); }));
        QCOMPARE(m_controller->goodCount(), 7);

        // Then Import is off, and refused, naming both scales; nothing is written
        QVERIFY(!m_controller->ready());
        QVERIFY2(m_controller->blockedReason().contains(u"nps (0–10)"_s) && m_controller->blockedReason().contains(u"csat (1–5)"_s),
                 qPrintable(m_controller->blockedReason()));
        QVERIFY(!m_controller->import());
        QVERIFY2(m_controller->errorMessage().contains(u"“Net Promoter Score” holds responses on the nps (0–10) scale"_s),
                 qPrintable(m_controller->errorMessage()));
        QVERIFY(document().workspace() == before);
        QCOMPARE(document().undoStack()->count(), steps);
        QCOMPARE(document().workspace().batchesOf(nps).size(), 1);
    }

    void customScaleAndChangesWhileReading()
    {
        m_controller->setMetric(metricNamed(u"Time to verify identity"_s));
        QCOMPARE(m_controller->scale(), u"custom"_s);
        QCOMPARE(m_controller->low(), 0.0);
        QCOMPARE(m_controller->high(), 10.0);
        // Changes while the file is read: the last choices win, older answers are dropped
        QVERIFY(m_controller->load(QUrl::fromLocalFile(fixture("ces-tab.tsv")).toString()));
        m_controller->setHigh(5);
        QVERIFY(m_controller->busy());
        QVERIFY(m_controller->waitForFinished());
        QCOMPARE(m_controller->high(), 5.0);
        QCOMPARE(m_controller->dateColumn(), 0); // guessed by the first reading
        QCOMPARE(m_controller->segmentColumn(), 3);
        m_controller->setSegmentColumn(-1);
        m_controller->setMomentColumn(2);
        m_controller->setMomentColumn(-1);
        QVERIFY(m_controller->waitForFinished());
        QCOMPARE(m_controller->segmentColumn(), -1);
        QCOMPARE(m_controller->momentColumn(), -1);
        QVERIFY(m_controller->errorMessage().isEmpty());
        QCOMPARE(m_controller->records(), 6);
        QCOMPARE(badMessages(m_controller->badRows()), (QStringList{u"line 6: the score 7 is outside 0–5"_s}));
        // An empty range is an error in words
        QVERIFY(choose(*m_controller, [this] { m_controller->setLow(5); }));
        QVERIFY2(m_controller->errorMessage().contains(u"holds no scores"_s), qPrintable(m_controller->errorMessage()));
        QVERIFY(!m_controller->ready());
        QVERIFY(choose(*m_controller, [this] { m_controller->setLow(1); m_controller->setHigh(7); }));
        QVERIFY(m_controller->errorMessage().isEmpty());
        QVERIFY(m_controller->ready());
        // A missing score column is an error in words, too
        QVERIFY(choose(*m_controller, [this] { m_controller->setScoreColumn(-1); }));
        QVERIFY2(m_controller->errorMessage().contains(u"no column is chosen for the score"_s),
                 qPrintable(m_controller->errorMessage()));
        QVERIFY(!m_controller->ready());
        // Reset forgets the file; a reading still running is not shown
        QVERIFY(m_controller->load(QUrl::fromLocalFile(fixture("ces-tab.tsv")).toString()));
        m_controller->reset();
        QVERIFY(m_controller->waitForFinished());
        QVERIFY(!m_controller->loaded());
        QVERIFY(m_controller->header().isEmpty());
        QVERIFY(m_controller->errorMessage().isEmpty());
    }

    void needsAnEditableWorkspace()
    {
        WorkspaceController none;
        ResponseImportController c;
        c.setWorkspace(&none);
        QVERIFY(c.metrics().isEmpty());
        QVERIFY(c.blockedReason().contains(u"Open a workspace"_s));
        QVERIFY(!c.import());
        QVERIFY(!c.load(QString()));
    }
};

QTEST_MAIN(TestResponseImportController)
#include "tst_responseimportcontroller.moc"
