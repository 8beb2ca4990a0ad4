// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// File > Import…: choose workspace JSON or a Mermaid journey diagram, see what it holds and
// what merging it would do, then bring it in as a new workspace or into the open one. The
// file is read and checked on a worker while a busy bar runs; errors stay here, in words.
// A file of survey responses (.csv, .tsv, .txt), chosen or dropped, goes to the survey-response
// import dialog instead (made on first use), which openFor() also opens for a given metric.
Dialog {
    id: root

    required property WorkspaceController workspace
    readonly property ImportController importer: importer
    // Runs an action that replaces the open workspace once its unsaved work is safe
    // (Main's whenSafe); by default at once.
    property var guard: action => action()

    signal imported(journey: string)
    signal responsesImported(metric: string)

    // Opens the dialog on a file already chosen (a drop, the start page); survey responses
    // open the survey-response import dialog instead.
    function openWith(url) {
        if (importer.isResponseFile(url)) {
            root.close();
            root.responseDialog().openWith(url);
            return;
        }
        root.open();
        importer.load(url.toString());
    }
    // The survey-response import dialog, asking for a file of responses for the metric (uid).
    function openFor(metricUid: string) {
        root.responseDialog().openFor(metricUid);
    }
    // Made on first use, from its file: Qt 6.4's Loader refuses an inline bound component.
    function responseDialog() {
        if (responseLoader.status === Loader.Null)
            responseLoader.setSource(Qt.resolvedUrl("ResponseImportDialog.qml"),
                                     { workspace: root.workspace, parent: root.parent, objectName: "responseImportDialog" });
        return responseLoader.item;
    }
    function chooseFile() {
        fileDialog.currentFolder = root.workspace.dialogFolder();
        fileDialog.open();
    }

    anchors.centerIn: parent
    width: Math.min(700, parent ? parent.width - 40 : 700)
    height: Math.min(560, parent ? parent.height - 40 : 560)
    padding: Theme.spacing
    modal: true
    title: qsTr("Import")
    onAboutToShow: importer.mode = importer.canMerge ? "merge" : "new"
    onClosed: importer.reset()

    ImportController {
        id: importer

        workspace: root.workspace
        onImported: journey => {
            root.imported(journey)
            root.close()
        }
    }

    FileDialog {
        id: fileDialog

        objectName: "importFileDialog"
        title: qsTr("Import From")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Workspace JSON, Mermaid journeys or survey responses (*.json *.mmd *.mermaid *.csv *.tsv *.txt)"),
                      qsTr("Workspace JSON (*.json)"), qsTr("Mermaid journey diagrams (*.mmd *.mermaid)"),
                      qsTr("Survey responses (*.csv *.tsv *.txt)"), qsTr("All files (*)")]
        onAccepted: root.openWith(fileDialog.selectedFile)
    }
    Loader {
        id: responseLoader
    }
    Connections {
        target: responseLoader.item
        ignoreUnknownSignals: true

        function onImported(metric: string) {
            root.responsesImported(metric);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                objectName: "source"
                Layout.fillWidth: true
                text: importer.source !== "" ? importer.source : qsTr("No file chosen")
                color: importer.source !== "" ? Theme.text : Theme.mutedText
                elide: Text.ElideMiddle
            }
            Button {
                objectName: "chooseButton"
                text: qsTr("Choose File…")
                enabled: !importer.busy
                onClicked: root.chooseFile()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.sidebar
            border.color: Theme.border
            radius: Theme.radius

            ImportPreview {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                visible: importer.loaded
                importer: importer
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: !importer.loaded
                text: importer.busy ? importer.phase
                    : qsTr("Choose workspace JSON (.json) or a Mermaid journey diagram (.mmd) to see what it holds before anything is imported.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        Label { textFormat: Text.PlainText; text: qsTr("Import into"); font.bold: true }
        RadioButton {
            objectName: "modeMerge"
            text: importer.canMerge ? qsTr("The open workspace, “%1” (one step you can undo)").arg(root.workspace.title)
                : root.workspace.isOpen ? qsTr("The open workspace (it is read-only)")
                : qsTr("The open workspace (none is open)")
            enabled: importer.canMerge && !importer.busy
            checked: importer.mode === "merge"
            onToggled: importer.mode = "merge"
        }
        RadioButton {
            objectName: "modeNew"
            text: importer.loaded ? qsTr("A new workspace named after “%1”").arg(importer.sourceName)
                                  : qsTr("A new workspace named after the file")
            enabled: !importer.busy
            checked: importer.mode === "new"
            onToggled: importer.mode = "new"
        }

        Label {
            textFormat: Text.PlainText
            objectName: "error"
            Layout.fillWidth: true
            visible: importer.errorMessage !== ""
            text: importer.errorMessage
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
                visible: importer.busy
                indeterminate: true
            }
            Label {
                textFormat: Text.PlainText
                visible: importer.busy
                text: importer.phase
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.maximumWidth: 260
            }
            Item { Layout.fillWidth: true; visible: !importer.busy }
            Button {
                text: qsTr("Cancel")
                enabled: !importer.busy || importer.mode === "merge"
                onClicked: root.close()
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import")
                highlighted: true
                enabled: importer.ready
                onClicked: {
                    if (importer.mode === "new")
                        root.guard(() => importer.importNow());
                    else
                        importer.importNow();
                }
            }
        }
    }
}
