// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import CxAtlas
import CxAtlas.App

// The initials of the others on a team workspace, on the top edge of the card each is on by
// its right corner (issue 15), over the map's cards: a second person on the same card sits to
// the left of the first. In map units, so they zoom with the cards.
Item {
    id: root

    required property JourneyCanvas canvas
    // From the card's right edge to the first badge's: the card's evidence mark stays in sight.
    readonly property real cornerInset: 24
    readonly property PresenceModel presence: root.canvas.workspace ? root.canvas.workspace.server.presence : null

    Repeater {
        model: root.presence
        delegate: Rectangle {
            id: badge

            required property string displayName
            required property string initials
            required property color personColor
            required property string journey
            required property string card
            required property int stack
            // Read again whenever the layout changes (cards move when others edit).
            readonly property rect cardRect: {
                root.canvas.revision;
                return badge.journey === root.canvas.journey && badge.card !== ""
                        ? root.canvas.cardRect(badge.card) : Qt.rect(0, 0, 0, 0);
            }

            objectName: "presenceBadge"
            visible: badge.cardRect.width > 0
            // On the top edge by the right corner, clear of the card's own marks below the edge.
            x: badge.cardRect.x + badge.cardRect.width - root.cornerInset - width - badge.stack * (width - 4)
            y: badge.cardRect.y - height / 2
            width: 22
            height: 22
            radius: 11
            color: badge.personColor
            border.color: CanvasStyle.mapBackground
            border.width: 2
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 is on this card").arg(badge.displayName)

            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: badge.initials
                color: "#ffffff"
                font.pixelSize: 9
                font.bold: true
            }
        }
    }
}
