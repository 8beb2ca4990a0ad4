// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The left column: the workspace's name and what it holds, the view switcher, and a reminder
// when the workspace has not been saved to a file yet.
Rectangle {
    id: root

    required property WorkspaceController workspace
    required property string currentView

    signal viewRequested(view: string)
    signal saveAsRequested()

    implicitWidth: Theme.sidebarWidth
    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            // A team workspace's server has a line of its own below.
            text: root.workspace.server.active ? root.workspace.server.workspaceName : root.workspace.title
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            elide: Text.ElideMiddle
            Accessible.name: qsTr("Workspace %1").arg(text)
        }
        Label {
            textFormat: Text.PlainText
            objectName: "serverLine"
            Layout.fillWidth: true
            visible: root.workspace.server.active
            text: root.workspace.server.online
                  ? qsTr("Team workspace on %1 · %2").arg(root.workspace.server.host).arg(root.workspace.server.access)
                  : qsTr("Team workspace on %1 · offline").arg(root.workspace.server.host)
            color: root.workspace.server.online ? Theme.mutedText : Theme.atRisk
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Repeater {
            model: [qsTr("%n persona(s)", "", root.workspace.personaCount),
                    qsTr("%n journey(s)", "", root.workspace.journeyCount),
                    qsTr("%n moment(s)", "", root.workspace.momentCount)]
            delegate: Label {
                textFormat: Text.PlainText
                required property string modelData

                Layout.fillWidth: true
                text: modelData
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        Item {
            Layout.preferredHeight: Theme.spacing
        }
        Repeater {
            model: [{view: "journeys", label: qsTr("Journeys")},
                    {view: "personas", label: qsTr("Personas")},
                    {view: "architecture", label: qsTr("Architecture")},
                    {view: "metrics", label: qsTr("Metrics")}]
            delegate: ItemDelegate {
                id: viewButton

                required property var modelData

                Layout.fillWidth: true
                text: modelData.label
                highlighted: root.currentView === modelData.view
                font.pixelSize: Theme.bodySize
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                Accessible.selected: highlighted
                onClicked: root.viewRequested(modelData.view)

                contentItem: Label {
                    textFormat: Text.PlainText
                    text: viewButton.text
                    color: viewButton.highlighted ? Theme.accent : Theme.text
                    font: viewButton.font
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: viewButton.highlighted ? Theme.selection
                                                  : viewButton.hovered ? Theme.hover : "transparent"
                    border.color: viewButton.visualFocus ? Theme.accent : "transparent"
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.workspace.isUnsaved
            text: qsTr("Not saved to a file yet. Every change is kept; use Save As to name it.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Button {
            Layout.fillWidth: true
            visible: root.workspace.isUnsaved
            text: qsTr("Save As…")
            onClicked: root.saveAsRequested()
        }
    }
    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }
}
