// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "darkpalette.h"
#include "personas/personaeditor.h"
#include "personas/personagallery.h"
#include "qmlhost.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;
using cx::test::darkPalette;

namespace {

// The window's palette as Main.qml sets it, so controls follow the Theme as in the app.
const QByteArray host = R"(
import QtQuick
import CxAtlas
import CxAtlas.App
Window {
    id: window
    required property WorkspaceController workspace
    width: 1100
    height: 760
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
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.border
    palette.disabled.windowText: Theme.disabledText
    palette.disabled.buttonText: Theme.disabledText
    palette.disabled.text: Theme.disabledText
    PersonasPage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

// A portrait-like picture to use as a photo: a face of circles on a gradient.
QString makePhoto(const QTemporaryDir &dir)
{
    QImage image(800, 600, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, 600);
    gradient.setColorAt(0, QColor(0x8e, 0xc5, 0xfc));
    gradient.setColorAt(1, QColor(0xe0, 0xc3, 0xfc));
    painter.fillRect(image.rect(), gradient);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x6b, 0x4f, 0x3a));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPointF(400, 620), 230, 200);
    painter.setBrush(QColor(0xf1, 0xc2, 0x9a));
    painter.drawEllipse(QPointF(400, 280), 140, 160);
    painter.end();
    const QString path = dir.filePath(QStringLiteral("face.jpg"));
    image.save(path, "JPEG");
    return path;
}

} // namespace

// The example's personas offscreen, saved as pictures to look at: the gallery, the editor and
// the comparison of two revisions, in light and dark.
class TestPersonasView : public QObject
{
    Q_OBJECT

private:
    void shoot(bool dark)
    {
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("page"));
        QVERIFY(page);
        auto *gallery = page->property("gallery").value<PersonaGallery *>();
        auto *editor = page->property("editor").value<PersonaEditor *>();
        QVERIFY(gallery && editor);
        QCOMPARE(gallery->total(), 3);

        // One persona with a photo, so the gallery shows both kinds of face.
        const QString first = gallery->model()->uidAt(0);
        editor->setPersona(first);
        QVERIFY(editor->setPhotoFile(makePhoto(dir)));
        editor->setPersona({});

        const QString mode = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/personas-gallery-%1.png").arg(mode)));

        // The editor, with a revision recorded and a field changed since.
        QMetaObject::invokeMethod(page, "open", Q_ARG(QString, first));
        QVERIFY(!editor->recordRevision(QStringLiteral("Baseline from the 2025 survey"), QStringLiteral("Kick-off")).isEmpty());
        QVERIFY(editor->setField(QStringLiteral("quote"), QStringLiteral("If I can open it on the train home, it stays.")));
        QVERIFY(editor->addItem(QStringLiteral("goals"), QStringLiteral("See fees before signing"), 0) == 0);
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/personas-editor-%1.png").arg(mode)));

        auto *editorView = page->property("editorView").value<QQuickItem *>();
        QVERIFY(editorView);
        // Further down: the texts, the evidence and the older revisions.
        auto *scroll = editorView->property("scrollView").value<QQuickItem *>();
        QVERIFY(scroll);
        auto *flickable = scroll->property("contentItem").value<QQuickItem *>();
        QVERIFY(flickable);
        flickable->setProperty("contentY", flickable->property("contentHeight").toReal() - flickable->height());
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/personas-editor-end-%1.png").arg(mode)));
        flickable->setProperty("contentY", 0);
        auto *dialog = editorView->property("compareDialog").value<QObject *>();
        QVERIFY(dialog);
        const QString revision = editor->revisions().constLast().toMap().value(QStringLiteral("uid")).toString();
        QMetaObject::invokeMethod(dialog, "show", Q_ARG(QString, revision), Q_ARG(QString, QString()));
        QTest::qWait(300);
        QCOMPARE(dialog->property("changedCount").toInt(), 2);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/personas-compare-%1.png").arg(mode)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void light() { shoot(false); }
    void dark() { shoot(true); }
};

QTEST_MAIN(TestPersonasView)
#include "tst_personasview.moc"
