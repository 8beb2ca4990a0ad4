// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_present: stepping through a journey in presentation mode (issue 12), on the example
// and on a 10,000-moment journey, at 1920 × 1080. For each step (Right, then back with Left):
// the time from the key press to the last frame of the camera's move, and the GUI thread's
// work per animation frame (its CPU time per frame plus the scene graph's sync, see
// FrameWork), median and p95. The same run pans the plain canvas
// of the same journey (the Journeys view's map, as bench_canvas does) for the baseline of
// GUI-thread work per frame. Needs a display: ./dev bench runs it under Xvfb.
//
//   bench_present [--steps N]

#include "syntheticworkspace.h"
#include "workspacecontroller.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "samplestats.h"

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;

namespace {

using bench::median;
using bench::percentile;

// The main window's map and, in a window of its own, the presentation over the same canvas.
const QByteArray host = R"(
import QtQuick
import CxAtlas
import CxAtlas.App
Window {
    id: window
    required property WorkspaceController workspace
    readonly property alias presentation: presentation
    width: 1920
    height: 1080
    visible: true
    JourneysPage {
        id: page
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
    PresentationController {
        id: presentController
        objectName: "controller"
        canvas: page.canvas
        motion: "full"
    }
    WorkshopTimer { id: presentTimer }
    ProjectorTheme { id: projectorTheme }
    PresentationWindow {
        id: presentation
        width: 1920
        height: 1080
        visible: false
        controller: presentController
        timer: presentTimer
        theme: projectorTheme
    }
}
)";

// GUI-thread work per frame: the GUI thread's CPU time since the last frame (animation ticks,
// bindings, models, polish: what it did, not how long it waited for the render thread), plus
// the scene graph's sync, which runs on the render thread while the GUI thread is blocked.
// take() is called on the GUI thread once a frame.
class FrameWork
{
public:
    explicit FrameWork(QQuickWindow *window)
    {
        m_before = QObject::connect(window, &QQuickWindow::beforeSynchronizing, window,
                                    [this] { m_syncClock.start(); }, Qt::DirectConnection);
        m_after = QObject::connect(window, &QQuickWindow::afterSynchronizing, window,
                                   [this] { m_syncNs += m_syncClock.nsecsElapsed(); }, Qt::DirectConnection);
        m_lastCpu = threadCpuNs();
    }
    ~FrameWork()
    {
        QObject::disconnect(m_before);
        QObject::disconnect(m_after);
    }
    FrameWork(const FrameWork &) = delete;
    FrameWork &operator=(const FrameWork &) = delete;
    // The work since the last call, in ms.
    double take()
    {
        const qint64 now = threadCpuNs();
        const qint64 cpu = now - m_lastCpu;
        m_lastCpu = now;
        return double(cpu + m_syncNs.exchange(0)) / 1e6;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

    QElapsedTimer m_syncClock;
    std::atomic<qint64> m_syncNs{0};
    qint64 m_lastCpu = 0;
    QMetaObject::Connection m_before;
    QMetaObject::Connection m_after;
};

struct Steps {
    QList<double> latency; // ms from the key press to the frame that showed the camera at rest
    QList<double> work;    // ms of GUI-thread work per frame during the moves
    QList<double> press;   // ms of the key's own handling: the step, the bindings it wakes
};

Steps stepThrough(QQuickWindow *window, QQuickItem *strip, QObject *controller, int count)
{
    Steps result;
    FrameWork work(window);
    const int stages = controller->property("stageCount").toInt();
    QEventLoop loop;
    QElapsedTimer sincePress;
    bool waiting = false;
    int done = 0;
    int direction = 1;
    const auto press = [&] {
        if (done >= count) {
            loop.quit();
            return;
        }
        const int stage = controller->property("stageIndex").toInt();
        if (stage + direction < 0 || stage + direction >= stages)
            direction = -direction;
        sincePress.start();
        work.take(); // what came before the press is not the step's
        QElapsedTimer handling;
        handling.start();
        QTest::keyClick(window, direction > 0 ? Qt::Key_Right : Qt::Key_Left);
        result.press.append(double(handling.nsecsElapsed()) / 1e6);
        waiting = true;
        window->update();
    };
    const auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (!waiting)
            return;
        result.work.append(work.take());
        const double target = -controller->property("cameraX").toDouble();
        if (std::abs(strip->x() - target) < 0.01) {
            result.latency.append(double(sincePress.nsecsElapsed()) / 1e6);
            waiting = false;
            ++done;
            QTimer::singleShot(30, &loop, press); // let the window rest between steps
        }
    });
    QTimer::singleShot(0, &loop, press);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(swapped);
    return result;
}

