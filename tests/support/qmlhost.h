// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QString>
#include <memory>

class QQuickWindow;

namespace cx {
class WorkspaceController;
}

namespace cx::test {

// A window written in QML around the type under test, made with a workspace as its required
// "workspace" property and shown (offscreen in the tests): what the view and dialog tests
// share. The QML modules are found in the resources, where the static plugins put them.
class QmlHost
{
public:
    explicit QmlHost(WorkspaceController *workspace);
    ~QmlHost();

    // Makes the window from qml and waits until it is exposed; false, with error(), when it
    // cannot be made or shown.
    bool load(const QByteArray &qml);
    QQuickWindow *window() const { return m_window; }
    QString error() const { return m_error; }

private:
    WorkspaceController *m_workspace;
    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_object;
    QQuickWindow *m_window = nullptr;
    QString m_error;
};

} // namespace cx::test
