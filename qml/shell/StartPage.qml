// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// What the window shows with no workspace open: ways to get one, and the recent files.
Rectangle {
    id: root

    required property WorkspaceController workspace

    signal newRequested()
    signal openRequested()
    signal importRequested()
    signal openPathRequested(path: string)

    color: Theme.window

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, 560)
        spacing: Theme.spacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("No workspace open")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Start a new workspace, open one, or import workspace JSON or a Mermaid journey diagram. You can also drop a file on this window.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        RowLayout {
            spacing: Theme.smallSpacing

            Button {
                text: qsTr("New Workspace")
                highlighted: true
                onClicked: root.newRequested()
            }
            Button {
                text: qsTr("Open…")
                Accessible.name: qsTr("Open a workspace")
                onClicked: root.openRequested()
            }
            Button {
                text: qsTr("Import…")
                Accessible.name: qsTr("Import workspace JSON or a Mermaid journey diagram")
                onClicked: root.importRequested()
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: recent.count > 0
            text: qsTr("Recent")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        Repeater {
            id: recent

            model: root.workspace.recentFiles.entries
            delegate: ItemDelegate {
                id: entry

                required property var modelData

                Layout.fillWidth: true
                text: modelData.name
                Accessible.name: Texts.format(qsTr("Open %1 from %2"), [modelData.name, modelData.folder])
                onClicked: root.openPathRequested(modelData.path)

                contentItem: ColumnLayout {
                    spacing: 2

                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: entry.modelData.name
                        color: Theme.accent
                        font.pixelSize: Theme.bodySize
                        elide: Text.ElideRight
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: entry.modelData.folder
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideMiddle
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.hovered ? Theme.hover : "transparent"
                    border.color: entry.visualFocus ? Theme.accent : "transparent"
                }
            }
        }
    }
}
