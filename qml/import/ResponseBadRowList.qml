// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas

// Every bad record of a file of survey responses: "line 12: the score “ten” is not a number".
ListView {
    id: root

    required property var rows // the controller's badRows model

    objectName: "badRowList"
    clip: true
    model: root.rows
    activeFocusOnTab: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    Accessible.name: qsTr("Bad rows")

    delegate: Label {
        textFormat: Text.PlainText
        id: row

        required property int index
        required property string message

        width: root.width - 12
        padding: Theme.smallSpacing
        text: row.message
        color: Theme.errorText
        wrapMode: Text.Wrap
        background: Rectangle {
            color: root.activeFocus && root.currentIndex === row.index ? Theme.selection
                 : row.index % 2 ? Theme.surface : Theme.base
        }
    }

    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("No bad rows.")
        color: Theme.mutedText
    }
}
