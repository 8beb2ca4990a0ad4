// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The unsaved workspaces left in the application's data folder, after a crash or because the
// user kept them: each can be opened or discarded.
Dialog {
    id: root

    required property WorkspaceController workspace
    property var entries: []

    signal openRequested(path: string)

    function refresh() {
        root.entries = root.workspace.unsavedWorkspaces();
    }

    anchors.centerIn: parent
    width: 520
    padding: Theme.spacing
    modal: true
    title: qsTr("Unsaved Workspaces")
    standardButtons: Dialog.Close
    onAboutToShow: root.refresh()

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.entries.length > 0
                  ? qsTr("These workspaces were never saved to a file. Open one to go on with it, or discard it.")
                  : qsTr("There are no unsaved workspaces.")
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.entries
            delegate: RowLayout {
                id: entry

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: entry.modelData.name
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: qsTr("Last changed %1").arg(entry.modelData.modified.toLocaleString(Qt.locale(), Locale.ShortFormat))
                        opacity: 0.7
                        font.pixelSize: Theme.smallSize
                    }
                }
                Button {
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open %1").arg(entry.modelData.name)
                    onClicked: {
                        root.close();
                        root.openRequested(entry.modelData.path);
                    }
                }
                Button {
                    text: qsTr("Discard")
                    Accessible.name: qsTr("Discard %1").arg(entry.modelData.name)
                    onClicked: {
                        root.workspace.discardUnsaved(entry.modelData.path);
                        root.refresh();
                    }
                }
            }
        }
    }
}
