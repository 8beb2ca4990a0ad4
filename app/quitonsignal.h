// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace cx {

// Turns SIGTERM, SIGINT and SIGHUP (logging out, Ctrl+C in a terminal) into a normal quit of
// the event loop, so the workspace is closed properly and its lock file removed. Every edit
// is already committed; this only spares the next start a stale lock to clear. Signal
// handlers may only write to a pipe; a socket notifier does the rest on the event loop.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handle(int signal);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cx
