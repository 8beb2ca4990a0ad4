// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// One parked note, as a sticky note: drag it onto the map, or use its menu.
Rectangle {
    id: root

    required property string uid
    required property string text
    required property string kind
    required property int position
    required property int index

    signal convert(string note, string to)
    signal moveTo(string note, int position)
    signal remove(string note)
    signal droppedAt(string note, Item item, real x, real y)

    readonly property bool isQuestion: kind === "question"
    implicitHeight: body.implicitHeight + 2 * Theme.smallSpacing
    radius: 3
    color: isQuestion ? (Theme.dark ? "#1f3a4d" : "#dcefff") : (Theme.dark ? "#4a4220" : "#fff3b0")
    border.color: Theme.dark ? Qt.lighter(color, 1.4) : Qt.darker(color, 1.15)
    opacity: drag.pressed && drag.moved ? 0.6 : 1
    activeFocusOnTab: true
    Accessible.role: Accessible.ListItem
    Accessible.name: (isQuestion ? qsTr("Question: %1") : qsTr("Idea: %1")).arg(text)
    Keys.onMenuPressed: menu.popup(root, 0, root.height)
    Keys.onDeletePressed: root.remove(root.uid)

    RowLayout {
        id: body
        anchors { fill: parent; margins: Theme.smallSpacing }
        spacing: Theme.smallSpacing
        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 14
            text: root.isQuestion ? "?" : "!"
            horizontalAlignment: Text.AlignHCenter
            font.bold: true
            font.pixelSize: Theme.bodySize + 2
            color: Theme.mutedText
            Accessible.ignored: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            color: Theme.text
        }
        ToolButton {
            Layout.alignment: Qt.AlignTop
            text: "⋯"
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Note actions")
            onClicked: menu.popup(this, 0, height)
        }
    }

    MouseArea {
        id: drag
        anchors { fill: parent; rightMargin: 36 }
        property bool moved: false
        property point start
        cursorShape: pressed && moved ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        onPressed: mouse => { moved = false; start = Qt.point(mouse.x, mouse.y); root.forceActiveFocus() }
        onPositionChanged: mouse => {
            if (Math.abs(mouse.x - start.x) + Math.abs(mouse.y - start.y) > 8)
                moved = true
        }
        onReleased: mouse => { if (moved) root.droppedAt(root.uid, drag, mouse.x, mouse.y) }
    }

    // Made the first time it opens (LazyMenu): every note has one.
    LazyMenu {
        id: menu
        content: MenuContent {
            MenuItem { text: qsTr("Make a moment after the selected card"); onTriggered: root.convert(root.uid, "moment") }
            MenuItem { text: qsTr("Make an insight"); onTriggered: root.convert(root.uid, "insight") }
            MenuItem { text: qsTr("Make an opportunity"); onTriggered: root.convert(root.uid, "opportunity") }
            MenuSeparator {}
            MenuItem { text: qsTr("Move up"); enabled: root.index > 0; onTriggered: root.moveTo(root.uid, root.position - 1) }
            MenuItem { text: qsTr("Move down"); onTriggered: root.moveTo(root.uid, root.position + 1) }
            MenuSeparator {}
            MenuItem { text: qsTr("Delete"); onTriggered: root.remove(root.uid) }
        }
    }
}
