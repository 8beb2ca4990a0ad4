// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The running voting round above the map: whose dots are being placed (Tab and Shift+Tab move
// along the strip), how many each has left, the tally switch and the end of the round. A
// refused dot (the limit reached) is said here, in words, until the next dot.
Rectangle {
    id: root

    required property VotingController voting
    signal endRequested()

    implicitHeight: column.implicitHeight + 2 * Theme.smallSpacing
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Voting round %1").arg(root.voting.roundName)

    ColumnLayout {
        id: column
        anchors { fill: parent; margins: Theme.smallSpacing; leftMargin: Theme.spacing; rightMargin: Theme.spacing }
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                textFormat: Text.PlainText
                text: qsTr("Voting: %1").arg(root.voting.roundName)
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.maximumWidth: 280
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Click a card to give it a dot, Shift+click to take one back; + and − or 0–9 on the selected card.")
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Switch {
                text: qsTr("Hide tally")
                checked: root.voting.hideTally
                onToggled: root.voting.setHideTally(checked)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Keep the dots off the cards until the round ends, so early votes do not sway the room")
            }
            Button {
                text: qsTr("End round…")
                highlighted: true
                onClicked: root.endRequested()
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Repeater {
                model: root.voting.participants
                delegate: Button {
                    id: chip
                    required property var modelData
                    required property int index
                    readonly property bool current: index === root.voting.currentParticipant
                    readonly property bool spent: modelData.used >= modelData.of
                    checkable: true
                    checked: current
                    focusPolicy: Qt.NoFocus
                    text: qsTr("%1  %2/%3").arg(modelData.label).arg(modelData.used).arg(modelData.of)
                    font.bold: current
                    Accessible.name: qsTr("%1, %2 of %3 dots used").arg(modelData.label).arg(modelData.used).arg(modelData.of)
                    onClicked: root.voting.currentParticipant = index
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: chip.text
                        font: chip.font
                        color: chip.current ? Theme.accentText : (chip.spent ? Theme.mutedText : Theme.text)
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: height / 2
                        color: chip.current ? Theme.accent : Theme.button
                        border.color: chip.current ? Theme.accent : Theme.border
                    }
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "votingMessage"
            Layout.fillWidth: true
            visible: root.voting.message !== ""
            text: root.voting.message
            wrapMode: Text.Wrap
            color: Theme.warningText
            background: Rectangle { color: Theme.warning; radius: Theme.radius }
            padding: Theme.smallSpacing
            Accessible.role: Accessible.AlertMessage
        }
    }
}
