// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas.App

ApplicationWindow {
    id: root

    required property WorkspaceController workspace

    width: 1100
    height: 720
    visible: true
    color: Theme.window
    title: root.workspace.isOpen ? qsTr("%1 — CX Atlas").arg(root.workspace.title) : qsTr("CX Atlas")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, 640)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.workspace.isOpen ? root.workspace.title : qsTr("No workspace open")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            elide: Text.ElideMiddle
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: root.workspace.isOpen
            text: qsTr("%n persona(s)", "", root.workspace.personaCount) + " · "
                  + qsTr("%n journey(s)", "", root.workspace.journeyCount) + " · "
                  + qsTr("%n moment(s)", "", root.workspace.momentCount)
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            Layout.fillWidth: true
            visible: root.workspace.isOpen
            text: root.workspace.path
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            elide: Text.ElideMiddle
        }
        Label {
            Layout.fillWidth: true
            visible: !root.workspace.isOpen && root.workspace.errorMessage === ""
            text: qsTr("Start CX Atlas with a workspace file: cxatlas FILE.cxatlas")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: message.implicitHeight + 2 * Theme.spacing
            visible: message.text !== ""
            radius: 4
            color: root.workspace.errorMessage !== "" ? Theme.error : Theme.warning

            Label {
                id: message

                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: root.workspace.errorMessage !== "" ? root.workspace.errorMessage : root.workspace.notice
                color: root.workspace.errorMessage !== "" ? Theme.errorText : Theme.warningText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
