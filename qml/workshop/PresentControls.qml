// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The mode's choices, along the bottom of the projected screen while the mouse moves: the
// screen to present on (every attached screen by name), light or dark, motion, the presenter
// view, and leaving. Each choice is remembered (PresentationController).
Rectangle {
    id: root

    required property PresentationController controller
    required property ProjectorTheme theme
    // The live session (issue 16), if one runs: its join slide is toggled here too.
    property ParticipantsController participants: null
    property bool shown: false

    signal leaveRequested()
    signal presenterToggled()
    signal screenChosen(name: string)

    // The attached screens' names (Qt.application.screens is a list property, not an array).
    function screenNames() {
        const names = []
        const screens = Qt.application.screens
        for (let i = 0; i < screens.length; ++i)
            names.push(screens[i].name)
        return names
    }
    function reveal() {
        root.shown = true
        hide.restart()
    }

    implicitHeight: bar.implicitHeight + 24
    color: root.theme.controlBackground
    opacity: root.shown || hovering.hovered ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: Theme.duration(150) } }

    HoverHandler { id: hovering }
    Timer {
        id: hide
        interval: 3000
        onTriggered: root.shown = false
    }

    RowLayout {
        id: bar

        anchors { fill: parent; margins: 12 }
        spacing: 12

        Label {
            textFormat: Text.PlainText
            text: qsTr("Screen")
            color: root.theme.controlText
        }
        ComboBox {
            id: screens
            Layout.preferredWidth: 260
            model: root.screenNames()
            currentIndex: Math.max(0, root.screenNames().indexOf(root.controller.screenName))
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Present on screen")
            onActivated: root.screenChosen(currentText)
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Theme")
            color: root.theme.controlText
        }
        ComboBox {
            Layout.preferredWidth: 160
            model: [qsTr("Dark"), qsTr("Light")]
            currentIndex: root.controller.theme === "light" ? 1 : 0
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Projector theme")
            onActivated: root.controller.theme = currentIndex === 1 ? "light" : "dark"
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Motion")
            color: root.theme.controlText
        }
        ComboBox {
            Layout.preferredWidth: 220
            model: [qsTr("As the system says"), qsTr("Reduced"), qsTr("Animated")]
            currentIndex: ["system", "reduced", "full"].indexOf(root.controller.motion)
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Camera motion")
            onActivated: root.controller.motion = ["system", "reduced", "full"][currentIndex]
        }
        Item { Layout.fillWidth: true }
        Label {
            textFormat: Text.PlainText
            text: qsTr("← → step · O overview · M moments that matter · N presenter view")
            color: root.theme.controlText
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
        Button {
            objectName: "joinSlideToggle"
            visible: root.participants !== null && root.participants.running
            text: qsTr("Join slide (J)")
            checkable: true
            checked: visible && root.participants.joinShown
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Show the join slide")
            onClicked: root.participants.joinShown = !root.participants.joinShown
        }
        Button {
            text: qsTr("Presenter view")
            focusPolicy: Qt.NoFocus
            onClicked: root.presenterToggled()
        }
        Button {
            text: qsTr("Leave (Esc)")
            focusPolicy: Qt.NoFocus
            onClicked: root.leaveRequested()
        }
    }
}
