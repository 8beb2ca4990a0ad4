// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import CxAtlas
import CxAtlas.App

// The whole map small, with the part on screen framed; click or drag to go there.
Rectangle {
    id: root

    required property JourneyCanvas canvas
    required property CanvasView view

    width: 220
    height: 140
    radius: 6
    color: Qt.rgba(CanvasStyle.card.r, CanvasStyle.card.g, CanvasStyle.card.b, 0.94)
    border.color: CanvasStyle.cardBorder
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Overview of the whole journey map")

    MinimapItem {
        id: mini

        anchors { fill: parent; margins: 6 }
        canvas: root.canvas
        cardColor: CanvasStyle.cardMuted
        highlightColor: CanvasStyle.matters
        lineColor: CanvasStyle.gridLine
    }

    Rectangle {
        readonly property real s: mini.mapScale / root.view.zoom
        x: mini.x + (root.view.contentX - root.view.margin * root.view.zoom) * s
        y: mini.y + (root.view.contentY - root.view.margin * root.view.zoom) * s
        width: Math.min(mini.width, root.view.width * s)
        height: Math.min(mini.height, root.view.height * s)
        color: "transparent"
        border.color: CanvasStyle.selection
        border.width: 2
    }

    MouseArea {
        anchors.fill: mini
        function go(mouse) {
            const mapX = mouse.x / mini.mapScale, mapY = mouse.y / mini.mapScale
            const v = root.view
            v.contentX = Math.max(0, Math.min((mapX + v.margin) * v.zoom - v.width / 2, v.contentWidth - v.width))
            v.contentY = Math.max(0, Math.min((mapY + v.margin) * v.zoom - v.height / 2, v.contentHeight - v.height))
        }
        onPressed: mouse => go(mouse)
        onPositionChanged: mouse => { if (pressed) go(mouse) }
    }
}
