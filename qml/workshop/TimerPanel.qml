// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The facilitator's controls of the countdown: presets of 2, 5, 10 and 15 minutes or a typed
// duration ("7", "7:30", "90s"), start or pause, one more minute, reset.
ColumnLayout {
    id: root

    required property WorkshopTimer timer
    required property ProjectorTheme theme
    property bool reducedMotion: false
    // The window's scale (the presenter view grows its type with its size).
    property real unit: 1

    // A duration was typed and taken (the window gives the keyboard back to the presentation).
    signal typingDone()

    spacing: 10

    TimerBadge {
        Layout.alignment: Qt.AlignHCenter
        timer: root.timer
        theme: root.theme
        reducedMotion: root.reducedMotion
        textSize: 56 * root.unit
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 6
        Repeater {
            model: root.timer.presets
            delegate: Button {
                required property int modelData
                text: qsTr("%n min", "", modelData)
                highlighted: root.timer.durationMinutes === modelData && !root.timer.running
                focusPolicy: Qt.NoFocus
                font.pixelSize: 18 * root.unit
                onClicked: root.timer.setMinutes(modelData)
            }
        }
        TextField {
            id: typed
            Layout.preferredWidth: 100 * root.unit
            font.pixelSize: 18 * root.unit
            placeholderText: qsTr("m:ss")
            Accessible.name: qsTr("Countdown duration")
            onAccepted: {
                if (root.timer.setTyped(text)) {
                    text = "";
                    root.typingDone();
                } else
                    typed.selectAll();
            }
        }
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 6
        Button {
            text: root.timer.running ? qsTr("Pause") : qsTr("Start")
            focusPolicy: Qt.NoFocus
            font.pixelSize: 18 * root.unit
            onClicked: root.timer.toggle()
        }
        Button {
            text: qsTr("+1 min")
            focusPolicy: Qt.NoFocus
            font.pixelSize: 18 * root.unit
            onClicked: root.timer.addMinute()
        }
        Button {
            text: qsTr("Reset")
            focusPolicy: Qt.NoFocus
            font.pixelSize: 18 * root.unit
            onClicked: root.timer.reset()
        }
    }
}
