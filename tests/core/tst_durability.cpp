// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

class TestDurability : public QObject
{
    Q_OBJECT

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
            QProcess child;
            child.start(QStringLiteral(CX_WORKSPACE_CHILD), {QStringLiteral("edit"), path});
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
            // When it is killed with SIGKILL at a random moment
            QTest::qWait(random.bounded(5, 120));
            child.kill();
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            // Then reopening (for writing: the dead process's lock is taken over) finds every
            // edit it reported, and the file is intact
            Result error;
            auto document = Document::open(path, OpenMode::ReadWrite, &error);
            QVERIFY2(document, qPrintable(error.message()));
            QVERIFY2(!document->isReadOnly(), qPrintable(document->readOnlyReason()));
            int reported = 0;
            for (const QByteArray &line : lines) {
                if (line.size() != 36)
                    continue; // the last, unfinished line
                QVERIFY2(document->workspace().moments.contains(uidFromText(QString::fromLatin1(line))), line.constData());
                ++reported;
            }
            QVERIFY(reported > 0);
            reportedTotal += reported;
            QCOMPARE(document->file().database().scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            QCOMPARE(document->file().database().scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        }
        qInfo("%d edits reported committed across 10 kills; all found", reportedTotal);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
