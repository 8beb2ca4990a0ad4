// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/journeycanvas.h"
#include "darkpalette.h"
#include "live/participantlistmodel.h"
#include "live/participantscontroller.h"
#include "liveclient.h"
#include "mainwindow.h"
#include "qmlhost.h"
#include "samples.h"
#include "qrdecode.h"
#include "translations.h"
#include "workshop/votingcontroller.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

// The controls follow the Theme, as in Main.qml.
const QByteArray palette = R"(
    palette.window: Theme.window
    palette.active.windowText: Theme.text
    palette.base: Theme.base
    palette.alternateBase: Theme.surface
    palette.active.text: Theme.text
    palette.button: Theme.button
    palette.active.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.border
)";

const QByteArray pageHost = R"(
import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App
ApplicationWindow {
    id: window
    required property WorkspaceController workspace
    width: 1280
    height: 800
    visible: true
)" + palette
    + R"(
    JourneysPage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

// The projected window alone, on the example's journey, with a live session of its own.
const QByteArray projectorHost = R"(
import QtQuick
import CxAtlas
import CxAtlas.App
PresentationWindow {
    id: window
    required property WorkspaceController workspace
    property bool dark: true
    width: 1920
    height: 1080
    visible: true
    controller: PresentationController { canvas: journeyCanvas }
    timer: WorkshopTimer {}
    theme: ProjectorTheme { dark: window.dark }
    participants: ParticipantsController {
        objectName: "participants"
        workspace: window.workspace
        journey: journeyCanvas.journey
    }
    JourneyCanvas {
        id: journeyCanvas
        objectName: "canvas"
        workspace: window.workspace
    }
}
)";

// A phone in the room: joins under name and waits for the first state.
bool join(test::LiveClient &phone, const QString &name)
{
    return phone.open() && phone.join(name).value(u"type").toString() == u"welcome"
        && phone.waitFor(QStringLiteral("state"), [](const QJsonObject &) { return true; });
}

bool vote(test::LiveClient &phone, const QString &moment)
{
    return phone
               .request({ { QStringLiteral("type"), QStringLiteral("vote") },
                          { QStringLiteral("moment"), moment },
                          { QStringLiteral("delta"), 1 } })
               .value(u"type")
               .toString()
        == u"ok";
}

QString shot(const QString &name, bool dark)
{
    QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
    return QStringLiteral(CX_SCREENSHOTS "/%1-%2.png")
        .arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

QObject *findObject(QQuickWindow *window, const QString &name)
{
    return window->findChild<QObject *>(name);
}

} // namespace

// The facilitator's side of a live session offscreen, with a real server on 127.0.0.1 and
// phones as WebSocket clients: the invite dialog before and after Start, the participants
// panel and its removal question, the projector's join slide (J). Every QR code on screen is
// read back from the picture by zbarimg and must give the exact join address. Pictures are
// saved under build/<preset>/screenshots in light and dark.
class TestLiveViews : public QObject
{
    Q_OBJECT

    void facilitator(bool dark)
    {
        // Given the example workspace with a named round on the journey view
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
        QTemporaryDir dir;
        const QString path = writableCopy(dir, QStringLiteral(CX_EXAMPLE), QStringLiteral("example.cxatlas"));
        QVERIFY(!path.isEmpty());
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(pageHost), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("page"));
        QVERIFY(page);
        auto *voting = page->property("voting").value<VotingController *>();
        auto *c = page->property("participants").value<ParticipantsController *>();
        QVERIFY(voting && c);
        QVERIFY(voting->start(QStringLiteral("Where do customers give up?"), 3,
                              QStringLiteral("Ben"), 0, false));
        QVERIFY(!c->running());

