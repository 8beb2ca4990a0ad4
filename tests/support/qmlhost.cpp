// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlhost.h"

#include "workspacecontroller.h"

#include <QDir>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTest>

namespace cx::test {

QmlHost::QmlHost(WorkspaceController *workspace) : m_workspace(workspace)
{
    m_engine.addImportPath(QStringLiteral("qrc:/")); // where the static QML modules live
}

QmlHost::~QmlHost() = default;

bool QmlHost::load(const QByteArray &qml)
{
    QQmlComponent component(&m_engine);
    component.setData(qml, QUrl::fromLocalFile(QDir::temp().filePath(QStringLiteral("host.qml"))));
    if (!component.isReady()) {
        m_error = component.errorString();
        return false;
    }
    m_object.reset(component.createWithInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(m_workspace)}}));
    m_window = qobject_cast<QQuickWindow *>(m_object.get());
    if (!m_window) {
        m_error = m_object ? QStringLiteral("the host is not a window") : component.errorString();
        return false;
    }
    if (!QTest::qWaitForWindowExposed(m_window)) {
        m_error = QStringLiteral("the window was not shown");
        return false;
    }
    return true;
}

} // namespace cx::test
