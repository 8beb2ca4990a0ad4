// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/cardlistmodel.h"
#include "canvas/journeycanvas.h"
#include "darkpalette.h"
#include "qmlhost.h"
#include "workshop/votingcontroller.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
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
    width: 1920
    height: 1080
    visible: true
    // As Main.qml does: the controls follow the Theme.
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
    JourneysPage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

} // namespace

// A workshop on the example journey, offscreen: a voting round with dots under way beside the
// parking lot (nothing selected, so no inspector), then the results of the round. Saved as
// pictures at 1920 × 1080 (a projector's size) to look at, in light and dark.
class TestWorkshopView : public QObject
{
    Q_OBJECT

    void shoot(bool dark)
    {
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("page"));
        QVERIFY(page);
        auto *view = page->property("view").value<QQuickItem *>();
        auto *canvas = page->property("canvas").value<JourneyCanvas *>();
        auto *voting = page->property("voting").value<VotingController *>();
        QVERIFY(view && canvas && voting);
        QMetaObject::invokeMethod(view, "setZoom", Q_ARG(double, 0.8), Q_ARG(double, 0.0), Q_ARG(double, 0.0));

        const QStringList people{QStringLiteral("Ana (Marketing)"), QStringLiteral("Ben (Sales)"),
                                 QStringLiteral("Cleo (Service)"), QStringLiteral("Dev (IT)")};
        QVERIFY2(voting->start(QStringLiteral("Where do customers give up?"), 3, people.join(u'\n'), 0, false),
                 qPrintable(voting->message()));
        QAbstractItemModel *cards = canvas->cards();
        QVERIFY(cards->rowCount() >= 4);
        auto card = [cards](int row) { return cards->index(row, 0).data(CardListModel::UidRole).toString(); };
        // Ana 2 dots, Ben 2, Cleo 3, Dev none yet.
        const QList<std::pair<int, int>> dots{{0, 2}, {1, 2}, {2, 2}, {1, 1}, {2, 1}, {0, 0}, {2, 0}};
        for (const auto &[participant, row] : dots) {
            voting->setCurrentParticipant(participant);
            QVERIFY2(voting->castDot(card(row), 1), qPrintable(voting->message()));
        }
        // Dev reaches his limit and is told so.
        voting->setCurrentParticipant(3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(voting->castDot(card(4), 1), qPrintable(QStringLiteral("%1: %2").arg(i).arg(voting->message())));
        QVERIFY(!voting->castDot(card(5), 1));
        QVERIFY(voting->message().startsWith(u"Dev (IT) has used all 3"));
        QCOMPARE(cards->index(2, 0).data(CardListModel::VotesRole).toInt(), 3);

        QMetaObject::invokeMethod(page, "parkNote");
        auto *lot = page->property("parkingLot").value<QQuickItem *>();
        QVERIFY(lot);
        for (const char *note : {"Offer a callback when ID verification fails", "Who owns the branch hand-off?"})
            QMetaObject::invokeMethod(lot->property("lot").value<QObject *>(), "park", Q_ARG(QString, QString::fromUtf8(note)),
                                      Q_ARG(QString, QStringLiteral("idea")));
        canvas->clearSelection();
        view->setProperty("contentX", 0);
        view->setProperty("contentY", 0);
        QTest::qWait(150);
        auto *inspector = page->property("inspector").value<QQuickItem *>();
        QVERIFY(inspector && !inspector->isVisible()); // nothing selected: the map gets the room
        QVERIFY(lot->isVisible());
        const QString mode = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/workshop-voting-%1.png").arg(mode)));

        const QString ended = voting->end();
        QVERIFY(!ended.isEmpty());
        const QVariantMap results = voting->results(ended);
        QCOMPARE(results.value(QStringLiteral("ranking")).toList().size(), 4); // two ties: 3, 3, 2, 2
        QCOMPARE(results.value(QStringLiteral("voted")).toInt(), 4);
        QVERIFY(QMetaObject::invokeMethod(page, "showResults", Q_ARG(QVariant, ended)));
        QTest::qWait(300);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/workshop-results-%1.png").arg(mode)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void light() { shoot(false); }
    void dark() { shoot(true); }
};

QTEST_MAIN(TestWorkshopView)
#include "tst_workshopview.moc"
