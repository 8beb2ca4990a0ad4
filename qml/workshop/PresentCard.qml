// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": dotsComponent comes from other files, and Qt 6.4's
// Loader refuses bound components made outside its own context.

import QtQuick
import CxAtlas

// A moment in the stage spotlight, sized for the back of a room: its title (32 units, never
// under 28), channel and owner, its evidence as a hollow, half or full dot, and a star and a
// border when it is a moment that matters. Read-only: the projector edits nothing.
Rectangle {
    id: root

    required property ProjectorTheme theme
    required property string uid
    required property real cardX
    required property real cardY
    required property real cardWidth
    required property real cardHeight
    required property string title
    required property string channel
    required property string owner
    required property string evidence
    required property bool mattersMost
    required property string tint
    required property int votes
    // Where the dot-voting tally of this card will go (issue 12's voting rounds): a component
    // given here is made in the card's bottom-right corner by a Loader whose `card` property is
    // this card (card.uid, card.votes). Empty: nothing is shown.
    property Component dotsComponent: null

    x: cardX
    y: cardY
    width: cardWidth
    height: cardHeight
    radius: theme.radius
    color: theme.surface
    border.width: root.mattersMost ? 4 : 2
    border.color: root.mattersMost ? theme.accent : theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: root.title

    // The colour the designer gave the moment, as a bar on the left (as on the canvas).
    Rectangle {
        visible: root.tint !== ""
        x: root.border.width
        y: root.border.width
        width: 8
        height: parent.height - 2 * root.border.width
        radius: 3
        color: root.tint
    }

    Text {
        textFormat: Text.PlainText
        id: titleText

        objectName: "presentCardTitle"
        anchors { left: parent.left; right: marks.left; top: parent.top; leftMargin: 22; rightMargin: 10; topMargin: 10 }
        height: parent.height - 10 - meta.height - 12
        text: root.title
        color: root.theme.text
        font.family: root.theme.fontFamily
        font.pixelSize: root.theme.cardTitleSize
        font.bold: true
        fontSizeMode: Text.Fit
        minimumPixelSize: root.theme.cardTitleMinimum
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    Text {
        textFormat: Text.PlainText
        id: meta

        anchors { left: parent.left; right: marks.left; bottom: parent.bottom; leftMargin: 22; rightMargin: 10; bottomMargin: 10 }
        text: [root.channel, root.owner].filter(t => t !== "").join(" · ")
        color: root.theme.mutedText
        font.family: root.theme.fontFamily
        font.pixelSize: root.theme.cardMetaSize
        elide: Text.ElideRight
    }

    Column {
        id: marks

        anchors { right: parent.right; top: parent.top; margins: 14 }
        spacing: 8

        // Evidence: hollow for an assumption, half for partly backed, full for research.
        Rectangle {
            anchors.right: parent.right
            width: 24
            height: 24
            radius: 12
            color: root.evidence === "research-based" ? root.theme.mutedText : "transparent"
            border.color: root.theme.mutedText
            border.width: 3
            Accessible.role: Accessible.StaticText
            Accessible.name: root.evidence === "research-based" ? qsTr("Research-based")
                           : root.evidence === "partly-backed" ? qsTr("Partly backed by evidence") : qsTr("Assumption")
            Rectangle {
                visible: root.evidence === "partly-backed"
                width: parent.width / 2
                height: parent.height
                radius: 12
                color: root.theme.mutedText
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors.right: parent.right
            visible: root.mattersMost
            text: "★"
            color: root.theme.accent
            font.pixelSize: 30
            Accessible.name: qsTr("Moment that matters")
        }
    }

    Loader {
        readonly property Item card: root

        anchors { right: parent.right; bottom: parent.bottom; margins: 12 }
        active: root.dotsComponent !== null
        sourceComponent: root.dotsComponent
    }
}
