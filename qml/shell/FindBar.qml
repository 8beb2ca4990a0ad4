// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// Find in the current view: Enter selects the matching moments and jumps to the first;
// Escape closes the bar.
Rectangle {
    id: root

    property bool open: false
    property string result: ""

    signal searched(text: string)

    function start() {
        root.open = true;
        field.forceActiveFocus();
        field.selectAll();
    }
    function finish() {
        root.open = false;
        root.result = "";
    }
    function show(count: int, text: string) {
        root.result = count === 0 ? qsTr("No moments match “%1”.").arg(text)
                                  : qsTr("%n moment(s) found.", "", count);
    }

    visible: root.open
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.smallSpacing : 0
    color: Theme.surface

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.smallSpacing
        anchors.topMargin: Theme.smallSpacing
        anchors.bottomMargin: Theme.smallSpacing
        spacing: Theme.spacing

        TextField {
            id: field

            Layout.preferredWidth: 320
            placeholderText: qsTr("Find moments")
            Accessible.name: qsTr("Find moments")
            onAccepted: if (text !== "") root.searched(text)
            Keys.onEscapePressed: root.finish()
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.result
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
        }
        Button {
            flat: true
            text: qsTr("Close")
            Accessible.name: qsTr("Close find")
            onClicked: root.finish()
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.border
    }
}
