// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Losing the team server: stopped mid-edit and started again, and a backend killed while its
// COMMIT runs. Every edit a window was told was saved is on the server afterwards, every other
// one was reported as not saved, and the windows converge. On a private PostgreSQL, since
// this test stops it.
#include "samples.h"
#include "teamserver.h"
#include "server/serverstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <thread>

using namespace cx;
using namespace cx::test;

class TeamFaultsTest : public QObject
{
    Q_OBJECT

private:
    std::optional<TeamServer> m_team;
    Samples m_samples;

    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");

    // Titles of moment uid as saved edits left them, and as told not saved.
    struct Ledger {
        QStringList saved;
        QStringList notSaved;
    };

    Result retitle(Document &document, const Uid &uid, const QString &title)
    {
        Moment m = document.workspace().moments.value(uid);
        m.title = title;
        return document.update(m);
    }

    void expectConverged(Document &a, Document &b, const QString &workspace)
    {
        QTRY_VERIFY_WITH_TIMEOUT(serverStoreOf(a).isOnline() && serverStoreOf(b).isOnline(), 20000);
        serverStoreOf(a).catchUp();
        serverStoreOf(b).catchUp();
        const Workspace server = m_team->state(alice, workspace);
        QTRY_VERIFY2_WITH_TIMEOUT(a.workspace() == server, qPrintable(difference(a.workspace(), server)), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(b.workspace() == server, qPrintable(difference(b.workspace(), server)), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        auto server = PgTestServer::startPrivate(&why);
        QVERIFY2(server, qPrintable(why));
        m_team = TeamServer::prepare(*server, {alice, bob}, &why);
        QVERIFY2(m_team, qPrintable(why));
    }

    void serverStoppedMidEditAndRestarted()
    {
        const QString name = QStringLiteral("stopped");
        QVERIFY(m_team->push(samplesWorkspace(m_samples), alice, name, {{bob, QStringLiteral("editor")}}));
        auto a = m_team->open(alice, name);
        auto b = m_team->open(bob, name);
        QVERIFY(a && b);
        const Uid card = m_samples.seeAd.uid;
        QVERIFY(retitle(*a, card, QStringLiteral("before the outage")));

        QSignalSpy readOnly(a.get(), &Document::readOnlyChanged);
        QVERIFY2(m_team->server().stop(), qPrintable(m_team->server().errorString()));
        const Result lost = retitle(*a, card, QStringLiteral("during the outage"));
        QVERIFY(!lost);
        QCOMPARE(lost.code(), ErrorCode::Offline);
        QVERIFY(a->isReadOnly());
        QVERIFY2(a->readOnlyReason().contains(QStringLiteral("cannot be reached")), qPrintable(a->readOnlyReason()));
        QVERIFY(readOnly.size() >= 1);
        QCOMPARE(a->workspace().moments.value(card).title, QStringLiteral("before the outage"));
        // The other window notices too, from its heartbeat, and refuses edits meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(b->isReadOnly(), 10000);
        QVERIFY(!retitle(*b, card, QStringLiteral("bob offline")));

        QVERIFY2(m_team->server().start(), qPrintable(m_team->server().errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!a->isReadOnly() && !b->isReadOnly(), 20000);
        QVERIFY(retitle(*b, card, QStringLiteral("after the outage")));
        expectConverged(*a, *b, name);
        QCOMPARE(a->workspace().moments.value(card).title, QStringLiteral("after the outage"));
    }

    void backendKilledDuringCommit()
    {
        const QString name = QStringLiteral("killed");
        QVERIFY(m_team->push(samplesWorkspace(m_samples), alice, name, {{bob, QStringLiteral("editor")}}));
        // A deferred trigger makes a COMMIT of an edit named "slow" take a second, so that the
        // backend can be killed while it runs.
        auto admin = m_team->connect(QStringLiteral("admin"));
        QVERIFY(admin);
        QVERIFY(admin->exec(QStringLiteral(
            "CREATE OR REPLACE FUNCTION cxatlas.slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN IF NEW.summary LIKE '%slow%' THEN PERFORM pg_sleep(1.5); END IF; RETURN NEW; END $$"), "trigger"));
        QVERIFY(admin->exec(QStringLiteral(
            "DROP TRIGGER IF EXISTS slow_commit ON cxatlas.change; "
            "CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON cxatlas.change "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cxatlas.slow_commit()"), "trigger"));

        auto a = m_team->open(alice, name);
        auto b = m_team->open(bob, name);
        QVERIFY(a && b);
        Ledger ledger;
        const Uid card = m_samples.fillForm.uid;
        for (int i = 0; i < 3; ++i) {
            const QString title = QStringLiteral("fast %1").arg(i);
            QVERIFY(retitle(*a, card, title));
            ledger.saved.append(title);
        }
        QSignalSpy notices(&serverStoreOf(*a), &ServerStore::notice);
        // Kill Alice's backends while her COMMIT sleeps in the trigger.
        PgTestServer &server = m_team->server();
        const QString database = m_team->database();
        const QString role = m_team->login(alice);
        bool killed = false;
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            killed = server.terminateBackends(database, role);
        });
        const Result r = retitle(*a, card, QStringLiteral("slow edit"));
        killer.join();
        QVERIFY(killed);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Offline);
        QVERIFY2(r.message().contains(QStringLiteral("will say whether")), qPrintable(r.message()));
        // Neither saved nor applied until the log decides.
        QCOMPARE(a->workspace().moments.value(card).title, ledger.saved.constLast());
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 20000);
        const QString verdict = notices.constFirst().constFirst().toString();
        QVERIFY2(verdict.contains(QStringLiteral("not saved")), qPrintable(verdict));
        ledger.notSaved.append(QStringLiteral("slow edit"));

        // Bob edits on; both converge on a server that holds every saved edit and no other.
        QVERIFY(retitle(*b, m_samples.verify.uid, QStringLiteral("bob after")));
        expectConverged(*a, *b, name);
        const Workspace server_ = m_team->state(alice, name);
        QCOMPARE(server_.moments.value(card).title, ledger.saved.constLast());
        auto c = m_team->connect(alice);
        QSqlQuery q = c->query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cxatlas.change WHERE summary LIKE '%slow%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cxatlas.change c JOIN cxatlas.workspace w "
                                      "ON w.id = c.workspace WHERE w.name = 'killed'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), ledger.saved.size() + 1); // Bob's edit too
    }
};

QTEST_GUILESS_MAIN(TeamFaultsTest)
#include "tst_teamfaults.moc"
