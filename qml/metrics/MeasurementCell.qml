// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas

// One editable cell of the measurements table: shows its text, saves on Enter or when the
// keyboard leaves it (committed(text)), and Escape puts the saved text back.
TextField {
    id: root

    required property string shown

    signal committed(string text)

    text: root.shown
    readOnly: false
    selectByMouse: true
    leftPadding: 4
    rightPadding: 4
    color: Theme.text
    background: Rectangle {
        color: root.activeFocus ? Theme.base : "transparent"
        border.color: root.activeFocus ? Theme.accent : root.hovered ? Theme.border : "transparent"
        radius: 2
    }
    onEditingFinished: if (root.text !== root.shown) root.committed(root.text)
    Keys.onEscapePressed: {
        root.text = root.shown
        root.focus = false
    }
}
