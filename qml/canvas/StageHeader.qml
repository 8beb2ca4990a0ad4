// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses bound components (the rename field).

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// A stage's header: its name (double-click to rename), a drag to reorder, the right edge to
// resize, and a menu to add or delete stages.
Rectangle {
    id: root

    required property JourneyCanvas canvas
    required property string uid
    required property string title
    required property int position
    required property real headerX
    required property real headerWidth
    required property real headerHeight
    property bool renaming: false

    // The rename field closed: the map takes the keyboard back.
    signal renameFinished()

    onRenamingChanged: if (renaming) renameField.active = true

    x: headerX
    width: headerWidth
    height: headerHeight
    color: CanvasStyle.headerBackground
    border.color: CanvasStyle.gridLine
    Accessible.role: Accessible.ColumnHeader
    Accessible.name: qsTr("Stage %1").arg(root.title)

    Text {
        textFormat: Text.PlainText
        visible: !root.renaming
        anchors { fill: parent; leftMargin: 12; rightMargin: 28 }
        verticalAlignment: Text.AlignVCenter
        text: root.title
        color: CanvasStyle.headerText
        font.pixelSize: CanvasStyle.headerSize
        font.bold: true
        elide: Text.ElideRight
    }

    // Made when first renamed, then kept: a text field on every header slowed start-up.
    Loader {
        id: renameField
        active: false
        visible: root.renaming
        anchors { fill: parent; margins: 6 }
        sourceComponent: BandNameField {
            stored: root.title
            Accessible.name: qsTr("Stage name")
            onRenamed: name => root.canvas.renameBand(root.uid, name)
            onClosed: { root.renaming = false; root.renameFinished() }
        }
    }

    MouseArea {
        id: dragArea

        anchors { fill: parent; rightMargin: 6 }
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        property real startX: 0
        onPressed: mouse => {
            startX = mouse.x
            if (mouse.button === Qt.RightButton)
                menu.popup()
        }
        onReleased: mouse => {
            if (mouse.button !== Qt.LeftButton || Math.abs(mouse.x - startX) < 12)
                return
            const target = root.canvas.columnAt(root.x + mouse.x)
            if (target >= 0 && target !== root.position)
                root.canvas.moveBand(root.uid, target)
        }
        onDoubleClicked: root.renaming = true
    }

    // The right edge resizes the column; the drag is one undo step.
    MouseArea {
        anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
        width: 6
        cursorShape: Qt.SizeHorCursor
        property real startWidth: 0
        property real startX: 0
        onPressed: mouse => { startWidth = root.width; startX = mapToItem(root.parent, mouse.x, 0).x }
        onPositionChanged: mouse => {
            if (pressed)
                root.canvas.resizeBand(root.uid, startWidth + mapToItem(root.parent, mouse.x, 0).x - startX, true)
        }
    }

    HeaderMenuButton {
        anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: 6 }
        Accessible.name: qsTr("Stage actions")
        onClicked: menu.popup()
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
            MenuItem { text: qsTr("Add stage before"); onTriggered: root.canvas.addStage("", root.position) }
            MenuItem { text: qsTr("Add stage after"); onTriggered: root.canvas.addStage("", root.position + 1) }
            MenuItem { text: qsTr("Move left"); enabled: root.position > 0; onTriggered: root.canvas.moveBand(root.uid, root.position - 1) }
            MenuItem { text: qsTr("Move right"); onTriggered: root.canvas.moveBand(root.uid, root.position + 1) }
            MenuSeparator {}
            MenuItem { text: qsTr("Delete stage and its moments"); onTriggered: root.canvas.deleteBand(root.uid) }
        }
    }
}
