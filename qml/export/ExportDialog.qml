// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// File > Export…: the format (PDF, SVG or PNG), what to draw and how, a preview of the first
// page, and a progress bar while the file is written. Errors stay in the dialog, in words.
Dialog {
    id: root

    required property WorkspaceController workspace
    readonly property ExportController exporter: exporter
    readonly property bool isPdf: exporter.format === "pdf"

    signal exported(path: string)

    anchors.centerIn: parent
    width: Math.min(980, parent ? parent.width - 40 : 980)
    height: Math.min(640, parent ? parent.height - 40 : 640)
    padding: Theme.spacing
    modal: true
    title: qsTr("Export")

    ExportController {
        id: exporter

        workspace: root.workspace
        active: root.visible
        onFinished: path => {
            root.exported(path)
            root.close()
        }
    }
    // Preferences' PDF defaults, when they change while the dialog exists.
    Connections {
        target: Preferences
        function onPdfPageSizeChanged() { exporter.pageSize = Preferences.pdfPageSize }
        function onPdfOrientationChanged() { exporter.orientation = Preferences.pdfOrientation }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Export To")
        fileMode: FileDialog.SaveFile
        defaultSuffix: exporter.format === "mermaid" ? "mmd" : exporter.format === "votes-csv" ? "csv" : exporter.format
        nameFilters: {
            switch (exporter.format) {
            case "pdf": return [qsTr("PDF documents (*.pdf)")];
            case "svg": return [qsTr("SVG pictures (*.svg)")];
            case "png": return [qsTr("PNG pictures (*.png)")];
            case "json": return [qsTr("Workspace JSON (*.json)")];
            case "csv":
            case "votes-csv": return [qsTr("CSV tables (*.csv)")];
            case "mermaid": return [qsTr("Mermaid diagrams (*.mmd)")];
            case "graphml": return [qsTr("GraphML graphs (*.graphml)")];
            default: return [qsTr("Graphviz DOT graphs (*.dot)")];
            }
        }
        onAccepted: exporter.exportTo(fileDialog.selectedFile.toString())
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ExportOptionsPanel {
            Layout.preferredWidth: 330
            Layout.fillHeight: true
            exporter: exporter
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.smallSpacing

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.sidebar
                border.color: Theme.border
                radius: Theme.radius

                ExportPreview {
                    objectName: "preview"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    visible: !exporter.isData
                    controller: exporter
                }
                ScrollView {
                    objectName: "previewText"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    visible: exporter.isData && exporter.previewText !== ""
                    clip: true

                    Label {
                        textFormat: Text.PlainText
                        text: exporter.previewText
                        font.family: "monospace"
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    visible: exporter.previewMessage !== ""
                    text: exporter.previewMessage
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.isPdf ? qsTr("First page of %n", "", exporter.pageCount)
                    : exporter.isData ? qsTr("The start of the file") : qsTr("Preview")
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
            }
            Label {
                textFormat: Text.PlainText
                objectName: "error"
                Layout.fillWidth: true
                visible: exporter.errorMessage !== ""
                text: exporter.errorMessage
                color: Theme.errorText
                wrapMode: Text.Wrap
                padding: Theme.smallSpacing
                background: Rectangle { color: Theme.error; radius: Theme.radius }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                ProgressBar {
                    objectName: "progress"
                    Layout.fillWidth: true
                    visible: exporter.busy
                    value: exporter.progress
                }
                Item { Layout.fillWidth: true; visible: !exporter.busy }
                Button {
                    text: exporter.busy ? qsTr("Stop") : qsTr("Cancel")
                    onClicked: exporter.busy ? exporter.cancel() : root.close()
                }
                Button {
                    objectName: "exportButton"
                    text: qsTr("Export…")
                    highlighted: true
                    enabled: !exporter.busy && exporter.previewMessage === ""
                    onClicked: {
                        fileDialog.selectedFile = exporter.suggestedFile()
                        fileDialog.open()
                    }
                }
            }
        }
    }
}
