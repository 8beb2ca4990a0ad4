// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/cardlistmodel.h"
#include "canvas/journeycanvas.h"
#include "darkpalette.h"
#include "samples.h"
#include "qmlhost.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;
using cx::test::darkPalette;

namespace {

const QByteArray host = R"(
import QtQuick
import CxAtlas
import CxAtlas.App
Window {
    id: window
    required property WorkspaceController workspace
    width: 1100
    height: 720
    visible: true
    JourneysPage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

} // namespace

// The example journey on the canvas, offscreen, saved as pictures to look at: at 100 % and
// fitted to the window, in light and dark.
class TestCanvasView : public QObject
{
    Q_OBJECT

private:
    void shoot(bool dark)
    {
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("page"));
        QVERIFY(page);
        auto *view = page->property("view").value<QQuickItem *>();
        QVERIFY(view);
        QMetaObject::invokeMethod(view, "setZoom", Q_ARG(double, 1.0), Q_ARG(double, 0.0), Q_ARG(double, 0.0));
        view->setProperty("contentX", 0);
        view->setProperty("contentY", 0);
        QTest::qWait(100);
        const QString mode = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QStringLiteral(CX_SCREENSHOTS "/canvas-example-100-%1.png").arg(mode)));
        // Cards are instantiated for the viewport only.
        const int cards = view->property("cardCount").toInt();
        QVERIFY2(cards > 0 && cards <= 26, qPrintable(QString::number(cards)));
        // A title being edited in place: the one editor lies over its card.
        auto *canvas = page->property("canvas").value<JourneyCanvas *>();
        QVERIFY(canvas);
        view->setProperty("editing", canvas->cards()->index(1, 0).data(CardListModel::UidRole));
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/canvas-example-editing-%1.png").arg(mode)));
        view->setProperty("editing", QString());
        QMetaObject::invokeMethod(view, "fit");
        QTest::qWait(100);
        shot = window->grabWindow();
        QVERIFY(shot.save(QStringLiteral(CX_SCREENSHOTS "/canvas-example-fit-%1.png").arg(mode)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void light() { shoot(false); }
    void dark() { shoot(true); }
};

QTEST_MAIN(TestCanvasView)
#include "tst_canvasview.moc"
