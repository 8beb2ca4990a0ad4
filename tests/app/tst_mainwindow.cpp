// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

// Texts of every visible label in the window, to check what a user reads.
QStringList visibleTexts(QQuickItem *item)
{
    QStringList texts;
    if (!item->isVisible())
        return texts;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        texts.append(text.toString());
    for (QQuickItem *child : item->childItems())
        texts += visibleTexts(child);
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QQuickWindow *load(QQmlApplicationEngine &engine, WorkspaceController &controller)
    {
        engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&controller)}});
        engine.load(QUrl(QStringLiteral("qrc:/CxAtlas/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return nullptr;
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (window && QTest::qWaitForWindowExposed(window))
            return window;
        return nullptr;
    }

    void screenshot(QQuickWindow *window, const QString &name)
    {
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QStringLiteral(CX_SCREENSHOTS "/%1.png").arg(name)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheOpenWorkspace()
    {
        // Given the example workspace opened in the window
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine, controller);
        QVERIFY(window);
        // Then its title and content name the workspace and what it holds
        QCOMPARE(window->title(), QStringLiteral("example — CX Atlas"));
        const QStringList texts = visibleTexts(window->contentItem());
        QVERIFY2(texts.contains(QStringLiteral("example")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("3 persona(s) · 3 journey(s) · 52 moment(s)")), qPrintable(texts.join(u'|')));
        screenshot(window, QStringLiteral("main-window"));

        // And an edit shows at once
        QSignalSpy changed(&controller, &WorkspaceController::contentChanged);
        Persona p;
        p.title = QStringLiteral("New persona");
        QVERIFY(controller.document()->add(p));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.personaCount(), 4);
    }

    void showsWhyAFileCannotBeOpened()
    {
        QTemporaryDir dir;
        const QString path = makeBadFile(dir, QStringLiteral("text"));
        WorkspaceController controller;
        QVERIFY(!controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine, controller);
        QVERIFY(window);
        QCOMPARE(window->title(), QStringLiteral("CX Atlas"));
        const QStringList texts = visibleTexts(window->contentItem());
        QVERIFY2(texts.contains(controller.errorMessage()), qPrintable(texts.join(u'|')));
        QVERIFY(controller.errorMessage().contains(QStringLiteral("not an SQLite database file")));
        screenshot(window, QStringLiteral("main-window-error"));
    }

    void showsWhyAWorkspaceIsReadOnly()
    {
        QTemporaryDir dir;
        auto first = sampleDocument(dir);
        QVERIFY(first);
        WorkspaceController controller;
        QVERIFY(controller.open(first->path()));
        QVERIFY(controller.readOnly());
        QQmlApplicationEngine engine;
        QQuickWindow *window = load(engine, controller);
        QVERIFY(window);
        QVERIFY(visibleTexts(window->contentItem()).contains(controller.notice()));
        screenshot(window, QStringLiteral("main-window-read-only"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