// The baseline: the canvas's map panned 12 px a frame, as bench_canvas pans it.
QList<double> panCanvas(QQuickWindow *window, QQuickItem *view, int count)
{
    QList<double> result;
    FrameWork work(window);
    const double spanX = view->property("contentWidth").toDouble() - view->width();
    const double spanY = view->property("contentHeight").toDouble() - view->height();
    int step = 0;
    double handlerMs = 0;
    QEventLoop loop;
    const auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        // The handler's own time is GUI-thread CPU time too, already in take().
        Q_UNUSED(handlerMs)
        if (step > 0)
            result.append(work.take());
        else
            work.take();
        if (++step > count) {
            loop.quit();
            return;
        }
        QElapsedTimer handler;
        handler.start();
        view->setProperty("contentX", std::fmod(step * 12.0, std::max(1.0, spanX)));
        view->setProperty("contentY", std::max(0.0, spanY) * step / count);
        handlerMs = double(handler.nsecsElapsed()) / 1e6;
        window->update();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    window->update();
    loop.exec();
    QObject::disconnect(swapped);
    return result;
}

bool measure(const char *name, const QString &path, int steps)
{
    WorkspaceController workspace;
    if (!workspace.open(path))
        return false;
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(host, QUrl::fromLocalFile(QStringLiteral("/bench/host.qml")));
    std::unique_ptr<QObject> object(component.createWithInitialProperties(
        {{QStringLiteral("workspace"), QVariant::fromValue(&workspace)}}));
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    if (!window) {
        std::fprintf(stderr, "bench_present: %s\n", qPrintable(component.errorString()));
        return false;
    }
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QTest::qWait(300);
    auto *view = window->findChild<QQuickItem *>(QStringLiteral("page"))->property("view").value<QQuickItem *>();
    const QList<double> pan = panCanvas(window, view, 300);
    window->hide();

    auto *presentation = object->property("presentation").value<QQuickWindow *>();
    auto *controller = object->findChild<QObject *>(QStringLiteral("controller"));
    presentation->show();
    if (!QTest::qWaitForWindowExposed(presentation))
        return false;
    presentation->requestActivate();
    QTest::qWait(300);
    auto *strip = presentation->findChild<QQuickItem *>(QStringLiteral("spotlightStrip"));
    auto *keys = presentation->findChild<QQuickItem *>(QStringLiteral("presentationKeys"));
    keys->forceActiveFocus();
    const Steps step = stepThrough(presentation, strip, controller, steps);
    const int cards = controller->property("cards").value<QAbstractItemModel *>()->rowCount();

    std::printf("\n%s (%d stages, %d spotlight cards, camera move %d ms)\n", name,
                controller->property("stageCount").toInt(), cards, controller->property("cameraMs").toInt());
    std::printf("  %-50s %8.1f ms   p95 %8.1f ms   (%lld steps)\n", "key press to the last frame of the move, median",
                median(step.latency), percentile(step.latency, 0.95), qlonglong(step.latency.size()));
    std::printf("  %-50s %8.2f ms   p95 %8.2f ms   (%lld frames)\n", "GUI-thread work per animation frame, median",
                median(step.work), percentile(step.work, 0.95), qlonglong(step.work.size()));
    std::printf("  %-50s %8.2f ms   p95 %8.2f ms\n", "of which the key press's own handling",
                median(step.press), percentile(step.press, 0.95));
    std::printf("  %-50s %8.2f ms   p95 %8.2f ms   (%lld frames)\n", "baseline: canvas pan, GUI-thread work per frame",
                median(pan), percentile(pan, 0.95), qlonglong(pan.size()));
    std::printf("  %-50s %8.2fx       p95 %6.2fx\n", "step frame / pan frame", median(step.work) / std::max(0.001, median(pan)),
                percentile(step.work, 0.95) / std::max(0.001, percentile(pan, 0.95)));
    std::printf("  %-50s %8.2fx  (target: the move itself, %d ms, and a frame or two)\n", "latency / camera move",
                median(step.latency) / std::max(1, controller->property("cameraMs").toInt()),
                controller->property("cameraMs").toInt());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qunsetenv("CX_REDUCED_MOTION");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int steps = 30;
    const QStringList args = QCoreApplication::arguments();
    if (const auto at = args.indexOf(QStringLiteral("--steps")); at > 0 && at + 1 < args.size())
        steps = std::max(1, args.at(at + 1).toInt());
    QTemporaryDir dir;
    const QString example = dir.filePath(QStringLiteral("example.cxatlas"));
    QFile::copy(QStringLiteral(CX_EXAMPLE), example);
    const QString big = dir.filePath(QStringLiteral("big.cxatlas"));
    bench::SyntheticOptions options;
    options.moments = 10000;
    const auto data = bench::SyntheticWorkspace::generate(options);
    if (!bench::writeWorkspaceFile(big, data.allNodes(), data.allLinks())) {
        std::fprintf(stderr, "bench_present: cannot write the 10k workspace\n");
        return 1;
    }
    std::printf("bench_present: platform %s, %d steps each\n", qPrintable(QGuiApplication::platformName()), steps);
    if (!measure("example workspace", example, steps) || !measure("10,000-moment journey", big, steps))
        return 1;
    return 0;
}
