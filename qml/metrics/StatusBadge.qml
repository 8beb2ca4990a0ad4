// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas

// A metric's status as a word on its colour: "On track", "At risk", "Off track", "No target",
// "No data"; the word is always there, so the colour is never the only sign.
Rectangle {
    id: root

    required property string status
    required property string label
    property int fontSize: Theme.smallSize

    implicitWidth: word.implicitWidth + 2 * Theme.smallSpacing
    implicitHeight: word.implicitHeight + 4
    radius: height / 2
    color: "transparent"
    border.color: Theme.statusColor(root.status)
    border.width: 1.5
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Status: %1").arg(root.label)

    Label {
        textFormat: Text.PlainText
        id: word
        anchors.centerIn: parent
        text: root.label
        color: Theme.statusColor(root.status)
        font.pixelSize: root.fontSize
        font.bold: true
    }
}
