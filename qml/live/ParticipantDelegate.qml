// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// One participant in the panel: connected or not (a filled or hollow dot, and said in words
// to screen readers), the name, dots used of those the round gives, notes parked, Remove.
ItemDelegate {
    id: root

    required property string participantId
    required property string name
    required property bool connected
    required property int used
    required property int dots
    required property int notes

    signal removeRequested(id: string, name: string, used: int)

    readonly property string figures: {
        const parts = []
        if (root.dots > 0)
            parts.push(qsTr("%1/%2 dots").arg(root.used).arg(root.dots))
        if (root.notes > 0)
            parts.push(qsTr("%n note(s)", "", root.notes))
        return parts.join(" · ")
    }

    padding: Theme.smallSpacing
    focusPolicy: Qt.StrongFocus
    // The list's current row takes the keyboard when the list has it: Up and Down move, Delete
    // asks to remove, Tab reaches the row's Remove… button.
    focus: ListView.isCurrentItem
    Accessible.name: Texts.format(root.connected ? qsTr("%1, connected") : qsTr("%1, not connected"), [root.name])
                     + (root.figures !== "" ? ", " + root.figures : "")
    Keys.onDeletePressed: root.removeRequested(root.participantId, root.name, root.used)

    contentItem: RowLayout {
        spacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            // Filled while connected, hollow while not: the shape says it, not only the colour.
            text: root.connected ? "●" : "○"
            color: root.connected ? Theme.onTrack : Theme.mutedText
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.name
                elide: Text.ElideRight
                color: root.connected ? Theme.text : Theme.mutedText
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: text !== ""
                text: root.figures
                elide: Text.ElideRight
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
            }
        }
        ToolButton {
            objectName: "removeParticipant"
            text: qsTr("Remove…")
            font.pixelSize: Theme.smallSize
            Accessible.name: qsTr("Remove %1").arg(root.name)
            onClicked: root.removeRequested(root.participantId, root.name, root.used)
        }
    }
    background: Rectangle {
        color: root.visualFocus || root.hovered ? Theme.hover : "transparent"
        radius: Theme.radius
    }
}
