// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecture/architectureview.h"
#include "canvas/journeycanvas.h"
#include "samples.h"
#include "workspacecontroller.h"
#include "mainwindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQmlListReference>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

// The menu bar's menu with the given title ("&File"), or null.
QObject *menu(QQuickWindow *window, const QString &title)
{
    auto *bar = window->property("menuBar").value<QObject *>();
    if (!bar)
        return nullptr;
    QQmlListReference menus(bar, "menus");
    for (qsizetype i = 0; i < menus.count(); ++i) {
        if (menus.at(i)->property("title").toString() == title)
            return menus.at(i);
    }
    return nullptr;
}

// The items of a menu, in order. A LazyMenu makes its items when it first opens: make them as
// opening it would (build() is what its aboutToShow runs).
QList<QObject *> menuItems(QObject *menu)
{
    if (menu->metaObject()->indexOfMethod("build()") >= 0)
        QMetaObject::invokeMethod(menu, "build");
    QList<QObject *> items;
    const int count = menu->property("count").toInt();
    for (int i = 0; i < count; ++i) {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(menu, "itemAt", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, i));
        items.append(item);
    }
    return items;
}

QStringList menuTexts(QObject *menu)
{
    QStringList texts;
    const QList<QObject *> items = menuItems(menu);
    for (QObject *item : items) {
        const QString text = item->property("text").toString();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

QObject *menuItem(QObject *menu, const QString &text)
{
    const QList<QObject *> items = menuItems(menu);
    for (QObject *item : items) {
        if (item->property("text").toString() == text)
            return item;
    }
    return nullptr;
}

// The first visible item whose text is text, under item.
QQuickItem *findText(QQuickItem *item, const QString &text)
{
    if (!item->isVisible())
        return nullptr;
    if (item->property("text").toString() == text)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findText(child, text))
            return found;
    }
    return nullptr;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    return palette;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:

    void screenshot(QQuickWindow *window, const QString &name)
    {
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QStringLiteral(CX_SCREENSHOTS "/%1.png").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas"));
        QCoreApplication::setApplicationName(QStringLiteral("cxatlas-test"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
        QDir(WorkspaceController::unsavedFolder()).removeRecursively();
        QGuiApplication::setPalette(QPalette());
    }

    void showsTheOpenWorkspace()
    {
        // Given the example workspace opened in the window
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        // Then its title and content name the workspace and what it holds
        QCOMPARE(window->title(), QStringLiteral("example — CX Atlas"));
        const QStringList texts = visibleTexts(window->contentItem());
        QVERIFY2(texts.contains(QStringLiteral("example")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("3 persona(s)")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("52 moment(s)")), qPrintable(texts.join(u'|')));
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
        QQuickWindow *window = loadMainWindow(engine, controller);
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
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QVERIFY(visibleTexts(window->contentItem()).contains(controller.notice()));
        QCOMPARE(window->title(), QStringLiteral("samples (read-only) — CX Atlas"));
        screenshot(window, QStringLiteral("main-window-read-only"));
    }

    void hasTheMenus()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Northbank.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QCOMPARE(window->title(), QStringLiteral("Northbank — CX Atlas"));

        QObject *file = menu(window, QStringLiteral("&File"));
        QVERIFY(file);
        const QStringList fileTexts = menuTexts(file);
        for (const char *text : {"&New", "&Open…", "Open &Recent", "&Unsaved Workspaces…", "Save &As…",
                                 "&Close", "&Import…", "&Export…", "&Quit"})
            QVERIFY2(fileTexts.contains(QString::fromUtf8(text)), qPrintable(fileTexts.join(u'|')));

        // The file just opened is the recent menu's first entry
        QObject *recent = nullptr;
        for (QObject *item : menuItems(file)) {
            if (item->property("text").toString() == QStringLiteral("Open &Recent"))
                recent = item->property("subMenu").value<QObject *>();
        }
        QVERIFY(recent);
        QVERIFY2(menuTexts(recent).constFirst().startsWith(QStringLiteral("Northbank  (")),
                 qPrintable(menuTexts(recent).join(u'|')));

        QObject *edit = menu(window, QStringLiteral("&Edit"));
        QVERIFY(edit);
        QCOMPARE(menuTexts(edit), (QStringList{QStringLiteral("&Undo"), QStringLiteral("&Redo"),
                                               QStringLiteral("Cu&t"), QStringLiteral("&Copy"),
                                               QStringLiteral("&Paste"), QStringLiteral("D&uplicate"),
                                               QStringLiteral("&Delete"), QStringLiteral("Select &All"),
                                               QStringLiteral("&Find…"), QStringLiteral("Prefere&nces…")}));
        QVERIFY(!menuItem(edit, QStringLiteral("&Undo"))->property("enabled").toBool());
        // Nothing is selected on the Journeys page, but Find and Select All work there
        QVERIFY(!menuItem(edit, QStringLiteral("Cu&t"))->property("enabled").toBool());
        QVERIFY(menuItem(edit, QStringLiteral("&Find…"))->property("enabled").toBool());

        // Undo is named after the command
        Persona p;
        p.title = QStringLiteral("Ada");
        QVERIFY(controller.document()->add(p));
        QObject *undo = menuItem(edit, QStringLiteral("&Undo Add persona “Ada”"));
        QVERIFY2(undo, qPrintable(menuTexts(edit).join(u'|')));
        QVERIFY(undo->property("enabled").toBool());
        QMetaObject::invokeMethod(undo->property("action").value<QObject *>(), "trigger");
        QCOMPARE(controller.personaCount(), 3);
        QVERIFY(menuItem(edit, QStringLiteral("&Redo Add persona “Ada”")));

        // What the open Edit menu looks like
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *editTitle = findText(window->contentItem(), QStringLiteral("&Edit"));
        QVERIFY(editTitle);
        QTest::mouseClick(window, Qt::LeftButton, {},
                          editTitle->mapToScene(QPointF(editTitle->width() / 2, editTitle->height() / 2)).toPoint());
        QTRY_VERIFY(edit->property("visible").toBool());
        QTest::qWait(100);
        screenshot(window, QStringLiteral("menu-edit"));
        QMetaObject::invokeMethod(edit, "close");

        QVERIFY(menu(window, QStringLiteral("&View")));
    }

    // Start-up builds only what the first frame shows (issue 11): no menu item of the menu bar,
    // the toolbar or the headers, no other view, no dialog. Each is made on first use and works.
    void buildsOnlyWhatTheFirstFrameShows()
    {
        QTemporaryDir dir;
        WorkspaceController controller;
        QVERIFY(controller.open(writableCopy(dir, QStringLiteral(CX_EXAMPLE))));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Objects of a C++ class, or of a QML type (its class is named "Type_QMLTYPE_n"), among
        // the window's objects and items.
        const auto count = [window](const char *type) {
            QSet<QObject *> seen;
            QList<QObject *> next{window, window->contentItem()->parentItem()};
            qsizetype n = 0;
            while (!next.isEmpty()) {
                QObject *object = next.takeLast();
                if (!object || seen.contains(object))
                    continue;
                seen.insert(object);
                if (object->inherits(type) || QByteArray(object->metaObject()->className()).startsWith(type))
                    ++n;
                next.append(object->children());
                if (auto *item = qobject_cast<QQuickItem *>(object)) {
                    for (QQuickItem *child : item->childItems())
                        next.append(child);
                }
            }
            return n;
        };
        QCOMPARE(count("QQuickMenuItem"), 0);
        QVERIFY(count("StageHeader") > 0);
        QCOMPARE(count("BandNameField"), 0); // the stage and lane rename fields
        for (const char *name : {"personasPage", "metricsPage", "importDialog"})
            QVERIFY2(!window->findChild<QObject *>(QString::fromLatin1(name)), name);

        // The File menu opened for real gets its items then.
        QObject *file = menu(window, QStringLiteral("&File"));
        QVERIFY(file);
        QCOMPARE(file->property("count").toInt(), 0);
        QVERIFY(file->setProperty("visible", true));
        QTRY_VERIFY(file->property("opened").toBool());
        QVERIFY(file->property("count").toInt() >= 12);
        QVERIFY(count("QQuickMenuItem") >= 10);
        file->setProperty("visible", false);

        // A view is built on first show.
        QVERIFY(QMetaObject::invokeMethod(window, "showView", Q_ARG(QString, QStringLiteral("metrics"))));
        QTRY_VERIFY(window->findChild<QObject *>(QStringLiteral("metricsPage")));
    }
    void switchesViewsAndRemembersThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        for (const bool dark : {false, true}) {
            QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
            QSettings().clear();
            WorkspaceController controller;
            QVERIFY(controller.open(path));
            QQmlApplicationEngine engine;
            QQuickWindow *window = loadMainWindow(engine, controller);
            QVERIFY(window);
            window->requestActivate();
            QVERIFY(QTest::qWaitForWindowActive(window));
            const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            screenshot(window, QStringLiteral("view-journeys-%1").arg(theme));

            const QList<std::pair<QString, QString>> views{
                {QStringLiteral("personas"), QStringLiteral("Busy switcher")},
                {QStringLiteral("architecture"), QStringLiteral("Line of visibility")},
                {QStringLiteral("metrics"), QStringLiteral("Strategic goals")}};
            for (qsizetype i = 0; i < views.size(); ++i) {
                // Ctrl+2 … Ctrl+4 pick the views after Journeys
                QTest::keySequence(window, QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 2)));
                const QStringList texts = visibleTexts(window->contentItem());
                QVERIFY2(texts.contains(views.at(i).second), qPrintable(texts.join(u'|')));
                QCOMPARE(QSettings().value(QStringLiteral("window/view")).toString(), views.at(i).first);
                screenshot(window, QStringLiteral("view-%1-%2").arg(views.at(i).first, theme));
            }
            // Edits have nowhere to go on a view that is not built
            QVERIFY(!menuItem(menu(window, QStringLiteral("&Edit")), QStringLiteral("&Find…"))->property("enabled").toBool());

            // The sidebar switches too
            QQuickItem *journeys = findText(window->contentItem(), QStringLiteral("Journeys"));
            QVERIFY(journeys);
            QMetaObject::invokeMethod(journeys, "clicked");
            QCOMPARE(QSettings().value(QStringLiteral("window/view")).toString(), QStringLiteral("journeys"));

            controller.close();
            screenshot(window, QStringLiteral("start-page-%1").arg(theme));
        }
        QGuiApplication::setPalette(QPalette());
    }

    void opensAJourneyFromAPersona()
    {
        // Given the example open on the Personas view, with Busy switcher in the editor
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        QSettings().clear();
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QTest::keySequence(window, QKeySequence(QStringLiteral("Ctrl+2")));
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("personasPage"));
        QVERIFY(page);
        const Workspace &w = controller.document()->workspace();
        const auto persona = std::find_if(w.personas.cbegin(), w.personas.cend(),
                                          [](const Persona &p) { return p.title == u"Busy switcher"; });
        QVERIFY(persona != w.personas.cend());
        QMetaObject::invokeMethod(page, "open", Q_ARG(QString, uidText(persona->uid)));
        QList<Journey> followed;
        for (const Link &l : w.links) {
            if (l.relation == Relation::Follows && l.from == persona->uid)
                followed.append(w.journeys.value(l.to));
        }
        QVERIFY(!followed.isEmpty());
        std::sort(followed.begin(), followed.end(), [](const Journey &a, const Journey &b) { return a.title < b.title; });

        // When its first journey's Open is clicked
        QQuickItem *open = findText(page, QStringLiteral("Open"));
        QVERIFY(open);
        QMetaObject::invokeMethod(open, "clicked");

        // Then the window shows that journey on the canvas
        QCOMPARE(QSettings().value(QStringLiteral("window/view")).toString(), QStringLiteral("journeys"));
        auto *journeys = window->property("editTarget").value<QQuickItem *>();
        QVERIFY(journeys);
        auto *canvas = journeys->property("canvas").value<JourneyCanvas *>();
        QVERIFY(canvas);
        QCOMPARE(canvas->journey(), uidText(followed.constFirst().uid));
        QVERIFY(canvas->personas().contains(QStringLiteral("Busy switcher")));
    }

    // A metric's "Measures" list leads to the moment on its journey, or to the element in the
    // Architecture view.
    void opensAMomentAndAnElementFromAMetric()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        QSettings().clear();
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QTest::keySequence(window, QKeySequence(QStringLiteral("Ctrl+4")));
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("metricsPage"));
        QVERIFY(page);
        const Workspace &w = controller.document()->workspace();
        Link momentLink, elementLink;
        for (const Link &l : w.links) {
            if (l.relation == Relation::Measures && w.moments.contains(l.to))
                momentLink = l;
            else if (l.relation == Relation::Measures && w.elements.contains(l.to))
                elementLink = l;
        }
        QVERIFY(!momentLink.to.isNull());
        QVERIFY(!elementLink.to.isNull());
        const Moment moment = w.moments.value(momentLink.to);

        // When a moment a metric measures is chosen: the journey view, on its journey, with it selected
        QMetaObject::invokeMethod(page, "momentRequested", Q_ARG(QString, uidText(moment.journey)),
                                  Q_ARG(QString, uidText(moment.uid)));
        QCOMPARE(QSettings().value(QStringLiteral("window/view")).toString(), QStringLiteral("journeys"));
        auto *journeys = window->property("editTarget").value<QQuickItem *>();
        QVERIFY(journeys);
        auto *canvas = journeys->property("canvas").value<JourneyCanvas *>();
        QCOMPARE(canvas->journey(), uidText(moment.journey));
        QCOMPARE(canvas->selection(), QStringList{uidText(moment.uid)});

        // And an element: the Architecture view with it selected
        QMetaObject::invokeMethod(page, "elementRequested", Q_ARG(QString, uidText(elementLink.to)));
        QCOMPARE(QSettings().value(QStringLiteral("window/view")).toString(), QStringLiteral("architecture"));
        QTRY_COMPARE(window->findChild<ArchitectureView *>()->selected(), uidText(elementLink.to));
    }

    // File > Import… merges a Mermaid diagram into the open workspace and shows its journey.
    void importsThroughTheFileMenu()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        const int journeys = controller.journeyCount();
        QGuiApplication::setPalette(darkPalette()); // the dialog in the dark theme (light: tst_importdialog)
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QTest::keySequence(window, QKeySequence(QStringLiteral("Ctrl+2"))); // away from the canvas

        // The menu item opens the dialog and its file chooser
        QObject *import = menuItem(menu(window, QStringLiteral("&File")), QStringLiteral("&Import…"));
        QVERIFY(import);
        QMetaObject::invokeMethod(import->property("action").value<QObject *>(), "trigger");
        auto *dialog = window->findChild<QObject *>(QStringLiteral("importDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        auto *chooser = dialog->findChild<QObject *>(QStringLiteral("importFileDialog"));
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->property("visible").toBool());
        QMetaObject::invokeMethod(chooser, "reject");

        // A file chosen is read and previewed; Import merges it
        QMetaObject::invokeMethod(dialog, "openWith",
                                  Q_ARG(QVariant, QUrl::fromLocalFile(QStringLiteral(CX_MERMAID_DIR "/full-grammar.mmd"))));
        auto *button = window->findChild<QQuickItem *>(QStringLiteral("importButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        QTest::qWait(100);
        screenshot(window, QStringLiteral("import-in-window-dark"));
        QTest::mouseClick(window, Qt::LeftButton, {},
                          button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QTRY_COMPARE(controller.journeyCount(), journeys + 1);
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // and the canvas shows the journey it brought
        QCOMPARE(QSettings().value(QStringLiteral("window/view")).toString(), QStringLiteral("journeys"));
        auto *page = window->property("editTarget").value<QQuickItem *>();
        QVERIFY(page);
        auto *canvas = page->property("canvas").value<JourneyCanvas *>();
        QVERIFY(canvas);
        const Workspace &w = controller.document()->workspace();
        QCOMPARE(w.journeys.value(uidFromText(canvas->journey())).title, QStringLiteral("My working day"));
        // One step to undo
        QVERIFY(controller.undoText().startsWith(u"Import"));
        controller.undo();
        QCOMPARE(controller.journeyCount(), journeys);
    }

    void startsOnTheViewOfLastTime()
    {
        QSettings().setValue(QStringLiteral("window/view"), QStringLiteral("metrics"));
        QTemporaryDir dir;
        auto samples = sampleDocument(dir);
        QVERIFY(samples);
        const QString path = samples->path();
        samples.reset();
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QVERIFY(visibleTexts(window->contentItem()).contains(QStringLiteral("Strategic goals")));
    }

    void newAndCloseAskAboutUnsavedWork()
    {
        WorkspaceController controller;
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(visibleTexts(window->contentItem()).contains(QStringLiteral("No workspace open")));

        // New opens an unsaved workspace
        QTest::keySequence(window, QKeySequence::New);
        QVERIFY(controller.isUnsaved());
        QCOMPARE(window->title(), QStringLiteral("Untitled 1 — CX Atlas"));
        QVERIFY(visibleTexts(window->contentItem()).contains(QStringLiteral("Not saved to a file yet. Every change is kept; use Save As to name it.")));
        screenshot(window, QStringLiteral("unsaved-workspace"));

        // Closing it with work in it asks first; Cancel keeps it open
        Persona p;
        p.title = QStringLiteral("Ada");
        QVERIFY(controller.document()->add(p));
        const QString unsaved = controller.path();
        QTest::keySequence(window, QKeySequence::Close);
        QTRY_VERIFY(findText(window->contentItem(), QStringLiteral("Discard")));
        screenshot(window, QStringLiteral("unsaved-question"));
        QMetaObject::invokeMethod(findText(window->contentItem(), QStringLiteral("Cancel")), "clicked");
        QTRY_VERIFY(!findText(window->contentItem(), QStringLiteral("Discard")));
        QVERIFY(controller.isOpen());

        // Discard closes it and removes the file
        QTest::keySequence(window, QKeySequence::Close);
        QTRY_VERIFY(findText(window->contentItem(), QStringLiteral("Discard")));
        QMetaObject::invokeMethod(findText(window->contentItem(), QStringLiteral("Discard")), "clicked");
        QTRY_VERIFY(!controller.isOpen());
        QVERIFY(!QFileInfo::exists(unsaved));
        QCOMPARE(window->title(), QStringLiteral("CX Atlas"));
    }

    void offersUnsavedWorkspacesBackAtStart()
    {
        {
            WorkspaceController before;
            QVERIFY(before.newWorkspace());
            Persona p;
            p.title = QStringLiteral("Ada");
            QVERIFY(before.document()->add(p));
        }
        WorkspaceController controller;
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller);
        QVERIFY(window);
        QTRY_VERIFY(findText(window->contentItem(), QStringLiteral("Untitled 1")));
        screenshot(window, QStringLiteral("unsaved-offered-back"));
        QQuickItem *open = findText(window->contentItem(), QStringLiteral("Open"));
        QVERIFY(open);
        QMetaObject::invokeMethod(open, "clicked");
        QTRY_VERIFY(controller.isOpen());
        QCOMPARE(controller.title(), QStringLiteral("Untitled 1"));
        QCOMPARE(controller.personaCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
