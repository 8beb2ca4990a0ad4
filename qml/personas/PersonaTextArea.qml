// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// A text field of the persona on several lines, saved as it is typed.
ColumnLayout {
    id: root

    required property PersonaEditor editor
    required property string field
    required property string title
    property alias placeholderText: area.placeholderText
    property alias font: area.font
    property int minimumHeight: 64
    readonly property string stored: root.editor.fields[root.field] ?? ""

    spacing: 2

    FieldLabel {
        text: root.title
    }
    TextArea {
        id: area

        objectName: root.field + "Area"
        Layout.fillWidth: true
        Layout.minimumHeight: root.minimumHeight
        wrapMode: TextArea.Wrap
        // Saved as typed, so this is false but for an instant (see TextUndoRouter).
        readonly property bool uncommitted: text !== root.stored
        text: root.stored
        Accessible.name: root.title
        background: Rectangle {
            color: Theme.base
            border.color: area.activeFocus ? Theme.accent : Theme.border
            radius: 2
        }
        // TextArea has no textEdited: a change that is not the stored text came from the user.
        onTextChanged: {
            if (text !== root.stored)
                root.editor.setField(root.field, text);
        }
    }
}
