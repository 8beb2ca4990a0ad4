// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// One ordered list of a persona (goals, needs…): each item edited in place, moved up or
// down, removed; a field below adds one. Each change is saved at once and undoable.
ColumnLayout {
    id: root

    required property PersonaEditor editor
    required property string list
    required property string title
    property string addPlaceholder: qsTr("Add an item")
    readonly property var items: root.editor.fields[root.list] ?? []

    function add() {
        if (newItem.text.trim() === "")
            return;
        if (root.editor.addItem(root.list, newItem.text.trim(), -1) >= 0)
            newItem.clear();
    }

    spacing: 2

    FieldLabel {
        text: root.title
    }
    Repeater {
        // A count, not the list: typing into an item keeps its delegate (and its focus).
        model: root.items.length

        delegate: RowLayout {
            id: row

            required property int index

            Layout.fillWidth: true
            spacing: 2

            TextField {
                objectName: root.list + "Item" + row.index
                Layout.fillWidth: true
                readonly property bool uncommitted: text !== (root.items[row.index] ?? "")
                text: root.items[row.index] ?? ""
                Accessible.name: qsTr("%1, item %2").arg(root.title).arg(row.index + 1)
                onTextEdited: root.editor.setItem(root.list, row.index, text)
            }
            ToolButton {
                text: "↑"
                enabled: row.index > 0
                Accessible.name: qsTr("Move item %1 of %2 up").arg(row.index + 1).arg(root.title)
                onClicked: root.editor.moveItem(root.list, row.index, row.index - 1)
            }
            ToolButton {
                objectName: root.list + "Down" + row.index
                text: "↓"
                enabled: row.index < root.items.length - 1
                Accessible.name: qsTr("Move item %1 of %2 down").arg(row.index + 1).arg(root.title)
                onClicked: root.editor.moveItem(root.list, row.index, row.index + 1)
            }
            ToolButton {
                objectName: root.list + "Remove" + row.index
                text: "✕"
                Accessible.name: qsTr("Remove item %1 of %2").arg(row.index + 1).arg(root.title)
                onClicked: root.editor.removeItem(root.list, row.index)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 2

        TextField {
            id: newItem

            objectName: root.list + "New"
            Layout.fillWidth: true
            placeholderText: root.addPlaceholder
            Accessible.name: root.addPlaceholder
            onAccepted: root.add()
        }
        Button {
            text: qsTr("Add")
            enabled: newItem.text.trim() !== ""
            Accessible.name: qsTr("Add to %1").arg(root.title)
            onClicked: root.add()
        }
    }
}
