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
#include <QTest>
#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}

// Wall time from starting the process to its first frame on screen, in ms.
double firstFrame(const QString &file)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CXATLAS_BENCH_FIRST_FRAME"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    app.start(QStringLiteral(CX_BINARY), {file});
    while (app.state() != QProcess::NotRunning && !app.readAllStandardOutput().contains("first-frame"))
        app.waitForReadyRead(5);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    app.waitForFinished(10000);
    return ms;
}

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

void row(const char *figure, double value, const char *unit, double target)
{
    std::printf("%-52s %9.1f %-3s  target <= %-6.0f %s\n", figure, value, unit, target,
                value <= target ? "PASS" : "MISS  <<<");
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
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

    QList<double> exampleStart, bigStart;
    firstFrame(example); // warm the file cache
    for (int i = 0; i < runs; ++i) {
        exampleStart.append(firstFrame(example));
        bigStart.append(firstFrame(big));
    }

    // Panning: the map moves a step each frame, left to right and top to bottom.
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
    QList<double> frames;
    QElapsedTimer clock;
    int step = 0;
    const int steps = 600;
    const double spanX = view->property("contentWidth").toDouble() - view->width();
    const double spanY = view->property("contentHeight").toDouble() - view->height();
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (step > 0)
            frames.append(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        if (++step > steps)
            return;
        // A steady pan: 12 px a frame across, and down the map over the run.
        view->setProperty("contentX", std::fmod(step * 12.0, std::max(1.0, spanX)));
        view->setProperty("contentY", spanY * step / steps);
        window->update();
    });
    window->update();
    QElapsedTimer wait;
    wait.start();
    while (step <= steps && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 rss = residentKiB();
    const int liveCards = view->property("cardCount").toInt();

    std::printf("\n%-52s %9s\n", "figure", "value");
    row("first frame, example workspace (median)", median(exampleStart), "ms", 400);
    row("first frame, 10k-moment journey (median)", median(bigStart), "ms", 800);
    row("frame time panning the 10k journey, median", median(frames), "ms", 16);
    row("frame time panning the 10k journey, p95", percentile(frames, 0.95), "ms", 16);
    row("resident memory with the 10k journey open", double(rss) / 1024.0, "MB", 200);
    std::printf("(%lld frames timed; %d card delegates alive at the end)\n", qlonglong(frames.size()), liveCards);
    return 0;
}
