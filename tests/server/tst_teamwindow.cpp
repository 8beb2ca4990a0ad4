// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Team workspaces in the window (issue 15), through the paths users take, against the real
// PostgreSQL 15 that ctest starts (pgcluster): File > Open Server Workspace…, another person's
// edit reaching the map, a viewer's read-only window, presence initials on the cards, the
// offline banner, recent server workspaces and the password never in the settings file.
// Screenshots land in build/<preset>/screenshots (team-*.png).
#include "darkpalette.h"
#include "mainwindow.h"
#include "pgtestserver.h"
#include "samples.h"
#include "canvas/journeycanvas.h"
#include "document/document.h"
#include "server/presencemodel.h"
#include "server/serverconnection.h"
#include "server/serverpresence.h"
#include "server/serverschema.h"
#include "server/serverstore.h"
#include "server/workspacetransfer.h"
#include "workspacecontroller.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QScopeGuard>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QAbstractItemModelTester>
#include <QtTest>

using namespace cx;
using namespace cx::test;

namespace {

// Everything the window draws, its popups (the overlay) included.
QQuickItem *rootItem(QQuickWindow *window)
{
    QQuickItem *item = window->contentItem();
    while (item->parentItem())
        item = item->parentItem();
    return item;
}

QObject *findNamed(QObject *object, const QString &name)
{
    if (object->objectName() == name)
        return object;
    for (QObject *child : object->children()) {
        if (QObject *found = findNamed(child, name))
            return found;
    }
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findNamed(child, name))
                return found;
        }
    }
    return nullptr;
}

QList<QQuickItem *> visibleNamed(QQuickItem *item, const QString &name)
{
    QList<QQuickItem *> found;
    if (!item->isVisible())
        return found;
    if (item->objectName() == name)
        found.append(item);
    for (QQuickItem *child : item->childItems())
        found += visibleNamed(child, name);
    return found;
}

void screenshot(QQuickWindow *window, const QString &name)
{
    QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
    QTest::qWait(50); // a frame for what the last change moved
    const QImage image = window->grabWindow();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QStringLiteral(CX_SCREENSHOTS "/%1.png").arg(name)));
}

int rowOf(QAbstractItemModel *model, const QString &uid)
{
    const int role = model->roleNames().key("uid");
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role).toString() == uid)
            return row;
    }
    return -1;
}

} // namespace

class TeamWindowTest : public QObject
{
    Q_OBJECT

private:
    std::optional<PgTestServer> m_server;
    QString m_database;
    QString m_alice, m_bob, m_vic;
    const QString m_password = QStringLiteral("s3cret-horse-battery");
    Samples m_samples;

    QString address(const QString &user) const { return m_server->tcpUrlFor(m_database, user); }

    std::unique_ptr<ServerConnection> connectAs(const QString &user, const QString &password)
    {
        Result error;
        auto url = ServerUrl::parse(address(user), &error);
        auto c = std::make_unique<ServerConnection>(*url, password);
        if (const Result r = c->open(); !r)
            qWarning() << r.message();
        return c;
    }

