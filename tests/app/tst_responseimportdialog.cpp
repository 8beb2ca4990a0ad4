// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The survey-response import dialog (issue 13) offscreen, reached as File > Import… reaches it:
// a file chosen or dropped there is handed over; the score column changed in its picker; the
// preview and the bad rows; skipping them and Import clicked; pictures in light and dark, at
// the window's smallest size and a roomy one, saved to look at.
#include "samples.h"
#include "darkpalette.h"
#include "document/document.h"
#include "import/importcontroller.h"
#include "import/responseimportcontroller.h"
#include "metrics/responsechanges.h"
#include "qmlhost.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;
using namespace Qt::StringLiterals;

namespace {

// The window's palette as Main.qml sets it, so the controls follow the Theme as in the app.
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
    color: Theme.window
    palette.window: Theme.window
    palette.active.windowText: Theme.text
    palette.inactive.windowText: Theme.text
    palette.base: Theme.base
    palette.alternateBase: Theme.surface
    palette.active.text: Theme.text
    palette.inactive.text: Theme.text
    palette.button: Theme.button
    palette.active.buttonText: Theme.text
    palette.inactive.buttonText: Theme.text
    palette.brightText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.light: Qt.lighter(Theme.button, 1.25)
    palette.midlight: Qt.lighter(Theme.button, 1.1)
    palette.mid: Theme.border
    palette.dark: Qt.darker(Theme.button, 1.4)
    palette.shadow: Theme.dark ? "#000000" : "#80000000"
    palette.disabled.windowText: Theme.disabledText
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.text: Theme.disabledText
    ImportDialog {
        objectName: "importDialog"
        workspace: window.workspace
    }
}
)";

QString fixture(const char *name)
{
    return QStringLiteral(CX_RESPONSES "/") + QString::fromLatin1(name);
}

void click(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

// An item of the response dialog by its object name (File > Import…'s dialog has its own
// "importButton" and "error").
QQuickItem *part(QObject *dialog, const QString &name)
{
    return dialog->findChild<QQuickItem *>(name);
}

// Picks an entry of a combo box as a user does: the box's activated(index).
void activate(QQuickItem *combo, int index)
{
    combo->setProperty("currentIndex", index);
    QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index));
}

} // namespace

class TestResponseImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    QString exampleCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("example-%1.cxatlas").arg(++m_copies));
        if (!QFile::copy(QStringLiteral(CX_EXAMPLE), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // Its metrics as before any survey was imported.
        return dropResponses(path) ? path : QString();
    }

    // The response dialog, handed a file by File > Import…'s dialog as a drop or a choice would.
    static QObject *openOn(QQuickWindow *window, const QString &file)
    {
        auto *importDialog = window->findChild<QObject *>(u"importDialog"_s);
        if (!importDialog)
            return nullptr;
        QMetaObject::invokeMethod(importDialog, "openWith", Q_ARG(QVariant, QUrl::fromLocalFile(file)));
        QVariant dialog;
        QMetaObject::invokeMethod(importDialog, "responseDialog", Q_RETURN_ARG(QVariant, dialog));
        return dialog.value<QObject *>();
    }

    static ResponseImportController *controllerOf(QObject *dialog)
    {
        return dialog ? dialog->property("controller").value<ResponseImportController *>() : nullptr;
    }

    void shoot(QQuickWindow *window, const QString &name)
    {
        QTest::qWait(250); // the popup's enter transition
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/") + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(WorkspaceController::unsavedFolder()).removeRecursively();
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        QVERIFY(ImportController::isImportable(QUrl::fromLocalFile(u"/tmp/answers.csv"_s)));
        QVERIFY(ImportController::isResponseFile(QUrl::fromLocalFile(u"/tmp/answers.tsv"_s)));
        QVERIFY(!ImportController::isResponseFile(QUrl::fromLocalFile(u"/tmp/a.json"_s)));
    }

    // A user's way through: the file handed over, the score column changed and back, the moment
    // column set to none, the bad rows looked at, skipped, and Import clicked.
    void importsOnClick()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(exampleCopy()));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        QObject *dialog = openOn(window, fixture("bad-rows.csv"));
        ResponseImportController *controller = controllerOf(dialog);
        QVERIFY(controller);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(!window->findChild<QObject *>(u"importDialog"_s)->property("visible").toBool());
        QVERIFY(controller->waitForFinished());
        QCOMPARE(controller->sourceName(), u"bad-rows.csv"_s);
        Result error;
        const auto nps = ResponseChanges::findMetric(workspace.document()->workspace(), u"Net Promoter Score"_s, &error);
        QVERIFY(nps);

        auto *metric = part(dialog, u"metric"_s);
        QVERIFY(metric);
        int npsIndex = -1;
        QMetaObject::invokeMethod(metric, "indexOfValue", Q_RETURN_ARG(int, npsIndex), Q_ARG(QVariant, uidText(*nps)));
        QVERIFY(npsIndex >= 0);
        activate(metric, npsIndex);
        QCOMPARE(controller->metric(), uidText(*nps));
        QVERIFY(controller->waitForFinished());

        // The score column moved to the segments: every row's score is "not a number"
        auto *score = part(dialog, u"scoreColumn"_s);
        auto *moment = part(dialog, u"momentColumn"_s);
        QVERIFY(score && moment);
        QCOMPARE(score->property("currentIndex").toInt(), 2); // "(none)" first, then score
        activate(score, 4);
        QCOMPARE(controller->scoreColumn(), 3);
        QVERIFY(controller->waitForFinished());
        QCOMPARE(controller->goodCount(), 0);
        QVERIFY2(controller->blockedReason().contains(u"None of the rows"_s), qPrintable(controller->blockedReason()));
        activate(score, 2);
        activate(moment, 0); // the touchpoints are no moments of the example
        QVERIFY(controller->waitForFinished());
        QCOMPARE(controller->scoreColumn(), 1);
        QCOMPARE(controller->momentColumn(), -1);
        QCOMPARE(controller->badCount(), 9);

        // The preview shows the rows, the bad ones with their problem; Import is off and says why
        auto *preview = part(dialog, u"previewTable"_s);
        QVERIFY(preview);
        QTRY_COMPARE(preview->property("count").toInt(), 13);
        auto *button = part(dialog, u"importButton"_s);
        auto *reason = part(dialog, u"blockedReason"_s);
        QVERIFY(button && reason);
        QVERIFY(!button->isEnabled());
        QVERIFY(reason->isVisible());
        QVERIFY(reason->property("text").toString().startsWith(u"9 row(s) are bad"_s));
        shoot(window, u"response-import-bad-rows"_s);

        auto *badTab = part(dialog, u"badRowsTab"_s);
        QVERIFY(badTab);
        click(window, badTab);
        auto *badList = part(dialog, u"badRowList"_s);
        QVERIFY(badList);
        QTRY_VERIFY(badList->isVisible());
        QCOMPARE(badList->property("count").toInt(), 9);
        shoot(window, u"response-import-bad-rows-list"_s);

        // Skip the bad rows, Import: one undo step, the dialog closes
        const int steps = workspace.document()->undoStack()->count();
        auto *skip = part(dialog, u"skipBadRows"_s);
        QVERIFY(skip && skip->isVisible());
        click(window, skip);
        QVERIFY(controller->skipBadRows());
        QTRY_VERIFY(button->isEnabled());
        QSignalSpy imported(controller, &ResponseImportController::imported);
        click(window, button);
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(workspace.document()->undoStack()->count(), steps + 1);
        QCOMPARE(workspace.document()->workspace().batchesOf(*nps).constFirst().responses.size(), 4);
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    // What the Metrics view calls: the dialog on a metric, asking for the file; keyboard first.
    void opensForAMetric()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(exampleCopy()));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        Result error;
        const auto csat = ResponseChanges::findMetric(workspace.document()->workspace(), u"Post-contact CSAT"_s, &error);
        QVERIFY(csat);
        auto *importDialog = window->findChild<QObject *>(u"importDialog"_s);
        QVERIFY(importDialog);
        QMetaObject::invokeMethod(importDialog, "openFor", Q_ARG(QString, uidText(*csat)));
        QVariant found;
        QMetaObject::invokeMethod(importDialog, "responseDialog", Q_RETURN_ARG(QVariant, found));
        QObject *dialog = found.value<QObject *>();
        ResponseImportController *controller = controllerOf(dialog);
        QVERIFY(controller);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(controller->metric(), uidText(*csat));
        QCOMPARE(controller->scale(), u"csat"_s);
        auto *files = dialog->findChild<QObject *>(u"responsesFileDialog"_s);
        QVERIFY(files && files->property("visible").toBool());
        QMetaObject::invokeMethod(files, "reject");
        QVERIFY(controller->load(fixture("csat-semicolon.csv")));
        QVERIFY(controller->waitForFinished());
        controller->setMomentColumn(-1);
        QVERIFY(controller->waitForFinished());
        QVERIFY2(controller->ready(), qPrintable(controller->blockedReason() + controller->errorMessage()));

        // Tab reaches the controls in order, from the metric on; Escape closes
        auto *metric = part(dialog, u"metric"_s);
        metric->forceActiveFocus();
        QVERIFY(metric->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Tab);
        QVERIFY(part(dialog, u"scale"_s)->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Tab);
        QVERIFY(part(dialog, u"dateColumn"_s)->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(!controller->loaded()); // forgotten on closing
    }

    // Pictures to look at: each fixture in light and dark, roomy and at the window's smallest.
    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light") << false << QSize(900, 640);
        QTest::newRow("dark") << true << QSize(900, 640);
        QTest::newRow("light-small") << false << QSize(640, 420);
        QTest::newRow("dark-small") << true << QSize(640, 420);
    }
    void screenshots()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
        WorkspaceController workspace;
        QVERIFY(workspace.open(exampleCopy()));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        window->resize(size);
        const QString suffix = u"-"_s + QString::fromLatin1(QTest::currentDataTag());
        Result error;
        const auto nps = ResponseChanges::findMetric(workspace.document()->workspace(), u"Net Promoter Score"_s, &error);
        QVERIFY(nps);

        for (const char *name : {"bad-rows.csv", "nps-comma.csv"}) {
            QObject *dialog = openOn(window, fixture(name));
            ResponseImportController *controller = controllerOf(dialog);
            QVERIFY(controller);
            QVERIFY(controller->waitForFinished());
            controller->setMetric(uidText(*nps));
            controller->setMomentColumn(-1);
            QVERIFY(controller->waitForFinished());
            QVERIFY(controller->loaded());
            shoot(window, u"response-import-"_s + QFileInfo(QString::fromLatin1(name)).baseName() + suffix);
            QMetaObject::invokeMethod(dialog, "close");
            QTRY_VERIFY(!dialog->property("visible").toBool());
        }
        // A file refused by its encoding: the error in words
        QObject *dialog = openOn(window, fixture("latin1.csv"));
        QVERIFY(controllerOf(dialog)->waitForFinished());
        QVERIFY(!controllerOf(dialog)->errorMessage().isEmpty());
        shoot(window, u"response-import-latin1"_s + suffix);
        QGuiApplication::setPalette(QPalette());
    }
};

QTEST_MAIN(TestResponseImportDialog)
#include "tst_responseimportdialog.moc"
