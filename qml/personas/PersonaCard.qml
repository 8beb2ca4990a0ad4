// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// One persona in the gallery: face, name, need state, quote, status and value tier. A click
// or Enter opens it; its buttons duplicate or delete it.
Rectangle {
    id: root

    required property int index
    required property string uid
    required property string name
    required property string needState
    required property string quote
    required property var photo
    required property string status
    required property string valueTier
    required property string initials
    required property color avatarColor
    required property int journeyCount
    property bool current: false
    property bool editable: true

    signal openRequested(uid: string)
    signal duplicateRequested(uid: string)
    signal deleteRequested(uid: string)

    radius: Theme.radius * 2
    color: hover.hovered ? Theme.hover : Theme.surface
    border.color: root.current || root.activeFocus ? Theme.accent : Theme.border
    border.width: root.current || root.activeFocus ? 2 : 1
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: Texts.format(qsTr("Persona %1, %2"), [root.name, PersonaStyle.statusLabel(root.status)])
    Accessible.description: root.needState
    Accessible.onPressAction: root.openRequested(root.uid)
    Keys.onReturnPressed: root.openRequested(root.uid)
    Keys.onDeletePressed: if (root.editable) root.deleteRequested(root.uid)

    HoverHandler {
        id: hover
    }
    TapHandler {
        onTapped: root.openRequested(root.uid)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            PersonaAvatar {
                photo: root.photo
                initials: root.initials
                color: root.avatarColor
                personaName: root.name
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.name === "" ? qsTr("Unnamed persona") : root.name
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.needState
                    visible: text !== ""
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.quote === "" ? "" : qsTr("“%1”").arg(root.quote)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.italic: true
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.journeyCount > 0 ? qsTr("Mapped in %n journey(s)", "", root.journeyCount)
                                        : qsTr("Not mapped in a journey yet")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            StatusChip {
                text: PersonaStyle.statusLabel(root.status)
                status: root.status
            }
            StatusChip {
                text: PersonaStyle.tierLabel(root.valueTier)
            }
            Item {
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "duplicate"
                text: qsTr("Duplicate")
                enabled: root.editable
                font.pixelSize: Theme.smallSize
                Accessible.name: qsTr("Duplicate %1").arg(root.name)
                onClicked: root.duplicateRequested(root.uid)
            }
            ToolButton {
                objectName: "delete"
                text: qsTr("Delete")
                enabled: root.editable
                font.pixelSize: Theme.smallSize
                Accessible.name: qsTr("Delete %1").arg(root.name)
                onClicked: root.deleteRequested(root.uid)
            }
        }
    }
}