    // A new workspace of the samples owned by alice; bob edits it, vic reads it.
    QString pushSamples(const QString &name)
    {
        auto owner = connectAs(m_alice, m_password);
        Workspace w;
        for (const Node &n : m_samples.nodes())
            w.put(n);
        for (const Link &l : m_samples.links())
            w.links.insert(l);
        if (const Result r = WorkspaceTransfer::push(w, *owner, name); !r)
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

    // Alice's own window on the workspace, as a second client.
    std::unique_ptr<Document> aliceOn(const QString &workspace)
    {
        Result error;
        auto url = ServerUrl::parse(m_server->tcpUrlFor(m_database, m_alice, workspace), &error);
        auto store = url ? ServerStore::connect(*url, m_password, &error) : nullptr;
        auto document = store ? Document::open(std::move(store), &error) : nullptr;
        if (!document)
            qWarning() << error.message();
        return document;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas"));
        QCoreApplication::setApplicationName(QStringLiteral("cxatlas-test-teamwindow"));
        QStandardPaths::setTestModeEnabled(true);
        QString why;
        m_server = PgTestServer::fromEnvironment(&why);
        QVERIFY2(m_server, qPrintable(why));
        m_database = m_server->createDatabase(QStringLiteral("teamwindow"));
        QVERIFY(!m_database.isEmpty());
        m_alice = m_server->createLogin(QStringLiteral("alice"), m_password);
        m_bob = m_server->createLogin(QStringLiteral("bob"), m_password);
        m_vic = m_server->createLogin(QStringLiteral("vic"), m_password);
        auto admin = connectAs(m_server->adminUser(), m_server->adminPassword());
        QVERIFY(admin->isOpen());
        int applied = 0;
        QVERIFY(ServerSchema::migrate(*admin, &applied));
        for (const QString &who : {m_alice, m_bob, m_vic})
            QVERIFY(admin->exec(QStringLiteral("GRANT cxatlas_user TO \"%1\"").arg(who), "grant"));
    }

    void init()
    {
        QSettings().clear();
        QGuiApplication::setPalette(QPalette());
    }

    void opensAndFollowsTheOthersEdits()
    {
        // Given bob's window on a team workspace, opened as the dialog opens it
        const QString name = pushSamples(QStringLiteral("Onboarding"));
        WorkspaceController controller;
        QVERIFY2(controller.openServer(address(m_bob), name, m_password, false),
                 qPrintable(controller.server()->loginError()));
        QVERIFY(controller.server()->isActive());
        QVERIFY(!controller.readOnly());
        QCOMPARE(controller.title(), QStringLiteral("Onboarding on 127.0.0.1"));
        QCOMPARE(controller.server()->access(), QStringLiteral("editor"));
        // It is a recent workspace by its URL, which holds no password
        const QString recent = controller.recentFiles()->paths().value(0);
        QVERIFY2(recent.startsWith(QStringLiteral("postgresql://")) && recent.contains(QStringLiteral("Onboarding")),
                 qPrintable(recent));
        QVERIFY(!recent.contains(m_password));
        controller.recentFiles()->reload(); // not pruned as a missing file
        QCOMPARE(controller.recentFiles()->paths().value(0), recent);
        // And what only files have says so instead of pretending
        QVERIFY(!controller.isUnsaved());
        QVERIFY(!controller.saveAs(QDir::temp().filePath(QStringLiteral("copy.cxatlas"))));

        JourneyCanvas canvas;
        canvas.setWorkspace(&controller);
        canvas.setJourney(uidText(m_samples.journey.uid));
        const int row = rowOf(canvas.cards(), uidText(m_samples.fillForm.uid));
        QVERIFY(row >= 0);

        // When alice edits a card in her window
        auto alice = aliceOn(name);
        QVERIFY(alice);
        Moment m = alice->workspace().moments.value(m_samples.fillForm.uid);
        m.title = QStringLiteral("Fill in the form — revised by Alice");
        const Result edited = alice->update(m);
        QVERIFY2(edited, qPrintable(edited.message()));

        // Then bob's map shows it
        const int title = canvas.cards()->roleNames().key("title");
        QTRY_COMPARE_WITH_TIMEOUT(canvas.cards()->index(rowOf(canvas.cards(), uidText(m.uid)), 0).data(title).toString(),
                                  m.title, 10000);
    }

    void aViewerSeesWhyItIsReadOnly()
    {
        const QString name = pushSamples(QStringLiteral("For viewers"));
        WorkspaceController controller;
        QVERIFY2(controller.openServer(address(m_vic), name, m_password, false),
                 qPrintable(controller.server()->loginError()));
        QVERIFY(controller.readOnly());
        QVERIFY(!controller.canUndo());
        QVERIFY2(controller.notice().contains(QStringLiteral("viewer")), qPrintable(controller.notice()));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QCOMPARE(window->title(), QStringLiteral("For viewers on 127.0.0.1 (read-only) — CX Atlas"));
        QVERIFY(visibleTexts(window->contentItem()).contains(controller.notice()));
        screenshot(window, QStringLiteral("team-viewer"));
    }

    void showsWhoIsOnWhichCard()
    {
        const QString name = pushSamples(QStringLiteral("Presence"));
        for (const bool dark : {false, true}) {
            QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
            // Given bob's window on the journey
            WorkspaceController controller;
            QVERIFY(controller.openServer(address(m_bob), name, m_password, false));
            QQmlApplicationEngine engine;
            QQuickWindow *window = loadMainWindow(engine, controller);
            QVERIFY(window);
            auto *page = window->property("journeysPage").value<QObject *>();
            QVERIFY(page);
            auto *canvas = page->property("canvas").value<JourneyCanvas *>();
            QVERIFY(canvas);
            canvas->setJourney(uidText(m_samples.journey.uid));
            QAbstractItemModelTester tester(controller.server()->presence(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            // Bob's own place goes to the server as he selects a card
            canvas->select(uidText(m_samples.verify.uid));
            QCOMPARE(controller.server()->card(), uidText(m_samples.verify.uid));
            canvas->clearSelection(); // the inspector closes and leaves the map in sight

            // When alice opens it and stands on a card
            auto alice = aliceOn(name);
            QVERIFY(alice);
            ServerPresence *presence = static_cast<ServerStore &>(alice->store()).presence();
            presence->setDisplayName(QStringLiteral("Alice Martin"));
            presence->setLocation(m_samples.journey.uid, m_samples.fillForm.uid);

            // Then her initials sit on that card's top edge by its right corner in bob's map
            QTRY_COMPARE_WITH_TIMEOUT(visibleNamed(window->contentItem(), QStringLiteral("presenceBadge")).size(), 1, 10000);
            QQuickItem *badge = visibleNamed(window->contentItem(), QStringLiteral("presenceBadge")).constFirst();
            const QRectF card = canvas->cardRect(uidText(m_samples.fillForm.uid));
            QVERIFY(card.width() > 0);
            QVERIFY2(qAbs(badge->x() + badge->width() - (card.right() - 24)) < 1
                         && qAbs(badge->y() + badge->height() / 2 - card.top()) < 1,
                     qPrintable(QStringLiteral("badge at %1,%2; card %3,%4 %5×%6").arg(badge->x()).arg(badge->y())
                                    .arg(card.x()).arg(card.y()).arg(card.width()).arg(card.height())));
            QVERIFY(visibleTexts(badge).contains(QStringLiteral("AM")));
            // And in the tool bar's list of who is here
            QCOMPARE(controller.server()->presence()->count(), 1);
            QVERIFY(controller.server()->presence()->summary().contains(QStringLiteral("Alice Martin")));
            screenshot(window, QStringLiteral("team-presence-%1").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));

            // When she leaves, her badge goes
            alice.reset();
            QTRY_COMPARE_WITH_TIMEOUT(visibleNamed(window->contentItem(), QStringLiteral("presenceBadge")).size(), 0, 20000);
        }
        QGuiApplication::setPalette(QPalette());
    }

    void initialsAndColoursAreStable()
    {
        QCOMPARE(PresenceModel::initialsOf(QStringLiteral("Alice Martin")), QStringLiteral("AM"));
        QCOMPARE(PresenceModel::initialsOf(QStringLiteral("Jean-Luc  de la Tour")), QStringLiteral("JT"));
        QCOMPARE(PresenceModel::initialsOf(QStringLiteral("bob")), QStringLiteral("B"));
        QCOMPARE(PresenceModel::initialsOf(QStringLiteral("élodie.petit")), QStringLiteral("ÉP"));
        QCOMPARE(PresenceModel::initialsOf(QString()), QStringLiteral("?"));
        // The same login has the same colour in every window and every run; logins differ
        QCOMPARE(PresenceModel::colorOf(QStringLiteral("alice")), PresenceModel::colorOf(QStringLiteral("alice")));
        QSet<QRgb> colours;
        for (const char *login : {"alice", "bob", "carol", "dave", "erin", "frank"})
            colours.insert(PresenceModel::colorOf(QString::fromLatin1(login)).rgb());
        QVERIFY(colours.size() >= 4);
    }

    void theDialogSaysWhatIsWrong()
    {
        for (const bool dark : {false, true}) {
            QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
            WorkspaceController controller;
            QQmlApplicationEngine engine;
            QQuickWindow *window = loadMainWindow(engine, controller);
            QVERIFY(window);
            // When File > Open Server Workspace… is given a URL that is not one
            auto *bar = window->property("menuBar").value<QObject *>();
            QVERIFY(QMetaObject::invokeMethod(bar, "showServerDialog", Q_ARG(QString, QString())));
            QObject *dialog = findNamed(rootItem(window), QStringLiteral("serverDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->property("visible").toBool());
            findNamed(dialog, QStringLiteral("serverAddress"))->setProperty("text", QStringLiteral("mysql://bob@db.example.org/cx"));
            findNamed(dialog, QStringLiteral("serverWorkspace"))->setProperty("text", QStringLiteral("Onboarding"));
            QVERIFY(QMetaObject::invokeMethod(dialog, "submit"));
            // Then the dialog stays open and says why, in words
            QVERIFY(!controller.isOpen());
            QVERIFY(dialog->property("visible").toBool());
            const QString error = controller.server()->loginError();
            QVERIFY(!error.isEmpty());
            auto *shown = qobject_cast<QQuickItem *>(findNamed(dialog, QStringLiteral("serverLoginError")));
            QVERIFY(shown && shown->isVisible());
            QCOMPARE(shown->property("text").toString(), error);
            screenshot(window, QStringLiteral("team-dialog-error-%1").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));

            // When the address is right, the workspace opens and the dialog closes
            findNamed(dialog, QStringLiteral("serverAddress"))->setProperty("text", address(m_bob));
            findNamed(dialog, QStringLiteral("serverPassword"))->setProperty("text", m_password);
            findNamed(dialog, QStringLiteral("serverRemember"))->setProperty("checked", false);
            if (!dark)
                QVERIFY(!pushSamples(QStringLiteral("Through the dialog")).isEmpty());
            findNamed(dialog, QStringLiteral("serverWorkspace"))->setProperty("text", QStringLiteral("Through the dialog"));
            QVERIFY(QMetaObject::invokeMethod(dialog, "submit"));
            QVERIFY2(controller.server()->isActive(), qPrintable(controller.server()->loginError()));
            QTRY_VERIFY(!dialog->property("visible").toBool());
            QCOMPARE(findNamed(dialog, QStringLiteral("serverPassword"))->property("text").toString(), QString());
        }
        QGuiApplication::setPalette(QPalette());
    }

    void rememberingKeepsThePasswordOutOfTheSettings()
    {
        const QString name = pushSamples(QStringLiteral("Remembered"));
        WorkspaceController controller;
        QSignalSpy stored(controller.server(), &ServerSession::passwordStored);
        QVERIFY(controller.openServer(address(m_bob), name, m_password, true));
        QVERIFY(stored.wait(15000));
        // With a keyring it is stored there; without one (CI) the dialog says so.
        qInfo() << "keyring:" << (stored.at(0).at(0).toBool() ? QStringLiteral("stored") : controller.server()->keyringProblem());
        QVERIFY(stored.at(0).at(0).toBool() || controller.server()->keyringProblem().contains(QStringLiteral("could not be remembered")));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Remembered"));        // the recent list is there
        QVERIFY(!bytes.contains(m_password.toUtf8())); // the password never is
        QVERIFY(!bytes.contains(m_password.toUtf8().toBase64()));

        // Opening it again from the recent list takes the keyring's password, or asks
        const QString url = controller.recentFiles()->paths().value(0);
        controller.close();
        QSignalSpy asked(controller.server(), &ServerSession::loginNeeded);
        QVERIFY(controller.open(url));
        QTRY_VERIFY_WITH_TIMEOUT(controller.server()->isActive() || asked.count() == 1, 15000);
        if (!asked.isEmpty())
            QCOMPARE(asked.at(0).at(0).toString(), url);
    }

    void saysWhenTheServerIsGoneAndBack()
    {
        // A server of this test's own, which it stops and starts.
        QString why;
        auto own = PgTestServer::startPrivate(&why);
        QVERIFY2(own, qPrintable(why));
        std::swap(m_server, own);
        const QString shared = m_database;
        // Back to the shared server however this test ends; the private one stops with own.
        const auto restore = qScopeGuard([&] {
            std::swap(m_server, own);
            m_database = shared;
        });
        m_database = m_server->createDatabase(QStringLiteral("offline"));
        const QString login = m_server->createLogin(QStringLiteral("olga"), m_password);
        {
            auto admin = connectAs(m_server->adminUser(), m_server->adminPassword());
            int applied = 0;
            QVERIFY(ServerSchema::migrate(*admin, &applied));
            QVERIFY(admin->exec(QStringLiteral("GRANT cxatlas_user TO \"%1\"").arg(login), "grant"));
            auto owner = connectAs(login, m_password);
            Workspace w;
            for (const Node &n : m_samples.nodes())
                w.put(n);
            QVERIFY(WorkspaceTransfer::push(w, *owner, QStringLiteral("Offline")));
        }
        WorkspaceController controller;
        QVERIFY2(controller.openServer(address(login), QStringLiteral("Offline"), m_password, false),
                 qPrintable(controller.server()->loginError()));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QSignalSpy access(&controller, &WorkspaceController::accessChanged);

        // When the server goes away, the window says so and turns read-only
        QVERIFY(m_server->stop());
        QTRY_VERIFY_WITH_TIMEOUT(controller.readOnly(), 15000);
        QVERIFY(!access.isEmpty());
        QVERIFY2(controller.notice().contains(QStringLiteral("CX Atlas keeps trying")), qPrintable(controller.notice()));
        QVERIFY(visibleTexts(window->contentItem()).contains(controller.notice()));
        screenshot(window, QStringLiteral("team-offline-light"));
        QGuiApplication::setPalette(darkPalette());
        screenshot(window, QStringLiteral("team-offline-dark"));
        QGuiApplication::setPalette(QPalette());

        // When it is back, Try Again in the banner reconnects at once (not at the next backoff
        // step), and the window is writable again and says so once
        QVERIFY(m_server->start());
        QQuickItem *tryAgain = visibleItem(window->contentItem(), QStringLiteral("bannerAction"));
        QVERIFY(tryAgain);
        QCOMPARE(tryAgain->property("text").toString(), QStringLiteral("Try Again"));
        QTest::mouseClick(window, Qt::LeftButton, {}, tryAgain->mapToScene(QPointF(tryAgain->width() / 2, tryAgain->height() / 2)).toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.readOnly(), 20000);
        QCOMPARE(controller.notice(), QString());
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("can be reached again")), qPrintable(controller.errorMessage()));

        controller.close();
    }
};

QTEST_MAIN(TeamWindowTest)
#include "tst_teamwindow.moc"
