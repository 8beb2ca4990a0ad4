// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import CxAtlas.App

// P in presentation mode: a field along the bottom of the projected (or presenter) window that
// parks an idea in the journey's parking lot without leaving the mode. Enter parks it, Escape
// drops it; either way the presentation's keys get the keyboard back.
Rectangle {
    id: root

    required property ProjectorTheme theme
    property ParkingLotModel lot: null
    property Item returnFocus: null
    property real unit: 1

    function open() {
        if (!lot)
            return
        visible = true
        field.text = ""
        field.forceActiveFocus()
    }
    function close() {
        visible = false
        if (returnFocus)
            returnFocus.forceActiveFocus()
    }

    visible: false
    anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 40 * unit }
    height: 96 * unit
    radius: theme.radius
    color: theme.surface
    border.color: theme.focusBorder
    border.width: 3
    z: 10

    Text {
        textFormat: Text.PlainText
        id: label
        anchors { left: parent.left; verticalCenter: parent.verticalCenter; leftMargin: 24 * root.unit }
        text: qsTr("Park:")
        color: root.theme.mutedText
        font.pixelSize: 32 * root.unit
        font.bold: true
    }
    TextField {
        id: field
        objectName: "presentParkField"
        anchors { left: label.right; right: parent.right; verticalCenter: parent.verticalCenter
                  leftMargin: 16 * root.unit; rightMargin: 24 * root.unit }
        font.pixelSize: 32 * root.unit
        color: root.theme.text
        placeholderText: qsTr("An idea or a question… Enter parks it, Escape drops it")
        placeholderTextColor: root.theme.mutedText
        background: null
        Accessible.name: qsTr("Park an idea or a question")
        onAccepted: {
            if (text.trim() === "" || root.lot.park(text, "idea") !== "")
                root.close()
        }
        Keys.onEscapePressed: root.close()
    }
}
