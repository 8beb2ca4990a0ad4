// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Participants type names and notes on their own phones (issue 16), and those words end up on
// the facilitator's screen: in the parking lot, the participants panel, the voting bar, the
// round's results and, once a note becomes a moment, on a card. None of it may be read as HTML:
// here every such text holds <b> and an <img> pointing at a listening socket on 127.0.0.1. The
// window must show the words as typed, and nothing may ever knock on that socket.
#include "canvas/journeycanvas.h"
#include "live/participantscontroller.h"
#include "liveclient.h"
#include "mainwindow.h"
#include "qmlhost.h"
#include "samples.h"
#include "workshop/votingcontroller.h"
#include "workshop/workshopedits.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

const QByteArray host = R"(
import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App
ApplicationWindow {
    id: window
    required property WorkspaceController workspace
    width: 1600
    height: 1000
    visible: true
    JourneysPage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void participantsTextIsNeverHtml()
    {
        // The trap: any request for the image is a connection here.
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        int knocks = 0;
        connect(&trap, &QTcpServer::newConnection, this, [&] {
            ++knocks;
            delete trap.nextPendingConnection();
        });
        const QString img = QStringLiteral("<img src=\"http://127.0.0.1:%1/leak.png\">").arg(trap.serverPort());
        // A phone's name has 40 characters at most: too short for the image, long enough for tags.
        const QString name = QStringLiteral("<b>Eve</b> <u>&amp;</u>");
        // A name the facilitator typed into the round can be longer: it carries the image.
        const QString listed = QStringLiteral("<b>Bo</b>") + img;
        const QString note = QStringLiteral("<i>Call me</i> & ") + img + QStringLiteral("<a href=\"http://x\">link</a>");

        QTemporaryDir dir;
        const QString path = writableCopy(dir, QStringLiteral(CX_EXAMPLE), QStringLiteral("example.cxatlas"));
        QVERIFY(!path.isEmpty());
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("page"));
        QVERIFY(page);
        auto *voting = page->property("voting").value<VotingController *>();
        auto *live = page->property("participants").value<ParticipantsController *>();
        auto *canvas = page->property("canvas").value<JourneyCanvas *>();
        QVERIFY(voting && live && canvas);

        // A named round; the phone's name joins it with its first dot.
        QVERIFY2(voting->start(QStringLiteral("Pain points"), 3, QStringLiteral("Ana\n") + listed, 0, false), qPrintable(voting->message()));
        QVERIFY2(live->start(int(live->interfaces().size()) - 1), qPrintable(live->message()));
        LiveClient phone(live->joinUrl());
        QVERIFY(phone.open());
        QCOMPARE(phone.join(name).value(u"type").toString(), QStringLiteral("welcome"));
        const Uid journey = uidFromText(canvas->journey());
        const Document &doc = *workspace.document();
        const Uid moment = doc.workspace().stagesOf(journey).isEmpty()
            ? Uid()
            : doc.workspace().momentsIn(doc.workspace().stagesOf(journey).first().uid, doc.workspace().lanesOf(journey).first().uid).value(0).uid;
        QVERIFY(!moment.isNull());
        QCOMPARE(phone.request(QJsonObject{{QStringLiteral("type"), QStringLiteral("vote")}, {QStringLiteral("moment"), uidText(moment)},
                                           {QStringLiteral("delta"), 1}}).value(u"type").toString(), QStringLiteral("ok"));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(phone.request(QJsonObject{{QStringLiteral("type"), QStringLiteral("note")}, {QStringLiteral("text"), note}})
                         .value(u"type").toString(), QStringLiteral("ok"));
        }
        // One note becomes a moment on the map, at the front of the first cell.
        const QList<ParkingNote> lot = doc.workspace().parkingLotOf(journey);
        QCOMPARE(lot.last().title, note);
        QVERIFY(WorkshopEdits(*workspace.document()).noteToMoment(lot.last().uid, doc.workspace().stagesOf(journey).first().uid,
                                                                  doc.workspace().lanesOf(journey).first().uid, 0));
        QMetaObject::invokeMethod(page, "parkNote");
        QTest::qWait(300);
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/hostile-text-live.png")));
        const QStringList texts = visibleTexts(window->contentItem());
        QVERIFY2(texts.contains(note), qPrintable(texts.join(u'\n')));                       // the parking lot
        QVERIFY2(texts.contains(name), qPrintable(texts.join(u'\n')));                       // the participants panel
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(listed); }),
                 qPrintable(texts.join(u'\n')));                                              // the voting bar

        // The round's results name the participant.
        const QString ended = voting->end();
        QVERIFY(!ended.isEmpty());
        QVERIFY(QMetaObject::invokeMethod(page, "showResults", Q_ARG(QVariant, ended)));
        QTest::qWait(300);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/hostile-text-results.png")));

        // Time enough for any image request to have been made.
        QTest::qWait(1500);
        QCOMPARE(knocks, 0);
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
