// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellsettings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

namespace cx {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString maximizedKey = QStringLiteral("window/maximized");
const QString viewKey = QStringLiteral("window/view");

// A window whose title bar is on no screen cannot be moved back by its user.
bool reachable(const QRect &geometry)
{
    const QRect titleBar(geometry.topLeft(), QSize(geometry.width(), 32));
    const auto screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        if (screen->availableGeometry().intersects(titleBar))
            return true;
    }
    return false;
}

} // namespace

ShellSettings::ShellSettings(QObject *parent)
    : QObject(parent)
    , m_currentView(QSettings().value(viewKey, QStringLiteral("journeys")).toString())
{
}

void ShellSettings::setCurrentView(const QString &view)
{
    if (view == m_currentView)
        return;
    m_currentView = view;
    QSettings().setValue(viewKey, view);
    Q_EMIT currentViewChanged();
}

void ShellSettings::restore(QWindow *window) const
{
    if (!window)
        return;
    const QSettings settings;
    const QRect geometry = settings.value(geometryKey).toRect();
    if (geometry.isValid() && reachable(geometry))
        window->setGeometry(geometry);
    if (settings.value(maximizedKey, false).toBool())
        window->showMaximized();
}

void ShellSettings::save(QWindow *window, const QRect &normalGeometry) const
{
    if (!window)
        return;
    QSettings settings;
    const bool maximized = window->visibility() == QWindow::Maximized
                           || window->visibility() == QWindow::FullScreen;
    const QRect geometry = maximized || !window->geometry().isValid() ? normalGeometry : window->geometry();
    if (geometry.isValid())
        settings.setValue(geometryKey, geometry);
    settings.setValue(maximizedKey, maximized);
}

} // namespace cx
