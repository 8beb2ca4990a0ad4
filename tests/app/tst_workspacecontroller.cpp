// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfixtures.h"
#include "samples.h"
#include "workspacecontroller.h"

#include "store/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace cx;
using namespace cx::test;

namespace {

Persona persona(const QString &title)
{
    Persona p;
    p.title = title;
    return p;
}

QStringList unsavedNames(const WorkspaceController &controller)
{
    QStringList names;
    const QVariantList entries = controller.unsavedWorkspaces();
    for (const QVariant &entry : entries)
        names.append(entry.toMap().value(QStringLiteral("name")).toString());
    return names;
}

} // namespace

// The controller's file operations, undo and recent files, without a QML engine.
class TestWorkspaceController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CX Atlas"));
        QCoreApplication::setApplicationName(QStringLiteral("cxatlas"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QDir(WorkspaceController::unsavedFolder()).removeRecursively();
        QSettings().clear();
    }

    void newWorkspaceLivesInTheDataFolder()
    {
        WorkspaceController controller;
        QSignalSpy changed(&controller, &WorkspaceController::workspaceChanged);
        QVERIFY(controller.newWorkspace());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.title(), QStringLiteral("Untitled 1"));
        QVERIFY(controller.isUnsaved());
        QVERIFY(!controller.hasUnsavedWork());
        QCOMPARE(QFileInfo(controller.path()).absolutePath(), WorkspaceController::unsavedFolder());
        QVERIFY(controller.recentFiles()->paths().isEmpty());

        // With work in it, the next New keeps it and takes the next name
        QVERIFY(controller.document()->add(persona(QStringLiteral("Ada"))));
        QVERIFY(controller.hasUnsavedWork());
        const QString first = controller.path();
        QVERIFY(controller.newWorkspace());
        QCOMPARE(controller.title(), QStringLiteral("Untitled 2"));
        QVERIFY(QFileInfo::exists(first));
        QCOMPARE(unsavedNames(controller), QStringList{QStringLiteral("Untitled 1")});

        // An empty one is removed on close: there is nothing to offer back
        const QString second = controller.path();
        controller.close();
        QVERIFY(!controller.isOpen());
        QVERIFY(!QFileInfo::exists(second));
        QCOMPARE(unsavedNames(controller), QStringList{QStringLiteral("Untitled 1")});

        // Offered back: open it, and discard it
        QVERIFY(controller.open(first));
        QCOMPARE(controller.personaCount(), 1);
        QVERIFY(controller.isUnsaved());
        QVERIFY(controller.recentFiles()->paths().isEmpty());
        controller.discard();
        QVERIFY(!controller.isOpen());
        QVERIFY(!QFileInfo::exists(first));
        QVERIFY(controller.unsavedWorkspaces().isEmpty());
    }

    void discardUnsavedRemovesOnlyUnsavedWorkspaces()
    {
        QTemporaryDir dir;
        auto other = sampleDocument(dir);
        QVERIFY(other);
        const QString elsewhere = other->path();
        other.reset();
        WorkspaceController controller;
        QVERIFY(controller.newWorkspace());
        QVERIFY(controller.document()->add(persona(QStringLiteral("Ada"))));
        const QString kept = controller.path();
        controller.close();
        QVERIFY(QFileInfo::exists(kept));

        QVERIFY(!controller.discardUnsaved(elsewhere));
        QVERIFY(controller.errorMessage().contains(QDir::toNativeSeparators(elsewhere)));
        QVERIFY(QFileInfo::exists(elsewhere));
        QVERIFY(controller.discardUnsaved(QUrl::fromLocalFile(kept).toString()));
        QVERIFY(!QFileInfo::exists(kept));
    }

    void saveAsNamesTheWorkspace()
    {
        // Given an unsaved workspace with a persona
        QTemporaryDir dir;
        WorkspaceController controller;
        QVERIFY(controller.newWorkspace());
        QVERIFY(controller.document()->add(persona(QStringLiteral("Ada"))));
        const QString unsaved = controller.path();
        // When it is saved as a name without the suffix, given as a file: URL
        const QString target = dir.filePath(QStringLiteral("Northbank.cxatlas"));
        QVERIFY(controller.saveAs(QUrl::fromLocalFile(dir.filePath(QStringLiteral("Northbank"))).toString()));
        // Then the copy is open, named, remembered, and the unsaved file is gone
        QCOMPARE(controller.path(), target);
        QCOMPARE(controller.title(), QStringLiteral("Northbank"));
        QVERIFY(!controller.isUnsaved());
        QCOMPARE(controller.personaCount(), 1);
        QVERIFY(!QFileInfo::exists(unsaved));
        QCOMPARE(controller.recentFiles()->paths(), QStringList{QFileInfo(target).canonicalFilePath()});
        QVERIFY(controller.errorMessage().isEmpty());

        // And a second Save As keeps the first file as it was
        const QString copy = dir.filePath(QStringLiteral("Copy.cxatlas"));
        QVERIFY(controller.saveAs(copy));
        QVERIFY(QFileInfo::exists(target));
        QCOMPARE(reload(target).personas.size(), 1);
        QCOMPARE(controller.recentFiles()->paths().size(), 2);
    }

    void saveAsFailuresNameTheFileAndKeepTheWorkspace()
    {
        QTemporaryDir dir;
        auto samples = sampleDocument(dir); // holds the lock on samples.cxatlas
        QVERIFY(samples);
        WorkspaceController controller;
        QVERIFY(controller.newWorkspace());
        const QString unsaved = controller.path();

        const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.cxatlas"));
        QVERIFY(!controller.saveAs(missing));
        QVERIFY2(controller.errorMessage().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(controller.errorMessage()));
        QCOMPARE(controller.path(), unsaved);

        QVERIFY(!controller.saveAs(samples->path()));
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("open in CX Atlas")),
                 qPrintable(controller.errorMessage()));
        QCOMPARE(controller.path(), unsaved);
        QCOMPARE(reload(samples->path()).personas.size(), 2);

        controller.clearError();
        QVERIFY(controller.errorMessage().isEmpty());
    }

    void openFailureKeepsTheCurrentWorkspace()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.cxatlas"));
        {
            WorkspaceController maker;
            QVERIFY(maker.newWorkspace());
            QVERIFY(maker.saveAs(good));
        }
        WorkspaceController controller;
        QVERIFY(controller.open(good));
        QCOMPARE(controller.recentFiles()->paths().size(), 1);
        const QString bad = makeBadFile(dir, QStringLiteral("text"));
        QVERIFY(!controller.open(bad));
        QVERIFY(controller.errorMessage().contains(QDir::toNativeSeparators(bad)));
        QCOMPARE(controller.path(), good);
        // Opening what is open already is nothing to do
        QVERIFY(controller.open(QUrl::fromLocalFile(good).toString()));
        QVERIFY(controller.errorMessage().isEmpty());
        QVERIFY(!controller.readOnly());

        // A recent file that went away leaves the list when opening it fails
        controller.close();
        QVERIFY(QFile::remove(good));
        QVERIFY(!controller.open(good));
        QVERIFY(controller.recentFiles()->paths().isEmpty());
    }

    void importJsonMakesAnUnsavedWorkspace()
    {
        WorkspaceController controller;
        QVERIFY(controller.importFile(QStringLiteral(CX_EXAMPLE_JSON)));
        QCOMPARE(controller.title(), QStringLiteral("example"));
        QVERIFY(controller.isUnsaved());
        QVERIFY(controller.hasUnsavedWork());
        QCOMPARE(controller.momentCount(), 52);
        // A second import of the same file gets its own name
        QVERIFY(controller.importFile(QStringLiteral(CX_EXAMPLE_JSON)));
        QCOMPARE(controller.title(), QStringLiteral("example 2"));

        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"version\": 1,");
        broken.close();
        QVERIFY(!controller.importFile(broken.fileName()));
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("broken.json")), qPrintable(controller.errorMessage()));
        QCOMPARE(controller.title(), QStringLiteral("example 2"));
        QCOMPARE(unsavedNames(controller), QStringList{QStringLiteral("example")});
    }

    void undoAndRedoFollowTheStack()
    {
        WorkspaceController controller;
        QVERIFY(controller.newWorkspace());
        QVERIFY(!controller.canUndo());
        QSignalSpy undoState(&controller, &WorkspaceController::undoStateChanged);
        QVERIFY(controller.document()->add(persona(QStringLiteral("Ada"))));
        QVERIFY(undoState.count() > 0);
        QVERIFY(controller.canUndo());
        QVERIFY(!controller.canRedo());
        QCOMPARE(controller.undoText(), QStringLiteral("Add persona “Ada”"));

        controller.undo();
        QCOMPARE(controller.personaCount(), 0);
        QVERIFY(!controller.canUndo());
        QVERIFY(controller.canRedo());
        QCOMPARE(controller.redoText(), QStringLiteral("Add persona “Ada”"));
        controller.redo();
        QCOMPARE(controller.personaCount(), 1);

        // A new workspace has its own, empty history
        undoState.clear();
        controller.close();
        QVERIFY(undoState.count() > 0);
        QVERIFY(!controller.canUndo());
        QVERIFY(controller.undoText().isEmpty());
    }

    void failedEditsReachTheWindow()
    {
        WorkspaceController controller;
        QVERIFY(controller.newWorkspace());
        QSignalSpy failed(&controller, &WorkspaceController::editFailed);
        Stage orphan;
        orphan.title = QStringLiteral("Orphan");
        orphan.journey = newUid();
        QVERIFY(!controller.document()->add(orphan));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!controller.errorMessage().isEmpty());
        QCOMPARE(controller.errorMessage(), failed.constFirst().constFirst().toString());
    }

    void recentFilesAreBoundedAndPruned()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < RecentFiles::maxCount + 2; ++i) {
            files.append(dir.filePath(QStringLiteral("w%1.cxatlas").arg(i)));
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        RecentFiles recent;
        QSignalSpy changed(&recent, &RecentFiles::changed);
        for (const QString &file : std::as_const(files))
            recent.add(file);
        QCOMPARE(changed.count(), files.size());
        QCOMPARE(recent.paths().size(), RecentFiles::maxCount);
        QCOMPARE(recent.paths().constFirst(), QFileInfo(files.last()).canonicalFilePath());
        // Opening one again moves it to the top without a duplicate
        recent.add(files.at(5));
        QCOMPARE(recent.paths().constFirst(), QFileInfo(files.at(5)).canonicalFilePath());
        QCOMPARE(recent.paths().size(), RecentFiles::maxCount);
        const QVariantMap entry = recent.entries().constFirst().toMap();
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("w5"));

        // Kept in the settings; files that went away are pruned when read again
        QVERIFY(QFile::remove(files.at(5)));
        RecentFiles again;
        QCOMPARE(again.paths().size(), RecentFiles::maxCount - 1);
        QVERIFY(!again.paths().contains(QFileInfo(files.at(5)).absoluteFilePath()));
        again.clear();
        QVERIFY(again.paths().isEmpty());
        QVERIFY(RecentFiles().paths().isEmpty());
    }

    void dropsAcceptOneWorkspace()
    {
        WorkspaceController controller;
        const QUrl workspace = QUrl::fromLocalFile(QStringLiteral("/tmp/Northbank.cxatlas"));
        const QUrl pdf = QUrl::fromLocalFile(QStringLiteral("/tmp/map.pdf"));
        QCOMPARE(controller.droppedWorkspace({workspace}), QStringLiteral("/tmp/Northbank.cxatlas"));
        QVERIFY(controller.errorMessage().isEmpty());
        QVERIFY(controller.droppedWorkspace({pdf}).isEmpty());
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("“map.pdf” is not a CX Atlas workspace")),
                 qPrintable(controller.errorMessage()));
        QVERIFY(controller.droppedWorkspace({workspace, pdf}).isEmpty());
        QVERIFY(controller.errorMessage().contains(QStringLiteral("one workspace at a time")));
        QVERIFY(controller.droppedWorkspace({QUrl(QStringLiteral("https://example.org/a.cxatlas"))}).isEmpty());
        QVERIFY(controller.errorMessage().contains(QStringLiteral("not a file on this computer")));
    }

    void dialogsStartWhereTheWorkspaceIs()
    {
        QTemporaryDir dir;
        WorkspaceController controller;
        QVERIFY(controller.newWorkspace());
        QCOMPARE(controller.dialogFolder().toLocalFile(),
                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QCOMPARE(QFileInfo(controller.suggestedSaveFile().toLocalFile()).fileName(),
                 QStringLiteral("Untitled 1.cxatlas"));
        QVERIFY(controller.saveAs(dir.filePath(QStringLiteral("Northbank.cxatlas"))));
        QCOMPARE(controller.dialogFolder().toLocalFile(), dir.path());
    }

    void olderFormatIsUpgradedWithABackupAndSaidOnce()
    {
        const int current = currentSchemaVersion();
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            if (f.version >= current)
                continue;
            // Given a file of an older format
            QTemporaryDir dir;
            const QString path = copyFixture(f, dir);
            const QByteArray hash = fileHash(path);
            const QString backup = path + QStringLiteral(".v%1-backup").arg(f.version);
            // When the window opens it, it is upgraded for editing after a backup was kept
            WorkspaceController controller;
            QVERIFY2(controller.open(path), qPrintable(controller.errorMessage()));
            QVERIFY(!controller.readOnly());
            QCOMPARE(fileHash(backup), hash);
            // and the notice says so, naming the backup
            QCOMPARE(controller.notice(),
                     QStringLiteral("This workspace was upgraded from file format %1 to %2, which older versions "
                                    "of CX Atlas cannot open. The file as it was is kept as “%3”.")
                         .arg(QString::number(f.version), QString::number(current), QDir::toNativeSeparators(backup)));
            QVERIFY(controller.errorMessage().isEmpty());
            // Once: the next opening finds a current file, says nothing and keeps no new backup
            controller.close();
            QVERIFY(controller.open(path));
            QCOMPARE(controller.notice(), QString());
            QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*backup*")}, QDir::Files), QStringList{QFileInfo(backup).fileName()});
        }
    }

    void readOnlyOlderFormatOpensThroughACopy()
    {
        for (const FormatFixture &f : formatFixtures(QStringLiteral(CX_TEST_DATA))) {
            if (f.version >= currentSchemaVersion())
                continue;
            // Given a file of an older format that may not be written (chmod 444)
            QTemporaryDir dir;
            const QString path = copyFixture(f, dir);
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            const QByteArray hash = fileHash(path);
            const QStringList listing = folderListing(dir.path());
            {
                // When the window opens it, it shows it read-only, upgraded in a private copy
                WorkspaceController controller;
                QVERIFY2(controller.open(path), qPrintable(controller.errorMessage()));
                QVERIFY(controller.readOnly());
                QVERIFY(controller.momentCount() > 0);
                const QString notice = controller.notice();
                QVERIFY2(notice.contains(QStringLiteral("is read-only")), qPrintable(notice));
                QVERIFY2(notice.contains(QStringLiteral("It uses the older file format %1: it is shown upgraded to format %2, "
                                                        "and the file itself is not changed.")
                                             .arg(QString::number(f.version), QString::number(currentSchemaVersion()))),
                         qPrintable(notice));
                QVERIFY(!controller.canUndo());
            }
            // Then the file and its folder are as they were: no backup, no journal, no lock
            QCOMPARE(fileHash(path), hash);
            QCOMPARE(folderListing(dir.path()), listing);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceController)
#include "tst_workspacecontroller.moc"
