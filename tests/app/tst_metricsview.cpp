// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Metrics view's page offscreen on the example workspace at 1600 × 1000: the tree, the
// selected metric's chart, measurements and definition, saved as pictures to look at (light
// and dark), with the chart on its own too. Qt Charts needs a QApplication: this test links
// Qt Widgets, so QTEST_MAIN makes one.

#include "darkpalette.h"
#include "metrics/metricsview.h"
#include "metrics/metrictreemodel.h"
#include "qmlhost.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
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

// The controls take the main window's palette (Main.qml), so that the dark pictures show what
// the window shows.
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
    color: Theme.window
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.base
    palette.alternateBase: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.button
    palette.buttonText: Theme.text
    palette.brightText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.border
    palette.light: Qt.lighter(Theme.button, 1.25)
    palette.midlight: Qt.lighter(Theme.button, 1.1)
    palette.dark: Qt.darker(Theme.button, 1.4)
    MetricsPage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

QString uidOfTitle(const WorkspaceController &workspace, const QString &title)
{
    for (const Metric &m : workspace.document()->workspace().metrics) {
        if (m.title == title)
            return uidText(m.uid);
    }
    return {};
}

} // namespace

class TestMetricsView : public QObject
{
    Q_OBJECT

private:
    void shoot(bool dark)
    {
        QApplication::setPalette(dark ? darkPalette() : QPalette());
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
        auto *metrics = page->property("metrics").value<MetricsView *>();
        QVERIFY(metrics);
        QVERIFY(metrics->tree()->rowCount() > 12);
        // The Net Promoter Score, a strategic goal with monthly values and a target
        QVERIFY(metrics->selectMetric(uidOfTitle(workspace, QStringLiteral("Net Promoter Score"))));
        auto *chart = window->findChild<QQuickItem *>(QStringLiteral("metricChart"));
        QVERIFY(chart);
        QTRY_VERIFY(chart->property("pointCount").toInt() >= 6);
        QTest::qWait(200);
        const QString mode = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        const QImage whole = window->grabWindow();
        QVERIFY(whole.save(QStringLiteral(CX_SCREENSHOTS "/metrics-example-%1.png").arg(mode)));
        // The chart alone, as it is on the page
        const QRectF area = chart->mapRectToScene(QRectF(0, 0, chart->width(), chart->height()));
        const qreal ratio = whole.devicePixelRatio();
        const QRect pixels(qRound(area.x() * ratio), qRound(area.y() * ratio), qRound(area.width() * ratio),
                           qRound(area.height() * ratio));
        QVERIFY(whole.copy(pixels).save(QStringLiteral(CX_SCREENSHOTS "/metrics-chart-%1.png").arg(mode)));
        // A tactical metric that drives two others, per quarter
        metrics->setPeriodSize(QStringLiteral("quarter"));
        QVERIFY(metrics->selectMetric(uidOfTitle(workspace, QStringLiteral("Chat wait time"))));
        QTest::qWait(150);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/metrics-example-quarter-%1.png").arg(mode)));
        // Filtered down to one owner
        metrics->setPeriodSize(QStringLiteral("month"));
        metrics->setOwner(QStringLiteral("Contact centre"));
        QTest::qWait(150);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/metrics-example-filtered-%1.png").arg(mode)));
        QApplication::setPalette(QPalette());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void light() { shoot(false); }
    void dark() { shoot(true); }
};

QTEST_MAIN(TestMetricsView)
#include "tst_metricsview.moc"
