// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_metricsview: opening the Metrics view (issue 13) on a workspace of 200 metrics with
// five years of daily measurements each (365,000 values), generated as bench_canvas's
// synthetic workspaces are and written through the store. Measured in one process, after the
// workspace is open: from making the page (the tree, the first metric's chart and table) to
// its first frame at 1600 × 1000, and from choosing another metric or period size to the next
// frame. The baseline, same run: a window of the same size with one Text, made and shown the
// same way. Target: first frame <= 300 ms.
//
//   bench_metricsview [--runs N]

#include "metrics/metricsview.h"
#include "samplestats.h"
#include "syntheticworkspace.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;

namespace {

using bench::median;

const QByteArray page = R"(
import QtQuick
import CxAtlas
import CxAtlas.App
Window {
    id: window
    required property WorkspaceController workspace
    width: 1600
    height: 1000
    visible: true
    MetricsPage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

const QByteArray bare = R"(
import QtQuick
Window {
    required property var workspace
    width: 1600
    height: 1000
    visible: true
    Text { anchors.centerIn: parent; text: "Baseline" }
}
)";

// Waits for the window's next frame on screen; false after 10 s without one.
bool nextFrame(QQuickWindow *window)
{
    QEventLoop loop;
    bool shown = false;
    const auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(swapped);
    return shown;
}

struct Opened {
    std::unique_ptr<QObject> window;
    double ms = -1;
};

// Makes the window from qml and times it to its first frame.
Opened open(QQmlEngine &engine, const QByteArray &qml, WorkspaceController *workspace)
{
    Opened result;
    QElapsedTimer timer;
    timer.start();
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("qrc:/bench/host.qml")));
    result.window.reset(component.createWithInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(workspace)}}));
    auto *window = qobject_cast<QQuickWindow *>(result.window.get());
    if (!window) {
        std::fprintf(stderr, "bench_metricsview: %s\n", qPrintable(component.errorString()));
        return result;
    }
    if (nextFrame(window))
        result.ms = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

// 200 metrics (the synthetic workspace of 10,000 moments), each measured every day for five
// years.
bench::SyntheticWorkspace generate()
{
    bench::SyntheticOptions options;
    options.moments = 10000;
    bench::SyntheticWorkspace data = bench::SyntheticWorkspace::generate(options);
    const QDate first(2021, 1, 1), last(2025, 12, 31);
    quint32 seed = 7;
    for (Node &node : data.others) {
        auto *metric = std::get_if<Metric>(&node);
        if (!metric)
            continue;
        metric->measurements.clear();
        double value = 50;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            seed = seed * 1664525u + 1013904223u; // a small random walk, the same every run
            value += (double(seed >> 16 & 0xff) - 127.5) / 256.0;
            metric->measurements.append({d, value, {}});
        }
    }
    return data;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // Qt Charts needs one
    QStandardPaths::setTestModeEnabled(true);
    int runs = 7;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metrics.cxatlas"));
    QElapsedTimer timer;
    timer.start();
    const bench::SyntheticWorkspace data = generate();
    if (Result r = bench::writeWorkspaceFile(path, data.allNodes(), data.allLinks()); !r) {
        std::fprintf(stderr, "bench_metricsview: %s\n", qPrintable(r.message()));
        return 1;
    }
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    WorkspaceController workspace;
    if (!workspace.open(path)) {
        std::fprintf(stderr, "bench_metricsview: %s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    qsizetype measurements = 0;
    for (const Metric &m : workspace.document()->workspace().metrics)
        measurements += m.measurements.size();

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    // The first of each is cold (QML types compiled, fonts and Qt Charts loaded): reported apart.
    const double bareCold = open(engine, bare, &workspace).ms;
    const double pageCold = open(engine, page, &workspace).ms;
    QList<double> bareRuns, pageRuns, selectRuns, periodRuns;
    for (int i = 0; i < runs; ++i) {
        bareRuns.append(open(engine, bare, &workspace).ms);
        Opened opened = open(engine, page, &workspace);
        pageRuns.append(opened.ms);
        auto *window = qobject_cast<QQuickWindow *>(opened.window.get());
        auto *view = window ? window->findChild<QQuickItem *>(QStringLiteral("page")) : nullptr;
        auto *metrics = view ? view->property("metrics").value<MetricsView *>() : nullptr;
        if (!metrics)
            return 1;
        // Another metric: its chart, table and definition
        QElapsedTimer step;
        step.start();
        metrics->selectRow(3 + i);
        nextFrame(window);
        selectRuns.append(double(step.nsecsElapsed()) / 1e6);
        step.restart();
        metrics->setPeriodSize(i % 2 ? QStringLiteral("month") : QStringLiteral("week"));
        nextFrame(window);
        periodRuns.append(double(step.nsecsElapsed()) / 1e6);
    }

    std::printf("bench_metricsview: %lld metrics, %lld measurements; written in %.0f ms, opened in %.0f ms\n",
                qlonglong(workspace.document()->workspace().metrics.size()), qlonglong(measurements), writeMs, openMs);
    std::printf("%-52s %9.1f ms   target <= 300 ms  %s\n", "Metrics view, first frame (median)", median(pageRuns),
                median(pageRuns) <= 300 ? "ok" : "MISSED");
    std::printf("%-52s %9.1f ms\n", "Metrics view, first frame, cold (first run)", pageCold);
    std::printf("%-52s %9.1f ms\n", "another metric chosen, to its frame (median)", median(selectRuns));
    std::printf("%-52s %9.1f ms\n", "period size changed, to its frame (median)", median(periodRuns));
    std::printf("\nbaseline, same run: a window of the same size with one Text\n");
    std::printf("%-52s %9.1f ms   (cold %.1f ms)\n", "first frame (median)", median(bareRuns), bareCold);
    std::printf("%-52s %9.2fx\n", "Metrics view / baseline", median(pageRuns) / std::max(0.001, median(bareRuns)));
    return 0;
}
