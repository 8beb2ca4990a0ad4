// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportcontroller.h"
#include "preferences/preferences.h"
#include "preferences/translations.h"
#include "preferences/unsavedfolders.h"
#include "workspacecontroller.h"
#include "mainwindow.h"

#include "document/document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

QQuickItem *findByName(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findByName(child, name))
            return found;
    }
    return nullptr;
}

// The visible emotion-curve handles on the journey canvas.
int shownHandles(QQuickWindow *window)
{
    QQuickItem *points = findByName(window->contentItem(), QStringLiteral("curvePoints"));
    if (!points)
        return -1;
    int shown = 0;
    for (QQuickItem *child : points->childItems())
        shown += child->property("moment").isValid() && child->isVisible() ? 1 : 0;
    return shown;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas"));
        QCoreApplication::setApplicationName(QStringLiteral("cxatlas-test-preferences")); // its own settings: tests run side by side
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translations::apply(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        QDir(UnsavedFolders::standard()).removeRecursively();
    }

    void remembersChoicesAndRefusesNonsense()
    {
        {
            Preferences preferences;
            QCOMPARE(preferences.theme(), QStringLiteral("system"));
            QCOMPARE(preferences.pdfPageSize(), QStringLiteral("A4"));
            QCOMPARE(preferences.pdfOrientation(), QStringLiteral("landscape"));
            QVERIFY(preferences.curveHandlesShown());
            QSignalSpy themeChanged(&preferences, &Preferences::themeChanged);
            preferences.setTheme(QStringLiteral("dark"));
            preferences.setTheme(QStringLiteral("purple"));
            preferences.setPdfPageSize(QStringLiteral("Letter"));
            preferences.setPdfPageSize(QStringLiteral("B17"));
            preferences.setPdfOrientation(QStringLiteral("portrait"));
            preferences.setCurveHandlesShown(false);
            QCOMPARE(themeChanged.count(), 1);
            QCOMPARE(preferences.theme(), QStringLiteral("dark"));
        }
        // A later run reads them back; a hand-edited settings file cannot smuggle in a value
        QSettings().setValue(QStringLiteral("preferences/language"), QStringLiteral("klingon"));
        Preferences again;
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.pdfPageSize(), QStringLiteral("Letter"));
        QCOMPARE(again.pdfOrientation(), QStringLiteral("portrait"));
        QVERIFY(!again.curveHandlesShown());
        QCOMPARE(again.language(), QString());
        // And the export starts from the PDF defaults
        ExportController exporter;
        QCOMPARE(exporter.property("pageSize").toString(), QStringLiteral("Letter"));
        QCOMPARE(exporter.property("orientation").toString(), QStringLiteral("portrait"));
    }

    void newWorkspacesGoWhereChosenAndEarlierOnesStayFound()
    {
        QTemporaryDir chosen;
        WorkspaceController controller;
        Preferences preferences;
        // Given a workspace made in the standard folder, with work in it, and kept
        QVERIFY(controller.newWorkspace());
        QVERIFY(controller.isUnsaved());
        Persona persona;
        persona.title = QStringLiteral("Kept");
        QVERIFY(controller.document()->add(persona));
        controller.close();
        QCOMPARE(controller.unsavedWorkspaces().size(), 1);

        // When another folder is chosen
        QSignalSpy changed(&preferences, &Preferences::unsavedFolderChanged);
        QVERIFY(preferences.chooseUnsavedFolder(QUrl::fromLocalFile(chosen.path())));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!preferences.unsavedFolderIsStandard());
        QCOMPARE(QDir(UnsavedFolders::current()).canonicalPath(), QDir(chosen.path()).canonicalPath());

        // Then a new workspace is made there, and is an unsaved workspace
        QVERIFY(controller.newWorkspace());
        QVERIFY(controller.isUnsaved());
        QCOMPARE(QDir(chosen.path()).entryList({QStringLiteral("*.cxatlas")}, QDir::Files).size(), 1);
        // And the one kept in the earlier folder is still offered
        const QVariantList offered = controller.unsavedWorkspaces();
        QCOMPARE(offered.size(), 1);
        QVERIFY(offered.constFirst().toMap().value(QStringLiteral("path")).toString().startsWith(UnsavedFolders::standard()));

        // And going back to the standard folder leaves the open one unsaved (Save As names it)
        preferences.resetUnsavedFolder();
        QVERIFY(preferences.unsavedFolderIsStandard());
        QVERIFY(controller.isUnsaved());
        controller.discard();
        QCOMPARE(QDir(chosen.path()).entryList({QStringLiteral("*.cxatlas")}, QDir::Files).size(), 0);
    }

    void refusesAFolderThatCannotBeWritten()
    {
        Preferences preferences;
        QSignalSpy failed(&preferences, &Preferences::failed);
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder"));
        QVERIFY(!preferences.chooseUnsavedFolder(QUrl::fromLocalFile(missing)));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(preferences.unsavedFolderIsStandard());
    }

    void appliesThemeAndCurveHandlesLive()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.cxatlas"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        WorkspaceController controller;
        QVERIFY(controller.open(path));
        QQmlApplicationEngine engine;
        QQuickWindow *window = loadMainWindow(engine, controller, true);
        QVERIFY(window);
        Preferences *preferences = preferencesOf(engine);
        QVERIFY(preferences);

        // The theme: the window's colour follows the choice at once, both ways
        preferences->setTheme(QStringLiteral("dark"));
        QTRY_COMPARE(window->color(), QColor(QStringLiteral("#1e2126")));
        preferences->setTheme(QStringLiteral("light"));
        QTRY_COMPARE(window->color(), QColor(QStringLiteral("#f6f7f9")));

        // The emotion curves' handles
        QTRY_VERIFY(shownHandles(window) > 0);
        preferences->setCurveHandlesShown(false);
        QTRY_COMPARE(shownHandles(window), 0);
        preferences->setCurveHandlesShown(true);
        QTRY_VERIFY(shownHandles(window) > 0);

        // And the dialog opens from the keyboard (Ctrl+,) with every language offered
        QTest::keySequence(window, QKeySequence(QStringLiteral("Ctrl+,")));
        QQuickItem *language = nullptr;
        QTRY_VERIFY((language = findByName(window->contentItem(), QStringLiteral("language"))));
        QTRY_VERIFY(language->isVisible());
        QCOMPARE(language->property("count").toInt(), 1 + int(Translations::available().size()));
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/preferences-dialog.png")));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