        // When Workshop > Invite Participants… opens the dialog
        QVERIFY(QMetaObject::invokeMethod(page, "inviteParticipants"));
        auto *dialog = findObject(window, QStringLiteral("inviteDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        // Then it offers the networks, this computer last, and starts nothing
        auto *networks = findObject(window, QStringLiteral("networkChoice"));
        QVERIFY(networks);
        QCOMPARE(networks->property("count").toInt(), c->interfaces().size());
        QVERIFY(!c->running());
        QVERIFY(window->grabWindow().save(shot(QStringLiteral("invite-choose"), dark)));
        const QStringList before = visibleTexts(window->contentItem());
        QVERIFY2(before.contains(QStringLiteral("Start")), qPrintable(before.join(u'|')));

        // When the facilitator picks this computer and presses Start
        networks->setProperty("currentIndex", int(c->interfaces().size()) - 1);
        QVERIFY(QMetaObject::invokeMethod(findObject(window, QStringLiteral("startSession")),
                                          "clicked"));
        QVERIFY2(c->running(), qPrintable(c->message()));
        QTest::qWait(100);
        // Then the dialog shows the code and the address, and a phone can read the code
        const QImage running = window->grabWindow();
        QVERIFY(running.save(shot(QStringLiteral("invite-running"), dark)));
        QString error;
        QCOMPARE(decodeQrCodes(running, &error), c->joinText());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto *address
            = qobject_cast<QQuickItem *>(findObject(window, QStringLiteral("joinAddress")));
        QVERIFY(address && address->isVisible());
        QCOMPARE(address->property("text").toString(), c->joinText());
        QVERIFY(visibleItem(window->contentItem(), QStringLiteral("showOnProjector")));
        QVERIFY(visibleItem(window->contentItem(), QStringLiteral("stopSession")));

        // When three people join: Ana votes twice, someone stays anonymous, Ben leaves again
        test::LiveClient ana(c->joinUrl()), anonymous(c->joinUrl()), ben(c->joinUrl());
        QVERIFY(join(ana, QStringLiteral("Ana")));
        QVERIFY(join(anonymous, QString()));
        QVERIFY(join(ben, QStringLiteral("Ben")));
        const QJsonArray moments = ana.last(QStringLiteral("state")).value(u"moments").toArray();
        QVERIFY(moments.size() >= 2);
        QVERIFY(vote(ana, moments.at(0).toObject().value(u"uid").toString()));
        QVERIFY(vote(ana, moments.at(1).toObject().value(u"uid").toString()));
        ben.socket.close();
        QTRY_COMPARE(c->participants()->connectedCount(), 2);
        QMetaObject::invokeMethod(dialog, "close");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTest::qWait(100);
        // Then the panel beside the map lists them
        auto *panel = visibleItem(window->contentItem(), QStringLiteral("participantsPanel"));
        QVERIFY(panel);
        QVERIFY(window->grabWindow().save(shot(QStringLiteral("participants-panel"), dark)));
        const QStringList texts = visibleTexts(panel);
        QVERIFY2(texts.contains(QStringLiteral("Participants (2 connected)")),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Ana")) && texts.contains(QStringLiteral("Ben")),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("2/3 dots")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.filter(QStringLiteral("Anonymous ")).size() == 1,
                 qPrintable(texts.join(u'|')));

        // When the list has the keyboard and Delete is pressed on its first row, Ana's
        QQuickItem *list = visibleItem(panel, QStringLiteral("participantList"));
        QVERIFY(list);
        QVERIFY(visibleItem(list, QStringLiteral("removeParticipant"))); // a Remove… button per row
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        list->forceActiveFocus();
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        QTest::keyClick(window, Qt::Key_Delete);
        auto *confirm = findObject(window, QStringLiteral("removeParticipantDialog"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->property("opened").toBool());
        // Then she is asked about, with what goes
        QVERIFY(window->grabWindow().save(shot(QStringLiteral("participants-remove"), dark)));
        const QStringList question = visibleTexts(window->contentItem());
        QVERIFY2(question.contains(QStringLiteral(
                     "Remove Ana? Their 2 dots in this round go, in one step you can undo.")),
                 qPrintable(question.join(u'|')));
        QCOMPARE(c->participants()->count(), 3);
        // and accepting removes her
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_COMPARE(c->participants()->count(), 2);
        QVERIFY(ana.waitFor(QStringLiteral("bye"), [](const QJsonObject &m) {
            return m.value(u"code").toString() == u"removed";
        }));
        // The next row's Remove… button asks too (no dots: what stays is said); Cancel keeps them.
        QTRY_VERIFY(!confirm->property("visible").toBool());
        QQuickItem *removeButton = visibleItem(list, QStringLiteral("removeParticipant"));
        QVERIFY(removeButton);
        QVERIFY(QMetaObject::invokeMethod(removeButton, "clicked"));
        QTRY_VERIFY(confirm->property("opened").toBool());
        const QStringList second =
            visibleTexts(window->contentItem()).filter(QStringLiteral("Their page stops working"));
        QVERIFY2(second.size() == 1 && second.constFirst().startsWith(u"Remove Anonymous "),
                 qPrintable(second.join(u'|')));
        QMetaObject::invokeMethod(confirm, "reject");
        QTRY_VERIFY(!confirm->property("visible").toBool());
        QCOMPARE(c->participants()->count(), 2);

        // Stop Session (after its question) ends it; the panel goes.
        QVERIFY(QMetaObject::invokeMethod(findObject(window, QStringLiteral("panelStopSession")),
                                          "clicked"));
        auto *stop = findObject(window, QStringLiteral("stopSessionDialog"));
        QTRY_VERIFY(stop->property("opened").toBool());
        QMetaObject::invokeMethod(stop, "accept");
        QVERIFY(!c->running());
        QTRY_VERIFY(!panel->isVisible());
    }

    void projector(bool dark)
    {
        QGuiApplication::setPalette(QPalette());
        QTemporaryDir dir;
        const QString path = writableCopy(dir, QStringLiteral(CX_EXAMPLE), QStringLiteral("example.cxatlas"));
        QVERIFY(!path.isEmpty());
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(projectorHost), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        window->setProperty("dark", dark);
        auto *canvas = window->findChild<JourneyCanvas *>(QStringLiteral("canvas"));
        auto *c = window->findChild<ParticipantsController *>(QStringLiteral("participants"));
        QVERIFY(canvas && c);
        canvas->setJourney(
            canvas->journeys().constFirst().toMap().value(QStringLiteral("uid")).toString());
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *keys = window->property("keys").value<QQuickItem *>();
        QVERIFY(keys);
        keys->forceActiveFocus();

        // J does nothing while no session runs.
        QTest::keyClick(window, Qt::Key_J);
        QVERIFY(!c->joinShown());
        QVERIFY(!visibleItem(window->contentItem(), QStringLiteral("joinSlide")));

        QVERIFY2(c->start(int(c->interfaces().size()) - 1), qPrintable(c->message()));
        QTest::keyClick(window, Qt::Key_J);
        QVERIFY(c->joinShown());
        QTRY_VERIFY(visibleItem(window->contentItem(), QStringLiteral("joinSlide")));
        auto *code = visibleItem(window->contentItem(), QStringLiteral("joinQrCode"));
        QVERIFY(code);
        // Most of the screen's height.
        QVERIFY2(code->height() >= 0.7 * window->height(),
                 qPrintable(QString::number(code->height())));
        QTest::qWait(100);
        const QImage slide = window->grabWindow();
        QVERIFY(slide.save(shot(QStringLiteral("join-slide"), dark)));
        QString error;
        QCOMPARE(decodeQrCodes(slide, &error), c->joinText());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto *address = visibleItem(window->contentItem(), QStringLiteral("joinSlideAddress"));
        QVERIFY(address);
        QCOMPARE(address->property("text").toString(), c->joinText());

        // J again: back to the map. Stopping the session takes the slide away too.
        QTest::keyClick(window, Qt::Key_J);
        QVERIFY(!c->joinShown());
        QTRY_VERIFY(!visibleItem(window->contentItem(), QStringLiteral("joinSlide")));
        QTest::keyClick(window, Qt::Key_J);
        QVERIFY(c->joinShown());
        c->stop();
        QVERIFY(!c->joinShown());
        QTRY_VERIFY(!visibleItem(window->contentItem(), QStringLiteral("joinSlide")));
    }

    static QQuickWindow *topLevel(const QString &name)
    {
        for (QWindow *w : QGuiApplication::topLevelWindows()) {
            if (w->objectName() == name && w->isVisible())
                return qobject_cast<QQuickWindow *>(w);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::apply(
            QStringLiteral("en")); // as main() does; English plurals ("2 dots") are in cxatlas_en
    }
    void facilitatorLight() { facilitator(false); }
    void facilitatorDark() { facilitator(true); }
    void projectorDark() { projector(true); }
    void projectorLight() { projector(false); }

    // The whole window: Show on Projector in the invite dialog starts presenting with the join
    // slide; the session follows the presentation while it lasts and outlives it.
    void showOnProjectorFromTheMainWindow()
    {
        QGuiApplication::setPalette(QPalette());
        QTemporaryDir dir;
        const QString path = writableCopy(dir, QStringLiteral(CX_EXAMPLE), QStringLiteral("example.cxatlas"));
        QVERIFY(!path.isEmpty());
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *main = loadMainWindow(engine, workspace, true);
        QVERIFY(main);
        auto *page = main->property("journeysPage").value<QQuickItem *>();
        QVERIFY(page);
        auto *c = page->property("participants").value<ParticipantsController *>();
        QVERIFY(c);
        QVERIFY(QMetaObject::invokeMethod(page, "inviteParticipants"));
        auto *networks = findObject(main, QStringLiteral("networkChoice"));
        QVERIFY(networks);
        networks->setProperty("currentIndex", int(c->interfaces().size()) - 1);
        QVERIFY(
            QMetaObject::invokeMethod(findObject(main, QStringLiteral("startSession")), "clicked"));
        QVERIFY2(c->running(), qPrintable(c->message()));
        QVERIFY(!c->presentation());

        QVERIFY(QMetaObject::invokeMethod(findObject(main, QStringLiteral("showOnProjector")),
                                          "clicked"));
        QQuickWindow *projector = nullptr;
        QTRY_VERIFY((projector = topLevel(QStringLiteral("presentationWindow"))) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QVERIFY(c->joinShown());
        QVERIFY(c->presentation());
        QVERIFY(c->timer());
        QTRY_VERIFY(visibleItem(projector->contentItem(), QStringLiteral("joinSlide")));
        QTest::qWait(100);
        QString error;
        QCOMPARE(decodeQrCodes(projector->grabWindow(), &error), c->joinText());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // J takes it away; Esc leaves the presentation, and the session carries on.
        projector->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(projector));
        QTest::keyClick(projector, Qt::Key_J);
        QVERIFY(!c->joinShown());
        QTest::keyClick(projector, Qt::Key_Escape);
        QTRY_VERIFY(!topLevel(QStringLiteral("presentationWindow")));
        QTRY_VERIFY(!c->presentation());
        QVERIFY(!c->timer());
        QVERIFY(c->running());

        // Closing the workspace ends the session (and the journey view with its controller).
        const QPointer<ParticipantsController> guard(c);
        workspace.close();
        QTRY_VERIFY(!guard || !guard->running());
    }
};

QTEST_MAIN(TestLiveViews)
#include "tst_liveviews.moc"
