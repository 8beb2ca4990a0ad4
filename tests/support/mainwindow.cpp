// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "preferences/preferences.h"
#include "workspacecontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace cx::test {

QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, WorkspaceController &controller, bool active)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/CxAtlas/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    if (!active)
        return window;
    window->requestActivate();
    return QTest::qWaitForWindowActive(window) ? window : nullptr;
}

Preferences *preferencesOf(QQmlEngine &engine)
{
    return engine.singletonInstance<Preferences *>(qmlTypeId("CxAtlas.App", 1, 0, "Preferences"));
}

QStringList visibleTexts(QQuickItem *item)
{
    QStringList texts;
    if (!item->isVisible())
        return texts;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        texts.append(text.toString());
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        texts += visibleTexts(child);
    return texts;
}

QQuickItem *visibleItem(QQuickItem *item, const QString &objectName)
{
    if (!item->isVisible())
        return nullptr;
    if (item->objectName() == objectName)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = visibleItem(child, objectName))
            return found;
    }
    return nullptr;
}

} // namespace cx::test
