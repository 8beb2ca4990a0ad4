// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"
#include "workshop/roundresults.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

class TestDurability : public QObject
{
    Q_OBJECT

private:
    // Runs the child's command on path until it has reported something, kills it with SIGKILL
    // after a random pause, and returns the lines it printed (the last may be cut short); empty
    // when the child did not report or ended by itself (then nothing was tested).
    static QList<QByteArray> killMidStream(const QString &command, const QString &path, QRandomGenerator &random)
    {
        QProcess child;
        child.start(QStringLiteral(CX_WORKSPACE_CHILD), {command, path});
        if (!child.waitForStarted() || !child.waitForReadyRead(10000)) {
            qWarning("the child reported nothing: %s", child.readAllStandardError().constData());
            return {};
        }
        QTest::qWait(random.bounded(5, 120));
        child.kill();
        child.waitForFinished();
        if (child.exitStatus() != QProcess::CrashExit) {
            qWarning("the child ended before it was killed: %s", child.readAllStandardError().constData());
            return {};
        }
        return child.readAllStandardOutput().split('\n');
    }

    // Reopening (for writing: the dead process's lock is taken over) finds the file intact.
    static std::unique_ptr<Document> reopenIntact(const QString &path)
    {
        Result error;
        auto document = Document::open(path, OpenMode::ReadWrite, &error);
        if (!document || document->isReadOnly()) {
            qWarning("%s", qPrintable(document ? document->readOnlyReason() : error.message()));
            return {};
        }
        if (document->file()->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString() != u"ok"
            || document->file()->database().scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() != 0) {
            qWarning("the file fails its integrity or foreign key check");
            return {};
        }
        return document;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNothingItReported()
    {
        // Given a workspace that a child process edits, reporting each committed edit
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("durable.cxatlas"));
        { auto d = sampleDocument(dir, Samples(), QStringLiteral("durable.cxatlas")); QVERIFY(d); }
        QRandomGenerator random(7);
        int reportedTotal = 0;
        for (int round = 0; round < 10; ++round) {
            // When it is killed with SIGKILL at a random moment
            const QList<QByteArray> lines = killMidStream(QStringLiteral("edit"), path, random);
            QVERIFY(!lines.isEmpty());
            // Then reopening finds every edit it reported, and the file is intact
            auto document = reopenIntact(path);
            QVERIFY(document);
            int reported = 0;
            for (const QByteArray &line : lines) {
                if (line.size() != 36)
                    continue; // the last, unfinished line
                QVERIFY2(document->workspace().moments.contains(uidFromText(QString::fromLatin1(line))), line.constData());
                ++reported;
            }
            QVERIFY(reported > 0);
            reportedTotal += reported;
        }
        qInfo("%d edits reported committed across 10 kills; all found", reportedTotal);
    }

    void killedVoterLosesNoDotItReported()
    {
        // Given a workspace where a child process casts dots through WorkshopEdits, reporting
        // each cast with the participant's dots on the moment after it
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("votes.cxatlas"));
        { auto d = sampleDocument(dir, Samples(), QStringLiteral("votes.cxatlas")); QVERIFY(d); }
        QRandomGenerator random(12);
        int reportedTotal = 0;
        for (int kill = 0; kill < 10; ++kill) {
            // When it is killed with SIGKILL mid-stream (the next child carries on its round)
            const QList<QByteArray> lines = killMidStream(QStringLiteral("vote"), path, random);
            QVERIFY(!lines.isEmpty());
            // Then the file is intact and holds at least the dots each report said were there
            auto document = reopenIntact(path);
            QVERIFY(document);
            const Workspace &w = document->workspace();
            int reported = 0;
            for (const QByteArray &line : lines) {
                // "ROUND MOMENT DOTS PARTICIPANT", the name last (it may hold spaces)
                const QString text = QString::fromUtf8(line);
                const QStringList f = text.section(u' ', 0, 2).split(u' ');
                const QString participant = text.section(u' ', 3);
                if (f.size() != 3 || f[0].size() != 36 || f[1].size() != 36 || participant.isEmpty())
                    continue; // the last, unfinished line
                const Uid round = uidFromText(f[0]);
                const Uid moment = uidFromText(f[1]);
                const int dots = RoundResults::dotsOn(w, round, moment, participant);
                QVERIFY2(w.rounds.contains(round) && dots >= f[2].toInt(),
                         qPrintable(QStringLiteral("%1: %2 dots in the file").arg(QString::fromLatin1(line)).arg(dots)));
                ++reported;
            }
            QVERIFY(reported > 0);
            reportedTotal += reported;
            // and every vote in it keeps the round's limit per participant
            for (const VotingRound &r : w.rounds) {
                for (const QString &voter : r.voters())
                    QVERIFY(RoundResults::usedBy(w, r.uid, voter) <= r.dotsPerParticipant);
            }
        }
        qInfo("%d dots reported cast across 10 kills; all found", reportedTotal);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
