// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include "store/dump.h"
#include "store/schema.h"
#include "store/workspacestore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace cx;
using namespace cx::test;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFileIsAWorkspace()
    {
        QTemporaryDir dir;
        Result error;
        auto file = WorkspaceFile::create(dir.filePath(QStringLiteral("new.cxatlas")), &error);
        QVERIFY2(file, qPrintable(error.message()));
        Database &db = file->database();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toInt(), workspaceApplicationId);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), currentSchemaVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(file->verifyIntegrity());
        // Creating over an existing file is refused.
        auto again = WorkspaceFile::create(dir.filePath(QStringLiteral("new.cxatlas")), &error);
        QVERIFY(!again);
        QVERIFY(error.message().contains(QStringLiteral("already exists")));
    }

    void everyFieldRoundTrips()
    {
        // Given a workspace holding one record of every kind with every field set
        QTemporaryDir dir;
        const Samples samples;
        auto document = sampleDocument(dir, samples);
        QVERIFY(document);
        // When it is read back by a fresh reader
        const Workspace read = reload(document->path());
        // Then every record and link is what was written
        QCOMPARE(read.nodeCount() + read.votes.size() + read.rounds.size() + read.parkingNotes.size()
                     + read.responseBatches.size(),
                 qsizetype(samples.nodes().size()));
        QVERIFY2(read == document->workspace(), qPrintable(difference(read, document->workspace())));
        QCOMPARE(read.links.size(), samples.links().size());
        const Persona &p = read.personas.value(document->workspace().personas.constBegin().key());
        QVERIFY(!p.title.isEmpty());
        for (const Node &node : samples.nodes()) {
            const auto stored = read.node(uidOf(node));
            QVERIFY2(stored, qPrintable(titleOf(node)));
            QVERIFY2(*stored == node, qPrintable(QStringLiteral("%1 differs after reading back").arg(titleOf(node))));
        }
        // Optional values stay absent, present values keep their exact value.
        QCOMPARE(read.moments.value(samples.fillForm.uid).emotion, std::nullopt);
        QCOMPARE(read.moments.value(samples.verify.uid).emotion, std::optional<int>(-2));
        QCOMPARE(read.metrics.value(samples.effort.uid).target, std::nullopt);
        QCOMPARE(read.metrics.value(samples.nps.uid).target, std::optional<double>(40.5));
        QCOMPARE(read.personas.value(samples.persona.uid).photo, samples.persona.photo);
        QVERIFY(!read.personas.value(samples.persona.uid).evidence.at(1).date.isValid());
    }

    void removingANodeCascades()
    {
        QTemporaryDir dir;
        auto document = sampleDocument(dir);
        QVERIFY(document);
        Database &db = document->file()->database();
        auto count = [&db](const char *sql) { return db.scalar(QString::fromLatin1(sql)).toInt(); };
        QVERIFY(count("SELECT count(*) FROM moment") == 3);
        QVERIFY(count("SELECT count(*) FROM moment_emotion") == 2);
        QVERIFY(count("SELECT count(*) FROM voting_round") == 1);
        QVERIFY(count("SELECT count(*) FROM parking_note") == 1);
        // When the journey's node row goes (bypassing the Document, which removes explicitly)
        QVERIFY(db.exec(QStringLiteral("DELETE FROM node WHERE kind = 'journey' AND title = 'Open an account'")));
        // Then its stages, lanes, moments, emotions, votes and links go with it
        QCOMPARE(count("SELECT count(*) FROM stage"), 0);
        QCOMPARE(count("SELECT count(*) FROM lane"), 0);
        QCOMPARE(count("SELECT count(*) FROM moment"), 0);
        QCOMPARE(count("SELECT count(*) FROM moment_emotion"), 0);
        QCOMPARE(count("SELECT count(*) FROM vote"), 0);
        QCOMPARE(count("SELECT count(*) FROM voting_round"), 0);
        QCOMPARE(count("SELECT count(*) FROM parking_note"), 0);
        QCOMPARE(count("SELECT count(*) FROM edge WHERE relation IN ('uses', 'follows', 'opens-journey', 'explains', 'improves')"), 0);
        QCOMPARE(count("SELECT count(*) FROM edge"), 3); // depends-on, measures system, drives
        QCOMPARE(count("PRAGMA foreign_key_check"), 0);
        // A persona's evidence and revisions go with the persona.
        QVERIFY(db.exec(QStringLiteral("DELETE FROM node WHERE kind = 'persona'")));
        QCOMPARE(count("SELECT count(*) FROM persona_evidence"), 0);
        QCOMPARE(count("SELECT count(*) FROM persona_revision"), 0);
        QVERIFY(db.exec(QStringLiteral("DELETE FROM node WHERE kind = 'metric'")));
        QCOMPARE(count("SELECT count(*) FROM measurement"), 0);
    }

    void constraintViolationsAreRejected_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"emotion out of range", "importance out of range", "colour not #rrggbb",
                               "opportunity impact out of range", "vote without dots", "self link",
                               "link to nothing", "moment in another journey's stage", "moment without stage"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void constraintViolationsAreRejected()
    {
        // Given a workspace, and a change that the model's rules would refuse, written
        // straight to the store as a bug or a crafted file might
        QFETCH(int, which);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.cxatlas"));
        { auto d = sampleDocument(dir, Samples(), QStringLiteral("c.cxatlas")); QVERIFY(d); }
        Result error;
        auto file = WorkspaceFile::open(path, OpenMode::ReadWrite, &error);
        QVERIFY(file);
        WorkspaceStore store(std::move(file));
        Workspace w;
        QVERIFY(store.load(w));
        const QString before = canonicalDump(store.file()->database());
        const Moment existing = *w.moments.cbegin();
        Moment m = existing;
        ChangeSet change;
        auto changeMoment = [&] { change.nodes.append({Node(existing), Node(m)}); };
        switch (which) {
        case 0: m.emotion = 3; changeMoment(); break;
        case 1: m.importance = 0; changeMoment(); break;
        case 2: m.color = QStringLiteral("red"); changeMoment(); break;
        case 3: { Opportunity o = *w.opportunities.cbegin(); Opportunity bad = o; bad.impact = 9; change.nodes.append({Node(o), Node(bad)}); break; }
        case 4: { Vote v = *w.votes.cbegin(); Vote bad = v; bad.dots = 0; change.nodes.append({Node(v), Node(bad)}); break; }
        case 5: change.links.append({{m.uid, Relation::Uses, m.uid}, true}); break;
        case 6: change.links.append({{m.uid, Relation::Uses, newUid()}, true}); break;
        case 7: { Journey other; other.uid = newUid(); other.created = other.modified = fileTimestamp();
                  Stage s; s.uid = newUid(); s.journey = other.uid; s.created = s.modified = other.created;
                  change.nodes.append({std::nullopt, Node(other)}); change.nodes.append({std::nullopt, Node(s)});
                  m.stage = s.uid; changeMoment(); break; }
        case 8: m.stage = newUid(); changeMoment(); break;
        }
        // When it is applied, then it is refused with a message, and nothing of it is written
        const Result r = store.apply(change);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Invalid);
        QVERIFY2(r.message().contains(QStringLiteral("c.cxatlas")), qPrintable(r.message()));
        QCOMPARE(canonicalDump(store.file()->database()), before);
    }

    void saveCopyAsWritesACompleteWorkspace()
    {
        QTemporaryDir dir;
        auto document = sampleDocument(dir);
        QVERIFY(document);
        const QString copy = dir.filePath(QStringLiteral("copy.cxatlas"));
        QVERIFY(document->file()->saveCopyAs(copy));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
        QCOMPARE(reload(copy), document->workspace());
        // Saving a copy into a folder that does not exist fails and leaves nothing behind.
        const Result r = document->file()->saveCopyAs(dir.filePath(QStringLiteral("missing/x.cxatlas")));
        QVERIFY(!r);
        QVERIFY(r.message().contains(QStringLiteral("x.cxatlas")));
    }

    void migrationsStepFromVersionToVersion()
    {
        // Given a current file and two next schema versions, the second of them broken
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.cxatlas"));
        { auto d = sampleDocument(dir, Samples(), QStringLiteral("m.cxatlas")); QVERIFY(d); }
        Database db(path, QString());
        QVERIFY(db.open());
        const int current = currentSchemaVersion();
        QList<SchemaStep> steps = schemaSteps();
        steps.append({current + 1, {QStringLiteral("ALTER TABLE persona ADD COLUMN pronouns TEXT NOT NULL DEFAULT 'they'")}});
        steps.append({current + 2, {QStringLiteral("CREATE TABLE tag (name TEXT PRIMARY KEY)"), QStringLiteral("THIS IS NOT SQL")}});
        // When migrating, then each complete step lands and a failing one leaves no trace
        const Result r = migrate(db, current, steps);
        QVERIFY(!r);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), current + 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT min(pronouns) FROM persona")).toString(), QStringLiteral("they"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'tag'")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM moment")).toInt(), 3);
    }

    void versionOneFileIsUpgradedOnOpen()
    {
        // Given a file written by the first version of the schema (tests/data)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_TEST_DATA "/workspace-v1.cxatlas"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        // When it is opened for editing, it is upgraded in place with everything kept
        // (reading without upgrading, and the backup: tst_oldformats)
        Result error;
        auto document = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error.message()));
        QCOMPARE(document->file()->schemaVersion(), currentSchemaVersion());
        QCOMPARE(document->file()->database().scalar(QStringLiteral("PRAGMA user_version")).toInt(), currentSchemaVersion());
        const Workspace &w = document->workspace();
        QCOMPARE(w.moments.size(), 3);
        QCOMPARE(w.links.size(), 3);
        for (const Stage &s : w.stages)
            QCOMPARE(s.width, 0.0);
        QCOMPARE(w.personas.cbegin()->evidence.size(), 1);
        // And the new columns work
        Stage stage = *w.stages.cbegin();
        stage.width = 320;
        QVERIFY(document->update(stage));
        QCOMPARE(reload(path).stages.value(stage.uid).width, 320.0);
        QVERIFY(document->file()->verifyIntegrity());
    }

    void olderFileIsUpgradedOnOpen()
    {
        // A file whose user_version is behind the current one is brought up by open();
        // with one schema version this is the "version 0 means unfinished" case.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("o.cxatlas"));
        { auto d = sampleDocument(dir, Samples(), QStringLiteral("o.cxatlas")); QVERIFY(d); }
        { Database db(path, QString()); QVERIFY(db.open()); QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 0"))); }
        Result error;
        auto document = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY(!document);
        QCOMPARE(error.code(), ErrorCode::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
