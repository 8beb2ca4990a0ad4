// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// A card's dots in presentation mode (PresentCard's dotsComponent): large enough to read from
// the back of the room, in the projector theme's accent. Nothing when the card has no dots, or
// while the running round's tally is hidden (the card's votes are 0 then).
Rectangle {
    id: root

    property Item card: parent ? parent.card : null
    readonly property int votes: card ? card.votes : 0
    readonly property ProjectorTheme theme: card ? card.theme : null

    visible: votes > 0
    implicitWidth: Math.max(implicitHeight, label.implicitWidth + 24)
    implicitHeight: 44
    radius: implicitHeight / 2
    color: theme ? theme.accent : "transparent"
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%n dot(s)", "", votes)

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        text: "● " + root.votes
        color: root.theme ? root.theme.background : "black"
        font.pixelSize: 28
        font.bold: true
    }
}
