// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfixtures.h"
#include "samples.h"

#include "model/rules.h"
#include "store/dump.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

// Files of every released format (tests/data/workspace-vN.cxatlas) and one of the current
// format made now: readers see them upgraded without the file changing; an editor upgrades in
// place after keeping a backup; a read-only file of an older format still opens.
class TestOldFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_madeNow;
    FormatFixture m_current;

    void addFixtureRows()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("source");
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA)))
            QTest::addRow("v%d", f.version) << f.version << f.path;
        QTest::addRow("v%d made now", m_current.version) << m_current.version << m_current.path;
    }

    // The workspace as an in-place upgrade of another copy reads it: what readers must see.
    static QString upgradedDump(const QString &source, Workspace *workspace)
    {
        QTemporaryDir dir;
        const QString copy = copyFixture({0, source}, dir);
        Result error;
        auto document = Document::open(copy, OpenMode::ReadWrite, &error);
        if (!document)
            return error.message();
        *workspace = document->workspace();
        return fileDump(*document);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto document = sampleDocument(m_madeNow, Samples(), QStringLiteral("workspace-now.cxatlas"));
        QVERIFY(document);
        m_current = {currentSchemaVersion(), document->path()};
    }

    void everyFormatUpToTheCurrentHasAFixture()
    {
        // A fixture is the only proof that files of a version keep opening: the version being
        // replaced must leave one behind, made by its own build.
        QList<int> versions;
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            QCOMPARE(recordedVersion(f.path), f.version);
            versions.append(f.version);
        }
        for (int v = 1; v <= currentSchemaVersion(); ++v) {
            QVERIFY2(versions.contains(v),
                     qPrintable(QStringLiteral("tests/data/workspace-v%1.cxatlas is missing: make it with "
                                               "a build of format %1 (cxatlas import tests/data/workspace-v%1.json "
                                               "-o tests/data/workspace-v%1.cxatlas) and commit it").arg(v)));
        }
    }

    void readerSeesAnUpgradedCopyAndTheFileStaysAsItWas_data() { addFixtureRows(); }
    void readerSeesAnUpgradedCopyAndTheFileStaysAsItWas()
    {
        QFETCH(int, version);
        QFETCH(QString, source);
        // Given a writable copy of a file of that format, its bytes and its folder noted
        QTemporaryDir dir;
        const QString path = copyFixture({version, source}, dir);
        QVERIFY(!path.isEmpty());
        const QByteArray hash = fileHash(path);
        const QStringList listing = folderListing(dir.path());
        const bool older = version < currentSchemaVersion();
        {
            // When it is opened for reading
            Result error;
            auto document = Document::open(path, OpenMode::ReadOnly, &error);
            QVERIFY2(document, qPrintable(error.message()));
            // Then it reads at the current format, through a private copy when it is older
            WorkspaceFile &file = *document->file();
            QCOMPARE(file.schemaVersion(), currentSchemaVersion());
            QCOMPARE(file.upgradedFrom(), older ? version : 0);
            QCOMPARE(file.isPrivateCopy(), older);
            QVERIFY(file.backupPath().isEmpty());
            QVERIFY(file.verifyIntegrity());
            QVERIFY(document->workspace().nodeCount() > 0);
            // holding exactly what an upgrade in place gives
            Workspace upgraded;
            const QString dump = upgradedDump(source, &upgraded);
            QVERIFY2(document->workspace() == upgraded, qPrintable(difference(document->workspace(), upgraded)));
            QCOMPARE(fileDump(*document), dump);
            // and edits are refused
            QVERIFY(document->isReadOnly());
            Journey journey;
            journey.title = QStringLiteral("New");
            QVERIFY(!document->add(journey));
        }
        // And the file and its folder are exactly as they were: no -wal, -shm, lock or backup
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(folderListing(dir.path()), listing);
    }

    void editorUpgradesInPlaceAfterKeepingABackup_data() { addFixtureRows(); }
    void editorUpgradesInPlaceAfterKeepingABackup()
    {
        QFETCH(int, version);
        QFETCH(QString, source);
        QTemporaryDir dir;
        const QString path = copyFixture({version, source}, dir);
        const QByteArray hash = fileHash(path);
        const bool older = version < currentSchemaVersion();
        const QString backup = path + QStringLiteral(".v%1-backup").arg(version);
        Uid stage;
        {
            // When a file is opened for editing
            Result error;
            auto document = Document::open(path, OpenMode::ReadWrite, &error);
            QVERIFY2(document, qPrintable(error.message()));
            QVERIFY2(!document->isReadOnly(), qPrintable(document->readOnlyReason()));
            WorkspaceFile &file = *document->file();
            QCOMPARE(file.upgradedFrom(), older ? version : 0);
            QVERIFY(!file.isPrivateCopy());
            // Then an older file was kept, byte for byte, beside it before it was upgraded
            QCOMPARE(file.backupPath(), older ? backup : QString());
            QCOMPARE(QFile::exists(backup), older);
            if (older)
                QCOMPARE(fileHash(backup), hash);
            QCOMPARE(file.database().scalar(QStringLiteral("PRAGMA user_version")).toInt(), currentSchemaVersion());
            // and it takes edits, the newest columns included
            QVERIFY(!document->workspace().stages.isEmpty());
            Stage s = *document->workspace().stages.cbegin();
            stage = s.uid;
            s.width = 321.5;
            QVERIFY(document->update(s));
        }
        QCOMPARE(reload(path).stages.value(stage).width, 321.5);
        // And the next opening finds it current: no second upgrade, no second backup
        Result error;
        auto again = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(again, qPrintable(error.message()));
        QCOMPARE(again->file()->upgradedFrom(), 0);
        QVERIFY(again->file()->backupPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*backup*")}, QDir::Files).size(), older ? 1 : 0);
    }

    // Format 4 gave votes rounds: older votes go into one ended round per journey, the same
    // round (same id) in every upgrade, with room for every participant's dots.
    void votesFromBeforeRoundsKeepCountingInAnEndedRound()
    {
        int withVotes = 0;
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            if (f.version >= 4)
                continue;
            Workspace first, second;
            upgradedDump(f.path, &first);
            upgradedDump(f.path, &second);
            withVotes += first.votes.isEmpty() ? 0 : 1;
            QCOMPARE(first.rounds, second.rounds);
            for (const Vote &v : std::as_const(first.votes)) {
                const VotingRound round = first.rounds.value(v.round);
                QCOMPARE(round.title, QStringLiteral("Earlier votes"));
                QVERIFY(!round.isRunning());
                QCOMPARE(round.journey, first.moments.value(v.moment).journey);
                QVERIFY(round.voters().contains(v.participant));
                QVERIFY(v.dots <= round.dotsPerParticipant);
                QVERIFY(Rules::checkNode(first, v));
                QVERIFY(Rules::checkNode(first, round));
            }
        }
        QVERIFY(withVotes >= 2); // the v2 and v3 fixtures have votes
    }

    // Older formats put no rule on a voter's name; a round's names have no spaces around them.
    // The upgrade trims them (as the JSON reader does), so the round it makes keeps its rules:
    // found by fuzz_json, whose round trip failed on such a name.
    void earlierVotersLoseTheSpacesAroundTheirNames()
    {
        QTemporaryDir dir;
        const QString copy = copyFixture({3, QStringLiteral(CX_TEST_DATA "/workspace-v3.cxatlas")}, dir);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Priya's vote gets a line end after her name; a second voter is only spaces.
            QVERIFY(q.exec(QStringLiteral("UPDATE vote SET participant = participant || char(10)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO vote (uid, moment, participant, dots, cast_at) SELECT "
                "'00000000-0000-4000-8000-000000000001', moment, char(12288, 32, 9), 1, cast_at FROM vote")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        Workspace w;
        upgradedDump(copy, &w);
        QCOMPARE(w.votes.size(), 2);
        QCOMPARE(w.rounds.size(), 1);
        const VotingRound round = *w.rounds.cbegin();
        QCOMPARE(round.participants, (QStringList{QStringLiteral("Anonymous"), QStringLiteral("Priya (Digital)")}));
        QVERIFY2(Rules::checkNode(w, round), qPrintable(Rules::checkNode(w, round).message()));
        for (const Vote &v : std::as_const(w.votes))
            QVERIFY2(Rules::checkNode(w, v), qPrintable(Rules::checkNode(w, v).message()));
    }

    void backupNeverReplacesAnother()
    {
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            if (f.version >= currentSchemaVersion())
                continue;
            // Given a file of an older format whose backup name is taken
            QTemporaryDir dir;
            const QString path = copyFixture(f, dir);
            const QString taken = path + QStringLiteral(".v%1-backup").arg(f.version);
            QFile other(taken);
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("someone else's file");
            other.close();
            const QByteArray hash = fileHash(path);
            // When it is upgraded, the backup takes the next free name
            Result error;
            auto document = Document::open(path, OpenMode::ReadWrite, &error);
            QVERIFY2(document, qPrintable(error.message()));
            QCOMPARE(document->file()->backupPath(), taken + QStringLiteral(".2"));
            QCOMPARE(fileHash(taken + QStringLiteral(".2")), hash);
            QCOMPARE(fileBytes(taken), QByteArray("someone else's file"));
        }
    }

    void readOnlyFileOfAnOlderFormatOpensThroughACopy_data() { addFixtureRows(); }
    void readOnlyFileOfAnOlderFormatOpensThroughACopy()
    {
        QFETCH(int, version);
        QFETCH(QString, source);
        // Given a file that may not be written (chmod 444)
        QTemporaryDir dir;
        const QString path = copyFixture({version, source}, dir);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray hash = fileHash(path);
        const QStringList listing = folderListing(dir.path());
        const bool older = version < currentSchemaVersion();
        {
            // When an editor opens it, it gets it read-only, upgraded in a copy when older
            Result error;
            auto document = Document::open(path, OpenMode::ReadWrite, &error);
            QVERIFY2(document, qPrintable(error.message()));
            QVERIFY(document->isReadOnly());
            QVERIFY2(document->readOnlyReason().contains(QStringLiteral("is read-only")), qPrintable(document->readOnlyReason()));
            QCOMPARE(document->file()->isPrivateCopy(), older);
            QCOMPARE(document->file()->upgradedFrom(), older ? version : 0);
            QVERIFY(document->file()->backupPath().isEmpty());
            QVERIFY(document->workspace().nodeCount() > 0);
        }
        // And nothing was written: no backup either
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(folderListing(dir.path()), listing);
    }

    void damagedFileOfAnOlderFormatIsRefusedByName()
    {
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            if (f.version >= currentSchemaVersion())
                continue;
            // Given an older file whose pages after the first are overwritten
            QTemporaryDir dir;
            const QString path = copyFixture(f, dir);
            QByteArray bytes = fileBytes(path);
            for (qsizetype i = 4096; i < bytes.size(); ++i)
                bytes[i] = char(0x5a ^ (i & 0xff));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            out.close();
            const QStringList listing = folderListing(dir.path());
            // When a reader opens it, it is refused as damaged, naming the file, and the
            // copy it may have started leaves nothing behind
            Result error;
            QVERIFY(!Document::open(path, OpenMode::ReadOnly, &error));
            QCOMPARE(error.code(), ErrorCode::Damaged);
            QVERIFY2(error.message().contains(QDir::toNativeSeparators(path)), qPrintable(error.message()));
            QCOMPARE(fileBytes(path), bytes);
            QCOMPARE(folderListing(dir.path()), listing);
        }
    }
};

QTEST_GUILESS_MAIN(TestOldFormats)
#include "tst_oldformats.moc"
