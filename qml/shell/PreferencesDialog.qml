// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Edit > Preferences…: every choice applies the moment it is made (the language included, no
// restart) and is remembered (Preferences, QSettings); there is nothing to confirm.
Dialog {
    id: root

    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)
    padding: Theme.spacing
    modal: true
    title: qsTr("Preferences")
    standardButtons: Dialog.Close
    onOpened: problem.text = ""

    Connections {
        target: Preferences
        function onFailed(message: string) { problem.text = message }
    }

    FolderDialog {
        id: folderDialog

        title: qsTr("Where unnamed workspaces live")
        currentFolder: Preferences.unsavedFolderUrl
        onAccepted: {
            if (Preferences.chooseUnsavedFolder(folderDialog.selectedFolder))
                problem.text = "";
        }
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            text: qsTr("Language")
        }
        ComboBox {
            id: language

            objectName: "language"
            Layout.fillWidth: true
            textRole: "name"
            valueRole: "code"
            Accessible.name: qsTr("Language")
            // The system's choice first, named by the language it gives now.
            model: [{ code: "", name: qsTr("As the system (%1)").arg(Preferences.systemLanguageName) }]
                   .concat(Preferences.languages)
            currentIndex: Math.max(0, indexOfValue(Preferences.language))
            onActivated: Preferences.language = currentValue
        }

        Label {
            textFormat: Text.PlainText
            text: qsTr("Theme")
        }
        ComboBox {
            objectName: "theme"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "value"
            Accessible.name: qsTr("Theme")
            model: [{ value: "system", label: qsTr("As the system") },
                    { value: "light", label: qsTr("Light") },
                    { value: "dark", label: qsTr("Dark") }]
            currentIndex: Math.max(0, indexOfValue(Preferences.theme))
            onActivated: Preferences.theme = currentValue
        }

        Label {
            textFormat: Text.PlainText
            text: qsTr("PDF page size")
        }
        ComboBox {
            objectName: "pdfPageSize"
            Layout.fillWidth: true
            Accessible.name: qsTr("PDF page size")
            model: Preferences.pageSizes
            currentIndex: Math.max(0, model.indexOf(Preferences.pdfPageSize))
            onActivated: Preferences.pdfPageSize = currentText
        }

        Label {
            textFormat: Text.PlainText
            text: qsTr("PDF orientation")
        }
        ComboBox {
            objectName: "pdfOrientation"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "value"
            Accessible.name: qsTr("PDF orientation")
            model: [{ value: "landscape", label: qsTr("Landscape") }, { value: "portrait", label: qsTr("Portrait") }]
            currentIndex: Math.max(0, indexOfValue(Preferences.pdfOrientation))
            onActivated: Preferences.pdfOrientation = currentValue
        }

        Label {
            textFormat: Text.PlainText
            text: qsTr("Unnamed workspaces")
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                objectName: "unsavedFolder"
                Layout.fillWidth: true
                text: Preferences.unsavedFolder
                wrapMode: Text.WrapAnywhere
                color: Theme.mutedText
            }
            RowLayout {
                spacing: Theme.smallSpacing

                Button {
                    text: qsTr("Choose Folder…")
                    onClicked: folderDialog.open()
                }
                Button {
                    text: qsTr("Use the Standard Folder")
                    enabled: !Preferences.unsavedFolderIsStandard
                    onClicked: Preferences.resetUnsavedFolder()
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            text: qsTr("Journey maps")
        }
        CheckBox {
            objectName: "curveHandles"
            Layout.fillWidth: true
            text: qsTr("Show handles on the emotion curves’ points")
            checked: Preferences.curveHandlesShown
            onToggled: Preferences.curveHandlesShown = checked
        }

        Label {
            textFormat: Text.PlainText
            id: problem

            objectName: "problem"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: Theme.errorText
        }
    }
}
