// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas
import CxAtlas.App

// The countdown as the room sees it: the time left in large figures over a bar that empties.
// At the end the badge turns to the alarm colour and pulses (a steady alarm colour when motion
// is reduced), so nobody needs to hear it. Sizes in the units of its parent's scale.
Rectangle {
    id: root

    required property WorkshopTimer timer
    required property ProjectorTheme theme
    property bool reducedMotion: false
    property real textSize: 56

    implicitWidth: time.implicitWidth + 48
    implicitHeight: time.implicitHeight + 30
    radius: theme.radius
    color: root.timer.finished ? theme.alarm : theme.surface
    border.width: 3
    border.color: root.timer.finished ? theme.alarm : theme.border
    Accessible.role: Accessible.Clock
    Accessible.name: root.timer.finished ? qsTr("Time is up") : qsTr("Time left %1").arg(root.timer.text)

    Text {
        textFormat: Text.PlainText
        id: time

        objectName: "timerText"
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -4
        text: root.timer.finished ? qsTr("Time is up") : root.timer.text
        color: root.timer.finished ? root.theme.alarmText : root.theme.text
        font.family: root.theme.fontFamily
        font.pixelSize: root.textSize
        font.bold: true
    }
    Rectangle {
        visible: !root.timer.finished
        anchors { left: parent.left; bottom: parent.bottom; margins: 8 }
        height: 6
        radius: 3
        width: (parent.width - 16) * root.timer.progress
        color: root.theme.mutedText
    }

    SequentialAnimation on opacity {
        running: root.timer.finished && !root.reducedMotion
        loops: Animation.Infinite
        alwaysRunToEnd: true
        NumberAnimation { to: 0.35; duration: 450 }
        NumberAnimation { to: 1; duration: 450 }
    }
}
