// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import CxAtlas

// One moment, element or metric of the architecture picture. Its left edge is coloured by
// kind; a moment that matters has a star; the selected box's chain stands out and the rest fades.
Rectangle {
    id: root

    required property string uid
    required property real boxX
    required property real boxY
    required property real boxWidth
    required property real boxHeight
    required property string kind
    required property string title
    required property string detail
    required property bool mattersMost
    required property bool inChain
    required property bool selected
    required property string status
    required property string statusLabel
    property bool faded: false

    signal clicked(string uid)
    // A drag from this box: where the pointer is, in the box's parent; released says where it ended.
    signal dragged(string uid, real x, real y)
    signal released(string uid, real x, real y)

    objectName: "box-" + uid
    x: boxX
    y: boxY
    width: boxWidth
    height: boxHeight
    radius: 6
    color: CanvasStyle.card
    border.width: selected ? 2 : 1
    border.color: selected ? CanvasStyle.selection : inChain ? CanvasStyle.selection : CanvasStyle.cardBorder
    opacity: faded ? 0.3 : 1

    Accessible.role: Accessible.ListItem
    Accessible.name: root.title
    Accessible.description: root.statusLabel !== "" ? root.detail + ", " + root.statusLabel : root.detail
    Accessible.selected: root.selected

    Rectangle {
        width: 5
        height: parent.height - 2
        x: 1
        y: 1
        radius: 3
        color: CanvasStyle.kindColor(root.kind)
    }
    Text {
        textFormat: Text.PlainText
        anchors { left: parent.left; right: root.mattersMost ? star.left : parent.right; top: parent.top; leftMargin: 12; rightMargin: 6; topMargin: 7 }
        text: root.title
        color: CanvasStyle.cardText
        font.pixelSize: CanvasStyle.titleSize
        font.bold: root.mattersMost
        elide: Text.ElideRight
    }
    Text {
        textFormat: Text.PlainText
        id: detailText

        anchors { left: parent.left; right: statusWord.left; bottom: parent.bottom; leftMargin: 12; rightMargin: 8; bottomMargin: 7 }
        // A metric's kind and level beside its status may not fit in a longer language
        // ("Benutzerdefiniert · taktisch"): the kind alone then; the inspector names the level.
        text: root.status !== "" && wholeDetail.advanceWidth > width ? root.detail.split(" · ")[0] : root.detail
        color: CanvasStyle.cardMuted
        font.pixelSize: CanvasStyle.smallSize
        // Longer languages ("Kundenbindung · strategisch") shrink a little before they are cut.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: CanvasStyle.smallSize - 3
        elide: Text.ElideRight

        TextMetrics {
            id: wholeDetail

            font: detailText.font
            text: root.detail
        }
    }
    // A metric's status, as a word in its colour (issue 13).
    Text {
        textFormat: Text.PlainText
        id: statusWord
        anchors { right: parent.right; bottom: parent.bottom; rightMargin: 8; bottomMargin: 7 }
        visible: root.status !== ""
        width: visible ? implicitWidth : 0
        text: root.statusLabel
        color: Theme.statusColor(root.status)
        font.pixelSize: CanvasStyle.smallSize
        font.bold: true
    }
    Text {
        textFormat: Text.PlainText
        id: star
        anchors { right: parent.right; top: parent.top; margins: 6 }
        visible: root.mattersMost
        text: "★"
        color: CanvasStyle.matters
        font.pixelSize: 13
    }
    MouseArea {
        property bool moved: false
        property point start

        anchors.fill: parent
        // A drag that starts on a box draws a link: the view around (a Flickable) must not
        // take it over as a pan once the pointer has moved a few pixels.
        preventStealing: true
        cursorShape: moved ? Qt.CrossCursor : Qt.PointingHandCursor
        onPressed: mouse => { moved = false; start = Qt.point(mouse.x, mouse.y) }
        onPositionChanged: mouse => {
            if (!pressed)
                return
            if (!moved && Math.abs(mouse.x - start.x) + Math.abs(mouse.y - start.y) < 6)
                return
            moved = true
            const p = mapToItem(root.parent, mouse.x, mouse.y)
            root.dragged(root.uid, p.x, p.y)
        }
        onReleased: mouse => {
            if (!moved) {
                root.clicked(root.uid)
                return
            }
            moved = false
            const p = mapToItem(root.parent, mouse.x, mouse.y)
            root.released(root.uid, p.x, p.y)
        }
    }
}
