// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQmlApplicationEngine;
class QQmlEngine;
class QQuickItem;
class QQuickWindow;

namespace cx {
class Preferences;
class WorkspaceController;
}

namespace cx::test {

// The real main window (qrc:/CxAtlas/Main.qml) on controller, loaded as main() loads it and
// shown; with active, also given the keyboard (what key-sequence tests need). Null when it
// cannot be made or shown.
QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, WorkspaceController &controller, bool active = false);
// The engine's Preferences singleton, the one the window's QML binds to.
Preferences *preferencesOf(QQmlEngine &engine);
// Texts of every visible item under item (labels, buttons), to check what a user reads.
QStringList visibleTexts(QQuickItem *item);
// The first visible item under item with that objectName, or null.
QQuickItem *visibleItem(QQuickItem *item, const QString &objectName);

} // namespace cx::test
