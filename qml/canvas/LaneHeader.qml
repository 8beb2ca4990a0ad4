// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses bound components (the rename field).

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// A lane's header on the left, and its tinted band across the map. Double-click renames,
// a drag reorders, the bottom edge resizes, the menu changes its kind.
Item {
    id: root

    required property JourneyCanvas canvas
    required property string uid
    required property string title
    required property string kind
    required property int position
    required property real headerY
    required property real headerWidth
    required property real headerHeight
    required property real bodyWidth
    property bool renaming: false

    // The rename field closed: the map takes the keyboard back.
    signal renameFinished()

    onRenamingChanged: if (renaming) renameField.active = true

    readonly property var kindLabels: ({
        "steps": qsTr("Steps"), "touchpoints": qsTr("Touchpoints"), "channels": qsTr("Channels"),
        "thoughts": qsTr("Thoughts"), "emotions": qsTr("Emotions"), "pain-points": qsTr("Pain points"),
        "opportunities": qsTr("Opportunities"), "frontstage": qsTr("Frontstage"),
        "backstage": qsTr("Backstage"), "custom": qsTr("Custom")
    })

    y: headerY
    width: headerWidth + bodyWidth
    height: headerHeight
    Accessible.role: Accessible.RowHeader
    Accessible.name: Texts.format(qsTr("Lane %1 (%2)"), [root.title, root.kindLabels[root.kind] ?? root.kind])

    Rectangle {
        x: root.headerWidth
        width: root.bodyWidth
        height: parent.height
        color: CanvasStyle.laneTint(root.kind)
        border.color: CanvasStyle.gridLine
    }

    Rectangle {
        id: header

        width: root.headerWidth
        height: parent.height
        color: CanvasStyle.headerBackground
        border.color: CanvasStyle.gridLine

        Column {
            visible: !root.renaming
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10; rightMargin: 30 }
            spacing: 2
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: root.title
                color: CanvasStyle.headerText
                font.pixelSize: CanvasStyle.laneHeaderSize
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                visible: text !== root.title
                text: root.kindLabels[root.kind] ?? root.kind
                color: CanvasStyle.cardMuted
                font.pixelSize: CanvasStyle.smallSize
            }
        }

        // Made when first renamed, then kept: a text field on every header slowed start-up.
        Loader {
            id: renameField
            active: false
            visible: root.renaming
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 6 }
            sourceComponent: BandNameField {
                stored: root.title
                Accessible.name: qsTr("Lane name")
                onRenamed: name => root.canvas.renameBand(root.uid, name)
                onClosed: { root.renaming = false; root.renameFinished() }
            }
        }

        MouseArea {
            anchors { fill: parent; bottomMargin: 6 }
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
            property real startY: 0
            onPressed: mouse => {
                startY = mouse.y
                if (mouse.button === Qt.RightButton)
                    menu.popup()
            }
            onReleased: mouse => {
                if (mouse.button !== Qt.LeftButton || Math.abs(mouse.y - startY) < 12)
                    return
                const target = root.canvas.rowAt(root.y + mouse.y)
                if (target >= 0 && target !== root.position)
                    root.canvas.moveBand(root.uid, target)
            }
            onDoubleClicked: root.renaming = true
        }

        HeaderMenuButton {
            anchors { right: parent.right; top: parent.top; margins: 4 }
            Accessible.name: qsTr("Lane actions")
            onClicked: menu.popup()
        }
    }

    // The header's bottom edge sets the lane's least height; one undo step per drag.
    MouseArea {
        anchors { left: parent.left; bottom: parent.bottom }
        width: root.headerWidth
        height: 6
        cursorShape: Qt.SizeVerCursor
        property real startHeight: 0
        property real startY: 0
        onPressed: mouse => { startHeight = root.height; startY = mapToItem(root.parent, 0, mouse.y).y }
        onPositionChanged: mouse => {
            if (pressed)
                root.canvas.resizeBand(root.uid, startHeight + mapToItem(root.parent, 0, mouse.y).y - startY, true)
        }
    }

    // Made the first time it opens: every header has one, and a map has dozens of headers.
    Loader {
        id: menu

        function popup() {
            menu.active = true;
            menu.item.popup();
        }

        active: false
        sourceComponent: Menu {
            parent: root
            MenuItem { text: qsTr("Rename"); onTriggered: root.renaming = true }
            Menu {
                title: qsTr("Kind")
                Repeater {
                    model: root.canvas.laneKinds
                    delegate: MenuItem {
                        required property string modelData
                        text: root.kindLabels[modelData] ?? modelData
                        checkable: true
                        checked: modelData === root.kind
                        onTriggered: root.canvas.setLaneKind(root.uid, modelData)
                    }
                }
            }
            MenuItem { text: qsTr("Add lane above"); onTriggered: root.canvas.addLane("", root.kind, root.position) }
            MenuItem { text: qsTr("Add lane below"); onTriggered: root.canvas.addLane("", root.kind, root.position + 1) }
            MenuItem { text: qsTr("Move up"); enabled: root.position > 0; onTriggered: root.canvas.moveBand(root.uid, root.position - 1) }
            MenuItem { text: qsTr("Move down"); onTriggered: root.canvas.moveBand(root.uid, root.position + 1) }
            MenuSeparator {}
            MenuItem { text: qsTr("Delete lane and its moments"); onTriggered: root.canvas.deleteBand(root.uid) }
        }
    }
}
