// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_canvas: the journey canvas as a user meets it. Process start to first frame (the real
// cxatlas binary, on the example and on a 10,000-moment journey), frame times while panning
// across the 10k journey (median and p95), and resident memory with it open. Prints figures
// against the targets; exits 0 unless the benchmark itself fails. Needs a display with GL:
// ./dev bench runs it under Xvfb (Mesa's llvmpipe), where figures are CPU-rendered and so
// pessimistic against a real GPU.
//
//   bench_canvas [--runs N]
//   BENCH_HIDE=curveLines,curvePoints,minimap hides those parts (by objectName) while panning,
//   to tell which part of the scene costs the frame time or the memory.

#include "firstframe.h"
#include "syntheticworkspace.h"
#include "workspacecontroller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>

#include "samplestats.h"

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;

namespace {

using bench::median;
using bench::percentile;
using bench::firstFrame;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

const QByteArray host = R"(
import QtQuick
import CxAtlas
import CxAtlas.App
Window {
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

// The baseline: a window of the same size panning a plain rectangle, measured in the same run,
// so the canvas's figures read against what the renderer costs on its own.
const QByteArray bare = R"(
import QtQuick
Window {
    id: window
    width: 1600
    height: 1000
    visible: true
    property real spanWidth: 1
    property real spanHeight: 1
    Flickable {
        objectName: "view"
        anchors.fill: parent
        contentWidth: window.spanWidth
        contentHeight: window.spanHeight
        Rectangle { width: parent.width; height: parent.height; color: "#f3f4f7" }
    }
}
)";

constexpr int steps = 600;

struct Pan {
    QList<double> frames; // ms from one frame to the next
    QList<double> update; // ms of GUI-thread work per frame: the pan's bindings and models, and the sync
    qint64 rssBeforeKiB = 0;
    qint64 rssAfterKiB = 0;
};

// Pans view (a Flickable) a step each frame: 12 px across, and down the content over the run,
// as a user scrolling steadily would.
Pan pan(QQuickWindow *window, QQuickItem *view, int count)
{
    Pan result;
    result.rssBeforeKiB = residentKiB();
    QElapsedTimer clock;
    QElapsedTimer syncClock;
    std::atomic<qint64> syncNs{0};
    const auto before = QObject::connect(window, &QQuickWindow::beforeSynchronizing, window,
                                         [&] { syncClock.start(); }, Qt::DirectConnection);
    const auto after = QObject::connect(window, &QQuickWindow::afterSynchronizing, window,
                                        [&] { syncNs = syncClock.nsecsElapsed(); }, Qt::DirectConnection);
    int step = 0;
    double handlerMs = 0;
    const double spanX = view->property("contentWidth").toDouble() - view->width();
    const double spanY = view->property("contentHeight").toDouble() - view->height();
    // Wait in an event loop, not a polling one: on a small machine a spinning wait takes the
    // CPU that the render thread and the rasterizer need.
    QEventLoop loop;
    const auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (step > 0) {
            result.frames.append(double(clock.nsecsElapsed()) / 1e6);
            result.update.append(handlerMs + double(syncNs.load()) / 1e6);
        }
        clock.restart();
        if (++step > count) {
            loop.quit();
            return;
        }
        QElapsedTimer handler;
        handler.start();
        view->setProperty("contentX", std::fmod(step * 12.0, std::max(1.0, spanX)));
        view->setProperty("contentY", spanY * step / count);
        handlerMs = double(handler.nsecsElapsed()) / 1e6;
        window->update();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(swapped);
    QObject::disconnect(before);
    QObject::disconnect(after);
    result.rssAfterKiB = residentKiB();
    return result;
}

void row(const char *figure, double value, const char *unit, double target)
{
    std::printf("%-52s %9.1f %-3s  target <= %-6.0f %s\n", figure, value, unit, target,
                value <= target ? "PASS" : "MISS  <<<");
}

} // namespace

