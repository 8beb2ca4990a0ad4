// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Team workspaces against a real PostgreSQL 15 that ctest starts (tests/support/pgcluster):
// migrations, push and pull, two windows' Documents on one workspace, conflicts, undo across
// clients, presence and roles enforced by the server itself.
#include "pgtestserver.h"
#include "samples.h"
#include "teamserver.h"
#include "document/document.h"
#include "io/workspacejsonwriter.h"
#include "model/rules.h"
#include "server/serverconnection.h"
#include "server/serverpresence.h"
#include "server/serverschema.h"
#include "server/serverstore.h"
#include "server/workspacetransfer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;
using namespace cx::test;

class TeamWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    std::optional<TeamServer> m_team;
    Samples m_samples;
    QTemporaryDir m_dir;

    std::unique_ptr<ServerConnection> connectAs(const QString &person) { return m_team->connect(person); }
    std::unique_ptr<Document> openAs(const QString &person, const QString &workspace, Result *error = nullptr)
    {
        return m_team->open(person, workspace, error);
    }
    // A new workspace of the samples, owned by alice, bob an editor and vic a viewer.
    QString pushSamples(const QString &name)
    {
        const Result r = m_team->push(samplesWorkspace(m_samples), QStringLiteral("alice"), name,
                                      {{QStringLiteral("bob"), QStringLiteral("editor")},
                                       {QStringLiteral("vic"), QStringLiteral("viewer")}});
        if (!r)
            qWarning() << r.message();
        return name;
    }
    Workspace serverState(const QString &workspace) { return m_team->state(QStringLiteral("alice"), workspace); }
    QString login(const QString &person) const { return m_team->login(person); }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        auto server = PgTestServer::fromEnvironment(&why);
        QVERIFY2(server, qPrintable(why));
        // Migrations from an empty server, as its administrator.
        const QString database = server->createDatabase(QStringLiteral("fresh"));
        QVERIFY(!database.isEmpty());
        Result error;
        auto url = ServerUrl::parse(server->urlFor(database, server->adminUser()), &error);
        QVERIFY2(url, qPrintable(error.message()));
        ServerConnection admin(*url, server->adminPassword());
        QVERIFY(admin.open());
        QCOMPARE(ServerSchema::version(admin, &error), 0);
        QCOMPARE(ServerSchema::check(admin).code(), ErrorCode::NotWorkspace);
        int applied = -1;
        QVERIFY2(ServerSchema::migrate(admin, &applied), "migrate");
        QCOMPARE(applied, ServerSchema::currentVersion());
        QCOMPARE(ServerSchema::version(admin, &error), ServerSchema::currentVersion());
        QVERIFY(ServerSchema::migrate(admin, &applied));
        QCOMPARE(applied, 0);
        QVERIFY(ServerSchema::check(admin));

        m_team = TeamServer::prepare(*server, {QStringLiteral("alice"), QStringLiteral("bob"),
                                               QStringLiteral("vic"), QStringLiteral("eve")}, &why);
        QVERIFY2(m_team, qPrintable(why));
    }

    void pushThenPullIsLossless()
    {
        const QString name = pushSamples(QStringLiteral("round trip"));
        const QString target = m_dir.filePath(QStringLiteral("pulled.cxatlas"));
        Workspace pulled;
        const Result r = WorkspaceTransfer::pull(m_team->url(QStringLiteral("alice"), name), TeamServer::password,
                                                 target, false, &pulled);
        QVERIFY2(r, qPrintable(r.message()));
        Result error;
        auto file = Document::open(target, OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error.message()));
        const Workspace original = samplesWorkspace(m_samples);
        QVERIFY2(file->workspace() == original, qPrintable(difference(file->workspace(), original)));
        QCOMPARE(WorkspaceJsonWriter::write(file->workspace()), WorkspaceJsonWriter::write(original));

        // The same name again is refused, and nothing is written.
        auto owner = connectAs(QStringLiteral("alice"));
        const Result again = WorkspaceTransfer::push(original, *owner, name);
        QVERIFY(!again);
        QVERIFY2(again.message().contains(name), qPrintable(again.message()));
    }

    void anEditAppearsInTheOtherWindow()
    {
        const QString name = pushSamples(QStringLiteral("live"));
        auto alice = openAs(QStringLiteral("alice"), name);
        auto bob = openAs(QStringLiteral("bob"), name);
        QVERIFY(alice && bob);
        QVERIFY(!alice->isReadOnly());
        Moment m = alice->workspace().moments.value(m_samples.fillForm.uid);
        m.title = QStringLiteral("Fill in the form — revised ✓");
        QSignalSpy changed(bob.get(), &Document::nodeChanged);
        QVERIFY(alice->update(m));
        QTRY_COMPARE(bob->workspace().moments.value(m.uid).title, m.title);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Uid>(), m.uid);
        // Adds, links and removals travel too, and both end equal to the server.
        Moment added;
        added.title = QStringLiteral("Call the bank");
        added.journey = m_samples.journey.uid;
        added.stage = m_samples.apply.uid;
        added.lane = m_samples.steps.uid;
        QVERIFY(bob->add(Node(added)));
        QVERIFY(bob->remove({m_samples.verify.uid}));
        QTRY_VERIFY(!alice->workspace().moments.contains(m_samples.verify.uid));
        QTRY_COMPARE(alice->workspace().moments.size(), bob->workspace().moments.size());
        const Workspace server = serverState(name);
        QVERIFY2(alice->workspace() == server, qPrintable(difference(alice->workspace(), server)));
        QVERIFY2(bob->workspace() == server, qPrintable(difference(bob->workspace(), server)));
    }

    void aConflictingEditIsRefusedAndNamesWhoChangedIt()
    {
        const QString name = pushSamples(QStringLiteral("conflict"));
        auto alice = openAs(QStringLiteral("alice"), name);
        auto bob = openAs(QStringLiteral("bob"), name);
        QVERIFY(alice && bob);
        Moment mine = alice->workspace().moments.value(m_samples.seeAd.uid);
        Moment theirs = mine;
        mine.title = QStringLiteral("Alice's title");
        theirs.title = QStringLiteral("Bob's title");
        QVERIFY(alice->update(mine));
        // Bob edits before his window heard of Alice's change: the server refuses it.
        QSignalSpy failed(bob.get(), &Document::editFailed);
        const Result r = bob->update(theirs);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QVERIFY2(r.message().contains(login(QStringLiteral("alice"))), qPrintable(r.message()));
        QVERIFY2(r.message().contains(mine.title) || r.message().contains(m_samples.seeAd.title), qPrintable(r.message()));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!bob->undoStack()->canUndo());
        // Bob's window then shows Alice's version; the server kept hers.
        QTRY_COMPARE(bob->workspace().moments.value(mine.uid).title, mine.title);
        QCOMPARE(serverState(name).moments.value(mine.uid).title, mine.title);
    }

    void undoIsANewChangeSetThatMeetsTheSameCheck()
    {
        const QString name = pushSamples(QStringLiteral("undo"));
        auto alice = openAs(QStringLiteral("alice"), name);
        auto bob = openAs(QStringLiteral("bob"), name);
        QVERIFY(alice && bob);
        const QString original = m_samples.seeAd.title;
        Moment m = alice->workspace().moments.value(m_samples.seeAd.uid);
        m.title = QStringLiteral("B");
        QVERIFY(alice->update(m));
        QTRY_COMPARE(bob->workspace().moments.value(m.uid).title, QStringLiteral("B"));
        alice->undoStack()->undo();
        QCOMPARE(alice->workspace().moments.value(m.uid).title, original);
        QTRY_COMPARE(bob->workspace().moments.value(m.uid).title, original);

        // Alice's undo after Bob changed the same card is refused, naming Bob.
        m.title = QStringLiteral("C");
        QVERIFY(alice->update(m));
        QTRY_COMPARE(bob->workspace().moments.value(m.uid).title, QStringLiteral("C"));
        Moment b = bob->workspace().moments.value(m.uid);
        b.title = QStringLiteral("D");
        QVERIFY(bob->update(b));
        QTRY_COMPARE(alice->workspace().moments.value(m.uid).title, QStringLiteral("D"));
        QSignalSpy failed(alice.get(), &Document::editFailed);
        alice->undoStack()->undo();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(login(QStringLiteral("bob"))), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(alice->workspace().moments.value(m.uid).title, QStringLiteral("D"));
        QCOMPARE(serverState(name).moments.value(m.uid).title, QStringLiteral("D"));
    }

    void aWindowBehindACompactedLogCatchesUpWhole()
    {
        const QString name = pushSamples(QStringLiteral("compacted"));
        auto alice = openAs(QStringLiteral("alice"), name);
        auto bob = openAs(QStringLiteral("bob"), name);
        QVERIFY(alice && bob);
        Moment m = alice->workspace().moments.value(m_samples.seeAd.uid);
        m.title = QStringLiteral("first");
        QVERIFY(alice->update(m));
        QVERIFY(alice->remove({m_samples.verify.uid}));
        // The administrator compacts the log before Bob's window read it.
        auto admin = connectAs(QStringLiteral("admin"));
        QSqlQuery q = admin->query();
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cxatlas.change WHERE workspace = "
                                      "(SELECT id FROM cxatlas.workspace WHERE name = 'compacted')")));
        QCOMPARE(q.numRowsAffected(), 2);
        m.title = QStringLiteral("second");
        QVERIFY(alice->update(m));
        QTRY_COMPARE(bob->workspace().moments.value(m.uid).title, QStringLiteral("second"));
        QVERIFY(!bob->workspace().moments.contains(m_samples.verify.uid));
        const Workspace server = serverState(name);
        QVERIFY2(bob->workspace() == server, qPrintable(difference(bob->workspace(), server)));
    }

    // Found by the team soak: the check of "before" covers the records a change set writes, not
    // those they refer to; the server checks references both ways under the workspace lock.
    void anEditThatNeedsARemovedRecordIsRefused()
    {
        const QString name = pushSamples(QStringLiteral("dangling"));
        auto alice = openAs(QStringLiteral("alice"), name);
        auto bob = openAs(QStringLiteral("bob"), name);
        QVERIFY(alice && bob);
        const Uid moment = m_samples.verify.uid;
        std::optional<Link> link;
        for (const Uid &element : {m_samples.story.uid, m_samples.system.uid}) {
            if (const auto l = Rules::linkFor(bob->workspace(), moment, element);
                l && Rules::checkLink(bob->workspace(), *l))
                link = l;
        }
        QVERIFY(link);
        // Alice removes a moment; Bob, before his window heard of it, links it.
        QVERIFY(alice->remove({moment}));
        const Result r = bob->link(*link);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QVERIFY2(r.message().contains(QStringLiteral("removed by ") + login(QStringLiteral("alice"))), qPrintable(r.message()));
        QTRY_VERIFY(!bob->workspace().moments.contains(moment));

        // Bob adds a card to a stage; Alice, before her window heard of it, removes the stage.
        Moment added;
        added.title = QStringLiteral("Bob's new card");
        added.journey = m_samples.journey.uid;
        added.stage = m_samples.apply.uid;
        added.lane = m_samples.steps.uid;
        QVERIFY(bob->add(Node(added)));
        const Result removal = alice->remove({m_samples.apply.uid});
        QVERIFY(!removal);
        QVERIFY2(removal.message().contains(QStringLiteral("Bob's new card")), qPrintable(removal.message()));
        QTRY_COMPARE(alice->workspace().moments.size(), bob->workspace().moments.size());

        // The server's workspace keeps every rule: it pulls into a file.
        const Result pull = WorkspaceTransfer::pull(m_team->url(QStringLiteral("alice"), name), TeamServer::password,
                                                    m_dir.filePath(QStringLiteral("dangling.cxatlas")), true);
        QVERIFY2(pull, qPrintable(pull.message()));
        const Workspace server = serverState(name);
        QVERIFY2(alice->workspace() == server, qPrintable(difference(alice->workspace(), server)));
    }

    // Each window numbers a new card from the cell it sees; two at once would share a position.
    void twoCardsAddedToOneCellAtOnceDoNotShareAPosition()
    {
        const QString name = pushSamples(QStringLiteral("one cell"));
        auto alice = openAs(QStringLiteral("alice"), name);
        auto bob = openAs(QStringLiteral("bob"), name);
        QVERIFY(alice && bob);
        const Uid stage = m_samples.apply.uid;
        const Uid lane = m_samples.steps.uid;
        const int end = int(alice->workspace().momentsIn(stage, lane).size());
        Moment a;
        a.title = QStringLiteral("Alice's card");
        Moment b;
        b.title = QStringLiteral("Bob's card");
        QVERIFY(alice->insertMoments({a}, stage, lane, end));
        const Result r = bob->insertMoments({b}, stage, lane, end);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QTRY_COMPARE(bob->workspace().momentsIn(stage, lane).size(), qsizetype(end + 1));
        // Tried again on what the window now shows, it goes in after Alice's.
        QVERIFY(bob->insertMoments({b}, stage, lane, end + 1));
        QTRY_COMPARE(alice->workspace().momentsIn(stage, lane).size(), qsizetype(end + 2));
        const QList<Moment> cell = serverState(name).momentsIn(stage, lane);
        for (qsizetype i = 0; i < cell.size(); ++i)
            QCOMPARE(cell.at(i).position, int(i));
        QCOMPARE(cell.constLast().title, b.title);
    }

    void presenceShowsWhereOthersAreAndGoesAway()
    {
        const QString name = pushSamples(QStringLiteral("presence"));
        auto alice = openAs(QStringLiteral("alice"), name);
        auto bob = openAs(QStringLiteral("bob"), name);
        QVERIFY(alice && bob);
        ServerPresence *seen = serverStoreOf(*bob).presence();
        serverStoreOf(*alice).presence()->setDisplayName(QStringLiteral("Alice Ames"));
        serverStoreOf(*alice).presence()->setLocation(m_samples.journey.uid, m_samples.verify.uid);
        QTRY_VERIFY(!seen->others().isEmpty() && seen->others().constFirst().card == m_samples.verify.uid);
        QCOMPARE(seen->others().size(), 1);
        QCOMPARE(seen->others().constFirst().displayName, QStringLiteral("Alice Ames"));
        QCOMPARE(seen->others().constFirst().role, login(QStringLiteral("alice")));
        QCOMPARE(seen->others().constFirst().journey, m_samples.journey.uid);
        // A window that goes away without saying goodbye (its backend killed) disappears too.
        alice.reset();
        QTRY_VERIFY_WITH_TIMEOUT(seen->others().isEmpty(), 5000);
        auto again = openAs(QStringLiteral("alice"), name);
        QTRY_COMPARE(seen->others().size(), 1);
        QVERIFY(m_team->server().terminateBackends(m_team->database(), login(QStringLiteral("alice"))));
        QTRY_VERIFY_WITH_TIMEOUT(seen->others().isEmpty(), 5000);
    }

    void aViewerIsReadOnlyAndTheServerRefusesItsWrites()
    {
        const QString name = pushSamples(QStringLiteral("roles"));
        auto vic = openAs(QStringLiteral("vic"), name);
        QVERIFY(vic);
        QVERIFY(vic->isReadOnly());
        QVERIFY2(vic->readOnlyReason().contains(QStringLiteral("viewer")), qPrintable(vic->readOnlyReason()));
        Moment m = vic->workspace().moments.value(m_samples.seeAd.uid);
        m.title = QStringLiteral("Vic was here");
        QVERIFY(!vic->update(m));

        // The client is not what stops a viewer: raw SQL as that role fails on the server.
        auto raw = connectAs(QStringLiteral("vic"));
        QSqlQuery q = raw->query();
        const QString ws = QStringLiteral("(SELECT id FROM cxatlas.workspace WHERE name = '%1')").arg(name);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cxatlas.record WHERE workspace = %1").arg(ws)));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
        for (const QString &write : {
                 QStringLiteral("UPDATE cxatlas.record SET title = 'x' WHERE workspace = %1").arg(ws),
                 QStringLiteral("DELETE FROM cxatlas.record WHERE workspace = %1").arg(ws),
                 QStringLiteral("INSERT INTO cxatlas.record (workspace, uid, kind, data) VALUES (%1, gen_random_uuid(), 'moment', '\\x00')").arg(ws),
                 QStringLiteral("UPDATE cxatlas.workspace SET seq = seq + 1 WHERE id = %1").arg(ws),
                 QStringLiteral("INSERT INTO cxatlas.member (workspace, role_name, access) VALUES (%1, current_user, 'owner')").arg(ws),
                 QStringLiteral("UPDATE cxatlas.member SET access = 'owner' WHERE workspace = %1").arg(ws)}) {
            QSqlQuery w = raw->query();
            const bool ok = w.exec(write);
            QVERIFY2(!ok || w.numRowsAffected() == 0, qPrintable(write));
            if (ok)
                QVERIFY2(write.startsWith(QStringLiteral("UPDATE cxatlas.member")), qPrintable(write));
        }
        QCOMPARE(serverState(name).moments.value(m.uid).title, m_samples.seeAd.title);

        // Someone who is no member sees nothing at all.
        Result error;
        QVERIFY(!openAs(QStringLiteral("eve"), name, &error));
        QCOMPARE(error.code(), ErrorCode::NotFound);
        auto snoop = connectAs(QStringLiteral("eve"));
        QSqlQuery s = snoop->query();
        QVERIFY(s.exec(QStringLiteral("SELECT count(*) FROM cxatlas.record")));
        QVERIFY(s.next());
        QCOMPARE(s.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TeamWorkspaceTest)
#include "tst_teamworkspace.moc"
