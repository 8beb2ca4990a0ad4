// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Survey responses from a CSV or TSV file into a metric (issue 13): choose the metric, the scale
// and the columns, see the first rows as they would be imported and every bad row by line and
// reason, then import them all as one undo step, or the good ones when the bad are skipped.
// The file is read on a worker whenever a choice changes; nothing is written before Import.
Dialog {
    id: root

    required property WorkspaceController workspace
    readonly property ResponseImportController controller: controller

    signal imported(metric: string)

    // Opens the dialog on a file already chosen (File > Import…, a drop).
    function openWith(url) {
        root.open();
        controller.load(url.toString());
    }
    // Opens the dialog to import into the metric (by uid) and asks for the file.
    function openFor(metricUid: string) {
        controller.reset();
        controller.metric = metricUid;
        root.open();
        root.chooseFile();
    }
    function chooseFile() {
        fileDialog.currentFolder = root.workspace.dialogFolder();
        fileDialog.open();
    }

    anchors.centerIn: parent
    width: Math.min(760, parent ? parent.width - 40 : 760)
    height: Math.min(600, parent ? parent.height - 40 : 600)
    padding: Theme.spacing
    modal: true
    focus: true
    title: controller.source !== "" ? qsTr("Import Survey Responses from “%1”").arg(controller.sourceName)
                                    : qsTr("Import Survey Responses")
    onClosed: controller.reset()

    ResponseImportController {
        id: controller

        workspace: root.workspace
        onImported: metric => {
            root.imported(metric);
            root.close();
        }
    }

    FileDialog {
        id: fileDialog

        objectName: "responsesFileDialog"
        title: qsTr("Import Survey Responses From")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Survey responses (*.csv *.tsv *.txt)"), qsTr("All files (*)")]
        onAccepted: root.openWith(fileDialog.selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        ResponseMappingPanel {
            Layout.fillWidth: true
            controller: controller
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            TabBar {
                id: tabs

                TabButton {
                    objectName: "previewTab"
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    text: qsTr("Preview")
                    width: implicitWidth
                }
                TabButton {
                    objectName: "badRowsTab"
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    text: qsTr("Bad rows (%1)").arg(controller.badCount.toLocaleString(Qt.locale(), "f", 0))
                    width: implicitWidth
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "summary"
                Layout.fillWidth: true
                text: controller.summary
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
            ThemedCheckBox {
                objectName: "skipBadRows"
                visible: controller.badCount > 0 && controller.goodCount > 0
                text: qsTr("Skip the %Ln bad row(s)", "", controller.badCount)
                checked: controller.skipBadRows
                onToggled: controller.skipBadRows = checked
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 56
            color: Theme.base
            border.color: Theme.border
            radius: Theme.radius

            StackLayout {
                anchors.fill: parent
                anchors.margins: 1
                currentIndex: tabs.currentIndex
                visible: controller.loaded

                ResponsePreviewTable {
                    rows: controller.preview
                    problems: controller.badCount > 0
                }
                ResponseBadRowList { rows: controller.badRows }
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: !controller.loaded
                text: controller.busy ? qsTr("Reading “%1”…").arg(controller.sourceName)
                    : controller.source === "" ? qsTr("Choose a CSV or TSV file of survey responses (UTF-8, with a header line) to see its rows before anything is imported.")
                    : qsTr("Nothing to show: see the message below.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "error"
            Layout.fillWidth: true
            visible: controller.errorMessage !== ""
            text: controller.errorMessage
            color: Theme.errorText
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            padding: Theme.smallSpacing
            background: Rectangle { color: Theme.error; radius: Theme.radius }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "blockedReason"
            Layout.fillWidth: true
            visible: text !== "" && controller.errorMessage === ""
            text: controller.blockedReason
            color: controller.loaded ? Theme.warningText : Theme.mutedText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            padding: controller.loaded ? Theme.smallSpacing : 0
            background: Rectangle { visible: controller.loaded; color: Theme.warning; radius: Theme.radius }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Button {
                objectName: "chooseButton"
                text: qsTr("Choose File…")
                onClicked: root.chooseFile()
            }
            ProgressBar {
                objectName: "progress"
                Layout.fillWidth: true
                visible: controller.busy
                indeterminate: true
            }
            Item { Layout.fillWidth: true; visible: !controller.busy }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import")
                highlighted: true
                enabled: controller.ready
                onClicked: controller.import()
            }
        }
    }
}
