// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// Who else has the team workspace open, as a row of initials for the tool bar: hover for the
// name and where they are; click to go to the card they are on. Shown only for a team
// workspace; "Only you" while nobody else is here.
Row {
    id: root

    required property ServerSession server

    // A person's badge was clicked: show their journey and card.
    signal personChosen(journey: string, card: string)

    visible: root.server.active
    spacing: -4
    Accessible.role: Accessible.List
    Accessible.name: root.server.presence.summary

    Label {
        textFormat: Text.PlainText
        height: 32
        rightPadding: 4 + Theme.smallSpacing
        verticalAlignment: Text.AlignVCenter
        text: root.server.presence.count > 0 ? qsTr("Here:") : qsTr("Only you here")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
    }
    Repeater {
        model: root.server.presence
        delegate: AbstractButton {
            id: badge

            required property string displayName
            required property string initials
            required property color personColor
            required property string journey
            required property string card
            required property string description

            y: 4
            width: 24
            height: 24
            hoverEnabled: true
            focusPolicy: Qt.TabFocus
            Accessible.role: Accessible.Button
            Accessible.name: badge.description
            Accessible.onPressAction: badge.clicked()
            ToolTip.visible: badge.hovered || badge.visualFocus
            ToolTip.text: badge.description
            ToolTip.delay: 300
            onClicked: if (badge.journey !== "") root.personChosen(badge.journey, badge.card)

            background: Rectangle {
                radius: width / 2
                color: badge.personColor
                border.color: badge.visualFocus ? Theme.focusRing : Theme.surface
                border.width: 2
            }
            contentItem: Text {
                textFormat: Text.PlainText
                text: badge.initials
                color: "#ffffff"
                font.pixelSize: 10
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
