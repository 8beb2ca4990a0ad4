// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// A view that a later version builds: says so plainly, and shows nothing that is not there.
Rectangle {
    id: root

    required property string heading
    required property string explanation

    color: Theme.window
    Accessible.role: Accessible.Pane
    Accessible.name: root.heading

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, 640)
        spacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.heading
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.explanation
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
