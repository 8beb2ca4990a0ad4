// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Team workspaces against a real PostgreSQL 15 that ctest starts (tests/support/pgcluster):
// migrations, push and pull, two windows' Documents on one workspace, conflicts, undo across
// clients, presence and roles enforced by the server itself.
#include "pgtestserver.h"
#include "samples.h"
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

namespace {

ServerStore &storeOf(Document &document)
{
    return static_cast<ServerStore &>(document.store());
}

} // namespace

class TeamWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    std::optional<PgTestServer> m_server;
    QString m_database;
    QString m_alice, m_bob, m_vic;
    const QString m_password = QStringLiteral("correct horse battery");
    Samples m_samples;
    QTemporaryDir m_dir;

    ServerUrl urlOf(const QString &user, const QString &workspace = {}) const
    {
        Result error;
        auto url = ServerUrl::parse(m_server->urlFor(m_database, user, workspace), &error);
        if (!url)
            qFatal("%s", qPrintable(error.message()));
        return *url;
    }

    std::unique_ptr<ServerConnection> connectAs(const QString &user, const QString &password)
    {
        auto c = std::make_unique<ServerConnection>(urlOf(user), password);
        const Result r = c->open();
        if (!r)
            qWarning() << r.message();
        return c;
    }

    std::unique_ptr<Document> openAs(const QString &user, const QString &workspace, Result *error = nullptr)
    {
        Result e;
        auto store = ServerStore::connect(urlOf(user, workspace), m_password, &e);
        std::unique_ptr<Document> document;
        if (store) {
            store->setRetryDelay(100);
            document = Document::open(std::move(store), &e);
        }
        if (error)
            *error = e;
        else if (!document)
            qWarning() << e.message();
        return document;
    }

    // A new workspace of the samples, owned by alice, bob an editor and vic a viewer.
    QString pushSamples(const QString &name)
    {
        auto owner = connectAs(m_alice, m_password);
        Workspace w;
        for (const Node &n : m_samples.nodes())
            w.put(n);
        for (const Link &l : m_samples.links())
            w.links.insert(l);
        Result r = WorkspaceTransfer::push(w, *owner, name);
        if (!r)
            qWarning() << r.message();
        QSqlQuery q = owner->query();
        for (const auto &[who, access] : {std::pair{m_bob, QStringLiteral("editor")}, std::pair{m_vic, QStringLiteral("viewer")}}) {
            if (Result g = owner->run(q, QStringLiteral("INSERT INTO cxatlas.member (workspace, role_name, access) "
                                                       "SELECT id, ?, ? FROM cxatlas.workspace WHERE name = ?"),
                                     {who, access, name}, "grant"); !g)
                qWarning() << g.message();
        }
        return name;
    }

    Workspace serverState(const QString &workspace)
    {
        Result error;
        auto store = ServerStore::connect(urlOf(m_alice, workspace), m_password, &error, ServerStore::Mode::Snapshot);
        Workspace w;
        if (!store || !store->load(w))
            qWarning() << "cannot read the server's state" << error.message();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_server = PgTestServer::fromEnvironment(&why);
        QVERIFY2(m_server, qPrintable(why));
        m_database = m_server->createDatabase(QStringLiteral("team"));
        QVERIFY(!m_database.isEmpty());
        m_alice = m_server->createLogin(QStringLiteral("alice"), m_password);
        m_bob = m_server->createLogin(QStringLiteral("bob"), m_password);
        m_vic = m_server->createLogin(QStringLiteral("vic"), m_password);

        // Migrations from an empty server, as its administrator.
        auto admin = connectAs(m_server->adminUser(), m_server->adminPassword());
        QVERIFY(admin->isOpen());
        Result error;
        QCOMPARE(ServerSchema::version(*admin, &error), 0);
        QCOMPARE(ServerSchema::check(*admin).code(), ErrorCode::NotWorkspace);
        int applied = -1;
        QVERIFY2(ServerSchema::migrate(*admin, &applied), "migrate");
        QCOMPARE(applied, ServerSchema::currentVersion());
        QCOMPARE(ServerSchema::version(*admin, &error), ServerSchema::currentVersion());
        QVERIFY(ServerSchema::migrate(*admin, &applied));
        QCOMPARE(applied, 0);
        for (const QString &who : {m_alice, m_bob, m_vic})
            QVERIFY(admin->exec(QStringLiteral("GRANT cxatlas_user TO \"%1\"").arg(who), "grant"));
    }

    void pushThenPullIsLossless()
    {
        const QString name = pushSamples(QStringLiteral("round trip"));
        const QString target = m_dir.filePath(QStringLiteral("pulled.cxatlas"));
        Workspace pulled;
        const Result r = WorkspaceTransfer::pull(urlOf(m_alice, name), m_password, target, false, &pulled);
        QVERIFY2(r, qPrintable(r.message()));
        Result error;
        auto file = Document::open(target, OpenMode::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error.message()));
        Workspace original;
        for (const Node &n : m_samples.nodes())
            original.put(n);
        for (const Link &l : m_samples.links())
            original.links.insert(l);
        QVERIFY2(file->workspace() == original, qPrintable(difference(file->workspace(), original)));
        QCOMPARE(WorkspaceJsonWriter::write(file->workspace()), WorkspaceJsonWriter::write(original));

        // The same name again is refused, and nothing is written.
        auto owner = connectAs(m_alice, m_password);
        const Result again = WorkspaceTransfer::push(original, *owner, name);
        QVERIFY(!again);
        QVERIFY2(again.message().contains(name), qPrintable(again.message()));
    }

    void anEditAppearsInTheOtherWindow()
    {
        const QString name = pushSamples(QStringLiteral("live"));
        auto alice = openAs(m_alice, name);
        auto bob = openAs(m_bob, name);
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
        auto alice = openAs(m_alice, name);
        auto bob = openAs(m_bob, name);
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
        QVERIFY2(r.message().contains(m_alice), qPrintable(r.message()));
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
        auto alice = openAs(m_alice, name);
        auto bob = openAs(m_bob, name);
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
        QVERIFY2(failed.at(0).at(0).toString().contains(m_bob), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(alice->workspace().moments.value(m.uid).title, QStringLiteral("D"));
        QCOMPARE(serverState(name).moments.value(m.uid).title, QStringLiteral("D"));
    }

    void presenceShowsWhereOthersAreAndGoesAway()
    {
        const QString name = pushSamples(QStringLiteral("presence"));
        auto alice = openAs(m_alice, name);
        auto bob = openAs(m_bob, name);
        QVERIFY(alice && bob);
        ServerPresence *seen = storeOf(*bob).presence();
        storeOf(*alice).presence()->setDisplayName(QStringLiteral("Alice Ames"));
        storeOf(*alice).presence()->setLocation(m_samples.journey.uid, m_samples.verify.uid);
        QTRY_VERIFY(!seen->others().isEmpty() && seen->others().constFirst().card == m_samples.verify.uid);
        QCOMPARE(seen->others().size(), 1);
        QCOMPARE(seen->others().constFirst().displayName, QStringLiteral("Alice Ames"));
        QCOMPARE(seen->others().constFirst().role, m_alice);
        QCOMPARE(seen->others().constFirst().journey, m_samples.journey.uid);
        // A window that goes away without saying goodbye (its backend killed) disappears too.
        alice.reset();
        QTRY_VERIFY_WITH_TIMEOUT(seen->others().isEmpty(), 5000);
        auto again = openAs(m_alice, name);
        QTRY_COMPARE(seen->others().size(), 1);
        QVERIFY(m_server->terminateBackends(m_database, m_alice));
        QTRY_VERIFY_WITH_TIMEOUT(seen->others().isEmpty(), 5000);
    }

    // Found by the team soak (tests/soak/teamsoak.cpp): the optimistic check compares the
    // records a change set writes, never those it refers to, so an edit that links to (or adds a
    // moment to a stage) someone removed a moment earlier commits, and the server's workspace
    // then breaks its own rules (a pull refuses it). Expected to fail until the server checks
    // references both ways (see the report on issue 15).
    void anEditThatRefersToARemovedRecordIsRefused()
    {
        const QString name = pushSamples(QStringLiteral("dangling"));
        auto alice = openAs(m_alice, name);
        auto bob = openAs(m_bob, name);
        QVERIFY(alice && bob);
        const Uid moment = m_samples.verify.uid;
        std::optional<Link> link;
        for (const Uid &element : {m_samples.story.uid, m_samples.system.uid}) {
            if (const auto l = Rules::linkFor(bob->workspace(), moment, element); l && Rules::checkLink(bob->workspace(), *l))
                link = l;
        }
        QVERIFY(link);
        // Given Alice removes a moment,
        QVERIFY(alice->remove({moment}));
        // when Bob, before his window heard of it, links it to an element,
        const Result r = bob->link(*link);
        // then the server refuses the link, and its workspace still keeps every rule.
        QEXPECT_FAIL("", "issue 15: references are not checked on the server (write skew)", Continue);
        QVERIFY2(!r, "the link to a removed moment was saved");
        const Result pull = WorkspaceTransfer::pull(urlOf(m_alice, name), m_password,
                                                    m_dir.filePath(QStringLiteral("dangling.cxatlas")), true);
        QEXPECT_FAIL("", "issue 15: references are not checked on the server (write skew)", Continue);
        QVERIFY2(pull, qPrintable(pull.message()));
    }

    void aViewerIsReadOnlyAndTheServerRefusesItsWrites()
    {
        const QString name = pushSamples(QStringLiteral("roles"));
        auto vic = openAs(m_vic, name);
        QVERIFY(vic);
        QVERIFY(vic->isReadOnly());
        QVERIFY2(vic->readOnlyReason().contains(QStringLiteral("viewer")), qPrintable(vic->readOnlyReason()));
        Moment m = vic->workspace().moments.value(m_samples.seeAd.uid);
        m.title = QStringLiteral("Vic was here");
        QVERIFY(!vic->update(m));

        // The client is not what stops a viewer: raw SQL as that role fails on the server.
        auto raw = connectAs(m_vic, m_password);
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
        const QString eve = m_server->createLogin(QStringLiteral("eve"), m_password);
        auto admin = connectAs(m_server->adminUser(), m_server->adminPassword());
        QVERIFY(admin->exec(QStringLiteral("GRANT cxatlas_user TO \"%1\"").arg(eve), "grant"));
        Result error;
        QVERIFY(!openAs(eve, name, &error));
        QCOMPARE(error.code(), ErrorCode::NotFound);
        auto snoop = connectAs(eve, m_password);
        QSqlQuery s = snoop->query();
        QVERIFY(s.exec(QStringLiteral("SELECT count(*) FROM cxatlas.record")));
        QVERIFY(s.next());
        QCOMPARE(s.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TeamWorkspaceTest)
#include "tst_teamworkspace.moc"
