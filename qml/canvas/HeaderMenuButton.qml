// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import CxAtlas

// The "⋯" on a stage or lane header that opens its menu. A plain text and a frame shown on
// hover, not the style's ToolButton: a map has a header for every stage and lane, and each
// ToolButton's panel and gradient was a dozen objects before the first frame (issue 11).
T.AbstractButton {
    id: control

    implicitWidth: 24
    implicitHeight: 24
    text: "⋯"
    focusPolicy: Qt.TabFocus
    Accessible.role: Accessible.Button
    Accessible.onPressAction: control.clicked()

    contentItem: Text {
        textFormat: Text.PlainText
        text: control.text
        color: CanvasStyle.headerText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: 3
        color: control.down ? CanvasStyle.gridLine : "transparent"
        border.color: control.hovered || control.visualFocus ? CanvasStyle.gridLine : "transparent"
    }
}
