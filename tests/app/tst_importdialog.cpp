// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importcontroller.h"
#include "qmlhost.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

const QByteArray host = R"(
import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App
ApplicationWindow {
    id: window
    required property WorkspaceController workspace
    width: 900
    height: 640
    visible: true
    ImportDialog {
        objectName: "dialog"
        workspace: window.workspace
    }
}
)";

const QString mermaid = QStringLiteral(CX_MERMAID_DIR "/full-grammar.mmd");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return f.fileName();
}

bool loadAndWait(ImportController &importer, const QString &path)
{
    return importer.load(QUrl::fromLocalFile(path).toString()) && importer.waitForFinished();
}

} // namespace

// File > Import…: the controller's preview, merge check and both ways in, and the dialog
// offscreen, clicked through and saved as pictures to look at.
class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // A fresh copy of the example for each test that changes it.
    QString exampleCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(QStringLiteral(CX_EXAMPLE), path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(WorkspaceController::unsavedFolder()).removeRecursively();
    }

    void previewsWhatAFileHolds()
    {
        WorkspaceController workspace;
        ImportController importer;
        importer.setWorkspace(&workspace);
        QVERIFY(!importer.canMerge());
        QVERIFY(importer.load(QStringLiteral(CX_EXAMPLE_JSON)));
        QVERIFY(importer.busy());
        QVERIFY(importer.phase().contains(u"example.json"));
        QVERIFY(!importer.ready());
        QVERIFY(importer.waitForFinished());
        QVERIFY2(importer.loaded(), qPrintable(importer.errorMessage()));
        QCOMPARE(importer.formatName(), QStringLiteral("Workspace JSON"));
        QCOMPARE(importer.sourceName(), QStringLiteral("example.json"));
        // (Untranslated plural forms here: the application installs English ones, "52 moments".)
        QVERIFY2(importer.contents().contains(u"52 moment(s)"), qPrintable(importer.contents().join(u", ")));
        QVERIFY(importer.contents().contains(u"3 persona(s)"));
        QVERIFY(importer.contents().constLast().endsWith(u"link(s)"));
        QVERIFY(!importer.journeys().isEmpty());
        const QVariantMap first = importer.journeys().constFirst().toMap();
        QVERIFY(!first.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(first.value(QStringLiteral("moments")).toInt() > 0);
        // No workspace open: only a new one
        QVERIFY(importer.mergeSummary().isEmpty());
        QVERIFY(importer.ready());
        importer.setMode(QStringLiteral("merge"));
        QVERIFY(!importer.ready());
        QVERIFY(!importer.importNow());
        QVERIFY(importer.errorMessage().contains(u"new workspace"));
    }

    void importsIntoANewWorkspace()
    {
        WorkspaceController workspace;
        ImportController importer;
        importer.setWorkspace(&workspace);
        QVERIFY(loadAndWait(importer, mermaid));
        QCOMPARE(importer.formatName(), QStringLiteral("Mermaid journey diagram"));
        QSignalSpy imported(&importer, &ImportController::imported);
        QVERIFY(importer.importNow());
        QVERIFY(importer.busy());
        QVERIFY(importer.waitForFinished());
        QCOMPARE(imported.size(), 1);
        QVERIFY2(workspace.isOpen(), qPrintable(importer.errorMessage()));
        QVERIFY(workspace.isUnsaved());
        QCOMPARE(workspace.title(), QStringLiteral("full-grammar"));
        QCOMPARE(workspace.journeyCount(), 1);
        QCOMPARE(workspace.momentCount(), 6);
        // The signal names the journey the file brought, for the canvas to show
        const Uid journey = uidFromText(imported.at(0).at(0).toString());
        QCOMPARE(workspace.document()->workspace().journeys.value(journey).title, QStringLiteral("My working day"));
    }

    void mergesIntoTheOpenWorkspaceAsOneUndoStep()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(exampleCopy(QStringLiteral("merge.cxatlas"))));
        const int moments = workspace.momentCount();
        const int journeys = workspace.journeyCount();
        ImportController importer;
        importer.setWorkspace(&workspace);
        QVERIFY(importer.canMerge());
        importer.setMode(QStringLiteral("merge"));
        QVERIFY(loadAndWait(importer, mermaid));
        QVERIFY(importer.conflicts().isEmpty());
        QCOMPARE(importer.mergeSummary(), QStringLiteral("Adds 2 persona(s), 1 journey(s), 3 stage(s), 1 lane(s), 6 moment(s) and 2 link(s)."));
        QVERIFY(importer.ready());
        QSignalSpy imported(&importer, &ImportController::imported);
        QVERIFY(importer.importNow());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(workspace.momentCount(), moments + 6);
        QCOMPARE(workspace.journeyCount(), journeys + 1);
        QVERIFY(workspace.undoText().startsWith(u"Import"));
        workspace.undo();
        QCOMPARE(workspace.momentCount(), moments);
        QCOMPARE(workspace.journeyCount(), journeys);
        workspace.redo();
        QCOMPARE(workspace.momentCount(), moments + 6);

        // A diagram has no ids: the same file again is another journey, but its actors are the
        // personas the first merge made, not copies of them
        const int personas = workspace.personaCount();
        QVERIFY(loadAndWait(importer, mermaid));
        QCOMPARE(importer.mergeSummary(), QStringLiteral("Adds 1 journey(s), 3 stage(s), 1 lane(s), 6 moment(s) and 2 link(s). "
                                                         "2 record(s) already in the workspace stay as they are."));
        QVERIFY(importer.importNow());
        QCOMPARE(workspace.personaCount(), personas);
        QCOMPARE(workspace.journeyCount(), journeys + 2);

        // Workspace JSON keeps its ids: the example into itself adds nothing, and says so
        QVERIFY(loadAndWait(importer, QStringLiteral(CX_EXAMPLE_JSON)));
        QVERIFY2(importer.mergeSummary().startsWith(u"Adds nothing"), qPrintable(importer.mergeSummary()));
        QVERIFY(importer.ready());
    }

    void conflictsAreShownAndChangeNothing()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(exampleCopy(QStringLiteral("conflict.cxatlas"))));
        QFile json(QStringLiteral(CX_EXAMPLE_JSON));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        // The example's own records, one of them renamed: a conflict with the open example
        const qsizetype at = text.indexOf("\"title\": \"");
        QVERIFY(at > 0);
        text.insert(at + 10, "Renamed ");
        const QString edited = write(m_dir, QStringLiteral("edited.json"), text);

        ImportController importer;
        importer.setWorkspace(&workspace);
        importer.setMode(QStringLiteral("merge"));
        QVERIFY(loadAndWait(importer, edited));
        QVERIFY(importer.loaded());
        QCOMPARE(importer.conflicts().size(), 1);
        QVERIFY2(importer.conflicts().constFirst().contains(u"different content"), qPrintable(importer.conflicts().join(u'\n')));
        QVERIFY(!importer.ready());
        QVERIFY(!importer.importNow());
        QVERIFY2(importer.errorMessage().contains(u"Nothing was imported"), qPrintable(importer.errorMessage()));
        QVERIFY(!workspace.canUndo());
        // As a new workspace it is fine
        importer.setMode(QStringLiteral("new"));
        QVERIFY(importer.ready());
    }

    void badFilesAreToldByName()
    {
        WorkspaceController workspace;
        ImportController importer;
        importer.setWorkspace(&workspace);
        QVERIFY(loadAndWait(importer, write(m_dir, QStringLiteral("broken.json"), "{\n  \"version\": 1,\n")));
        QVERIFY(!importer.loaded());
        QVERIFY2(importer.errorMessage().contains(u"broken.json") && importer.errorMessage().contains(u"line 2"),
                 qPrintable(importer.errorMessage()));
        QVERIFY(!importer.ready());
        QVERIFY(loadAndWait(importer, write(m_dir, QStringLiteral("bad.mmd"), "journey\n  section A\n  Task without score\n")));
        QVERIFY2(importer.errorMessage().contains(u"bad.mmd") && importer.errorMessage().contains(u"line 3"),
                 qPrintable(importer.errorMessage()));
        QVERIFY(loadAndWait(importer, write(m_dir, QStringLiteral("letter.txt"), "Dear team,\n")));
        QVERIFY2(importer.errorMessage().contains(u"neither"), qPrintable(importer.errorMessage()));
        QVERIFY(!importer.load(QString()));
        QVERIFY(!workspace.isOpen());

        // A file read after the dialog closed is not shown
        QVERIFY(importer.load(QStringLiteral(CX_EXAMPLE_JSON)));
        importer.reset();
        QVERIFY(importer.waitForFinished());
        QVERIFY(!importer.loaded());
        QVERIFY(importer.errorMessage().isEmpty());

        QVERIFY(ImportController::isImportable(QUrl::fromLocalFile(QStringLiteral("/tmp/a.MMD"))));
        QVERIFY(ImportController::isImportable(QUrl::fromLocalFile(QStringLiteral("/tmp/a.json"))));
        QVERIFY(!ImportController::isImportable(QUrl::fromLocalFile(QStringLiteral("/tmp/a.cxatlas"))));
        QVERIFY(!ImportController::isImportable(QUrl(QStringLiteral("https://example.org/a.json"))));
    }

    // The dialog as a user meets it: open on a file, see the preview, click Import.
    void dialogMergesOnClick()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(exampleCopy(QStringLiteral("dialog.cxatlas"))));
        const int moments = workspace.momentCount();
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *dialog = window->findChild<QObject *>(QStringLiteral("dialog"));
        QVERIFY(dialog);
        auto *importer = dialog->property("importer").value<ImportController *>();
        QVERIFY(importer);
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));

        QMetaObject::invokeMethod(dialog, "openWith", Q_ARG(QVariant, QUrl::fromLocalFile(mermaid)));
        QVERIFY(importer->waitForFinished());
        QTRY_VERIFY(importer->loaded());
        QCOMPARE(importer->mode(), QStringLiteral("merge"));
        QTest::qWait(300);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/import-dialog-merge.png")));

        auto *button = window->findChild<QQuickItem *>(QStringLiteral("importButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        QSignalSpy imported(importer, &ImportController::imported);
        const QPointF centre = button->mapToScene(QPointF(button->width() / 2, button->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(workspace.momentCount(), moments + 6);
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // A conflicting file: the dialog shows why and Import stays off
        QFile json(QStringLiteral(CX_EXAMPLE_JSON));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        text.insert(text.indexOf("\"title\": \"") + 10, "Renamed ");
        QMetaObject::invokeMethod(dialog, "openWith",
                                  Q_ARG(QVariant, QUrl::fromLocalFile(write(m_dir, QStringLiteral("clash.json"), text))));
        QVERIFY(importer->waitForFinished());
        QTRY_VERIFY(importer->loaded());
        QVERIFY(!button->isEnabled());
        auto *conflicts = window->findChild<QQuickItem *>(QStringLiteral("conflicts"));
        QVERIFY(conflicts && conflicts->isVisible());
        QTest::qWait(300);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/import-dialog-conflict.png")));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
