// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportcontroller.h"
#include "io/mermaidjourney.h"
#include "io/votescsv.h"
#include "io/workspacejsonwriter.h"
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
#include <functional>

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
    width: 1040
    height: 700
    visible: true
    ExportDialog {
        objectName: "dialog"
        workspace: window.workspace
    }
}
)";

} // namespace

// File > Export…: the controller's preview, errors and export on a worker thread, and the
// dialog offscreen, saved as a picture to look at.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), m_path));
    }

    void controllerPreviewsAndExports()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(m_path));
        ExportController exporter;
        exporter.setWorkspace(&workspace);
        exporter.updatePreview();
        QVERIFY2(!exporter.preview().isNull(), qPrintable(exporter.previewMessage()));
        QVERIFY(exporter.pageCount() > 5);
        // The metrics part (hierarchy, trends, drivers) is chosen like the others
        const int withMetrics = exporter.pageCount();
        QVERIFY(exporter.property("metrics").toBool());
        exporter.setProperty("metrics", false);
        exporter.updatePreview();
        QVERIFY2(exporter.pageCount() + 3 <= withMetrics, qPrintable(QString::number(exporter.pageCount())));
        exporter.setProperty("metrics", true);

        // A bad option is told in words, in the preview and when exporting.
        exporter.setProperty("pageSize", QStringLiteral("B5"));
        exporter.updatePreview();
        QVERIFY(exporter.preview().isNull());
        QVERIFY2(exporter.previewMessage().contains(u"B5"), qPrintable(exporter.previewMessage()));
        const QString bad = m_dir.filePath(QStringLiteral("bad.pdf"));
        QVERIFY(!exporter.exportTo(bad));
        QVERIFY(exporter.errorMessage().contains(u"B5"));
        QVERIFY(!QFile::exists(bad));

        // A good export runs on a worker thread, reports progress and finishes.
        exporter.setProperty("pageSize", QStringLiteral("A3"));
        QSignalSpy finished(&exporter, &ExportController::finished);
        QSignalSpy progress(&exporter, &ExportController::progressChanged);
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        QVERIFY(exporter.exportTo(QUrl::fromLocalFile(pdf).toString()));
        QVERIFY(exporter.busy());
        QVERIFY(exporter.waitForFinished());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), pdf);
        QVERIFY(progress.size() > 1);
        QCOMPARE(exporter.progress(), 1.0);
        QVERIFY(exporter.errorMessage().isEmpty());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        // Closed, it renders nothing, whatever changes; opened, it catches up
        exporter.updatePreview();
        QVERIFY(!exporter.preview().isNull());
        QVERIFY(exporter.preview().width() > exporter.preview().height()); // landscape
        exporter.setActive(false);
        QSignalSpy previews(&exporter, &ExportController::previewChanged);
        exporter.setProperty("orientation", QStringLiteral("portrait"));
        Persona p;
        p.title = QStringLiteral("Edited while closed");
        QVERIFY(workspace.document()->add(p));
        QTest::qWait(300);
        QCOMPARE(previews.size(), 0);
        exporter.setActive(true);
        QCOMPARE(previews.size(), 1);
        QVERIFY(exporter.preview().height() > exporter.preview().width()); // portrait now
        workspace.undo(); // the other tests' screenshots show the example as it is

        exporter.setProperty("format", QStringLiteral("png"));
        exporter.setProperty("dpi", 0);
        exporter.updatePreview();
        QVERIFY(exporter.previewMessage().contains(u"resolution"));
        exporter.setProperty("dpi", 96);
        exporter.updatePreview();
        QVERIFY2(!exporter.preview().isNull(), qPrintable(exporter.previewMessage()));
    }

    // The formats other tools read, from the same dialog: a text preview and the same bytes as
    // cxatlas export writes.
    void controllerExportsDataFormats()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(m_path));
        ExportController exporter;
        exporter.setWorkspace(&workspace);
        exporter.setProperty("format", QStringLiteral("json"));
        QVERIFY(exporter.isData());
        exporter.updatePreview();
        QVERIFY2(exporter.previewText().startsWith(u'{'), qPrintable(exporter.previewMessage()));
        QVERIFY(exporter.preview().isNull());
        QVERIFY(exporter.suggestedFile().toLocalFile().endsWith(u".json"));
        const QString json = m_dir.filePath(QStringLiteral("out.json"));
        QVERIFY(exporter.exportTo(json));
        QVERIFY(exporter.waitForFinished());
        QVERIFY2(exporter.errorMessage().isEmpty(), qPrintable(exporter.errorMessage()));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), WorkspaceJsonWriter::write(workspace.document()->workspace()));

        // A Mermaid diagram needs one journey: said in the preview and refused, then written
        exporter.setProperty("format", QStringLiteral("mermaid"));
        exporter.updatePreview();
        QVERIFY(exporter.previewText().isEmpty());
        QVERIFY2(exporter.previewMessage().contains(u"one journey"), qPrintable(exporter.previewMessage()));
        const QString mmd = m_dir.filePath(QStringLiteral("out.mmd"));
        QVERIFY(!exporter.exportTo(mmd));
        QVERIFY(!QFile::exists(mmd));
        const QString journey = exporter.journeys().constFirst().toMap().value(QStringLiteral("uid")).toString();
        exporter.setProperty("journey", journey);
        exporter.updatePreview();
        QVERIFY2(exporter.previewText().startsWith(u"journey"), qPrintable(exporter.previewMessage()));
        QVERIFY(exporter.suggestedFile().toLocalFile().endsWith(u".mmd"));
        QVERIFY(exporter.exportTo(mmd));
        QVERIFY(exporter.waitForFinished());
        QFile diagram(mmd);
        QVERIFY(diagram.open(QIODevice::ReadOnly));
        QCOMPARE(diagram.readAll(), MermaidJourney::write(workspace.document()->workspace(), uidFromText(journey)));

        // CSV of that journey: a header and one row per moment
        exporter.setProperty("format", QStringLiteral("csv"));
        exporter.updatePreview();
        QVERIFY2(exporter.previewText().startsWith(u"id,"), qPrintable(exporter.previewText().left(80)));

        // The CSV of votes: offered like the other data formats, named so it does not replace
        // the CSV of moments
        exporter.setProperty("format", QStringLiteral("votes-csv"));
        exporter.updatePreview();
        QVERIFY2(exporter.previewText().startsWith(u"round,round started,"), qPrintable(exporter.previewText().left(80)));
        QVERIFY(exporter.suggestedFile().toLocalFile().endsWith(u"-votes.csv"));
        const QString votes = m_dir.filePath(QStringLiteral("votes.csv"));
        QVERIFY(exporter.exportTo(votes));
        QVERIFY(exporter.waitForFinished());
        QVERIFY2(exporter.errorMessage().isEmpty(), qPrintable(exporter.errorMessage()));
        QFile votesFile(votes);
        QVERIFY(votesFile.open(QIODevice::ReadOnly));
        QCOMPARE(votesFile.readAll(), VotesCsv::write(workspace.document()->workspace(), uidFromText(journey)));
    }

    void dialogScreenshot()
    {
        WorkspaceController workspace;
        QVERIFY(workspace.open(m_path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *dialog = window->findChild<QObject *>(QStringLiteral("dialog"));
        QVERIFY(dialog);
        QMetaObject::invokeMethod(dialog, "open");
        QTest::qWait(400);
        auto *exporter = dialog->property("exporter").value<ExportController *>();
        QVERIFY(exporter);
        QTRY_VERIFY(!exporter->preview().isNull());
        // The parts' check boxes come from a Repeater: found through the item tree
        const std::function<QQuickItem *(QQuickItem *)> find = [&](QQuickItem *item) -> QQuickItem * {
            if (item->objectName() == u"part-metrics")
                return item;
            for (QQuickItem *child : item->childItems()) {
                if (QQuickItem *found = find(child))
                    return found;
            }
            return nullptr;
        };
        QQuickItem *metricsPart = find(window->contentItem());
        QVERIFY(metricsPart && metricsPart->isVisible() && metricsPart->property("checked").toBool());
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/export-dialog-pdf.png")));

        exporter->setProperty("format", QStringLiteral("png"));
        exporter->updatePreview();
        QTest::qWait(200);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/export-dialog-png.png")));

        exporter->setProperty("format", QStringLiteral("json"));
        exporter->updatePreview();
        QTest::qWait(200);
        auto *text = window->findChild<QQuickItem *>(QStringLiteral("previewText"));
        QVERIFY(text && text->isVisible());
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/export-dialog-json.png")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
