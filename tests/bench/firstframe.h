// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cx::bench {

// Wall time from starting the process to its first frame on screen, in ms: cxatlas prints
// "first-frame" when CXATLAS_BENCH_FIRST_FRAME is set, then quits (bench_canvas's baseline
// window does the same). Shared by bench_canvas and bench_package, so both measure alike.
inline double firstFrame(const QString &program, const QStringList &arguments)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CXATLAS_BENCH_FIRST_FRAME"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    app.start(program, arguments);
    while (app.state() != QProcess::NotRunning && !app.readAllStandardOutput().contains("first-frame"))
        app.waitForReadyRead(5);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    app.waitForFinished(10000);
    return ms;
}

} // namespace cx::bench