// The start-up baseline: a bare Qt Quick window of the same size with one Text, started as a
// process of its own like cxatlas; says "first-frame" when its first frame is on screen.
int bareWindow(QGuiApplication &app)
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nWindow { width: 1100; height: 720; visible: true; "
                      "Text { anchors.centerIn: parent; text: \"CX Atlas\" } }", QUrl());
    std::unique_ptr<QObject> object(component.create());
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        std::fputs("first-frame\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    }, Qt::QueuedConnection);
    return QGuiApplication::exec();
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (QCoreApplication::arguments().contains(QStringLiteral("--bare-window")))
        return bareWindow(app);
    QStandardPaths::setTestModeEnabled(true);
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    if (const auto at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    const QString example = dir.filePath(QStringLiteral("example.cxatlas"));
    QFile::copy(QStringLiteral(CX_EXAMPLE), example);
    const QString big = dir.filePath(QStringLiteral("big.cxatlas"));
    bench::SyntheticOptions options;
    options.moments = 10000;
    const auto data = bench::SyntheticWorkspace::generate(options);
    if (!bench::writeWorkspaceFile(big, data.allNodes(), data.allLinks())) {
        std::fprintf(stderr, "bench_canvas: cannot write the 10k workspace\n");
        return 1;
    }
    std::printf("bench_canvas: platform %s, %d runs\n", qPrintable(QGuiApplication::platformName()), runs);

    const QString cxatlas = QStringLiteral(CX_BINARY);
    const QString self = QCoreApplication::applicationFilePath();
    QList<double> exampleStart, bigStart, startPage, bareStart;
    firstFrame(cxatlas, {example}); // warm the file cache
    firstFrame(self, {QStringLiteral("--bare-window")});
    for (int i = 0; i < runs; ++i) {
        bareStart.append(firstFrame(self, {QStringLiteral("--bare-window")}));
        exampleStart.append(firstFrame(cxatlas, {example}));
        startPage.append(firstFrame(cxatlas, {}));
        bigStart.append(firstFrame(cxatlas, {big}));
    }

    // The baseline first, before anything of the canvas is loaded, so its memory is the floor
    // of a Qt Quick window on this renderer.
    Pan baseline;
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(bare, QUrl());
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
            {{QStringLiteral("spanWidth"), 20000}, {QStringLiteral("spanHeight"), 120000}}));
        auto *window = qobject_cast<QQuickWindow *>(object.get());
        if (!window || !QTest::qWaitForWindowExposed(window)) {
            std::fprintf(stderr, "bench_canvas: the baseline window never showed\n");
            return 1;
        }
        QTest::qWait(300);
        baseline = pan(window, window->findChild<QQuickItem *>(QStringLiteral("view")), steps);
    }

    WorkspaceController workspace;
    workspace.open(big);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(host, QUrl::fromLocalFile(dir.filePath(QStringLiteral("host.qml"))));
    std::unique_ptr<QObject> object(component.createWithInitialProperties(
        {{QStringLiteral("workspace"), QVariant::fromValue(&workspace)}}));
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (!window) {
        std::fprintf(stderr, "bench_canvas: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    if (!QTest::qWaitForWindowExposed(window)) {
        std::fprintf(stderr, "bench_canvas: the window never showed\n");
        return 1;
    }
    QTest::qWait(300);
    auto *view = window->findChild<QQuickItem *>(QStringLiteral("page"))->property("view").value<QQuickItem *>();
    for (const QString &name : qEnvironmentVariable("BENCH_HIDE").split(u',', Qt::SkipEmptyParts)) {
        if (auto *item = window->findChild<QQuickItem *>(name))
            item->setVisible(false);
    }
    const Pan canvas = pan(window, view, steps);
    const int liveCards = view->property("cardCount").toInt();

    std::printf("\n%-52s %9s\n", "figure", "value");
    row("first frame, example workspace (median)", median(exampleStart), "ms", 400);
    row("first frame, start page, no file (median)", median(startPage), "ms", 300);
    row("first frame, 10k-moment journey (median)", median(bigStart), "ms", 800);
    row("frame time panning the 10k journey, median", median(canvas.frames), "ms", 16);
    row("frame time panning the 10k journey, p95", percentile(canvas.frames, 0.95), "ms", 16);
    row("GUI-thread work per pan frame, median", median(canvas.update), "ms", 16);
    row("GUI-thread work per pan frame, p95", percentile(canvas.update, 0.95), "ms", 16);
    row("resident memory with the 10k journey open", double(canvas.rssBeforeKiB) / 1024.0, "MB", 200);
    row("resident memory after panning across it", double(canvas.rssAfterKiB) / 1024.0, "MB", 200);
    std::printf("(%lld frames timed; %d card delegates alive at the end)\n", qlonglong(canvas.frames.size()), liveCards);

    std::printf("\nbaseline, same run: a bare Qt Quick window with one Text, its own process\n");
    const double bare = std::max(0.001, median(bareStart));
    std::printf("%-52s %9.1f ms\n", "first frame (median)", median(bareStart));
    std::printf("%-52s %9.2fx  target <= 2x\n", "example workspace / baseline", median(exampleStart) / bare);
    std::printf("%-52s %9.2fx  target <= 2x\n", "start page / baseline", median(startPage) / bare);

    std::printf("\nbaseline, same run: an empty window of the same size panning a plain rectangle\n");
    std::printf("%-52s %9.1f ms   canvas / baseline %.2fx\n", "frame time, median", median(baseline.frames),
                median(canvas.frames) / std::max(0.001, median(baseline.frames)));
    std::printf("%-52s %9.1f ms   canvas / baseline %.2fx\n", "frame time, p95", percentile(baseline.frames, 0.95),
                percentile(canvas.frames, 0.95) / std::max(0.001, percentile(baseline.frames, 0.95)));
    std::printf("%-52s %9.1f MB   canvas / baseline %.2fx\n", "resident memory", double(baseline.rssAfterKiB) / 1024.0,
                double(canvas.rssAfterKiB) / std::max(1.0, double(baseline.rssAfterKiB)));
    return 0;
}
