// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": the overview is made by a Loader on first use.

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// The projected window of presentation mode: the stage spotlight, the overview (O), the walk
// through the moments that matter (M), the countdown, the participants' join slide (J, while a
// live session runs), and a bar of the mode's choices that shows while the mouse moves. No
// editing chrome, inspector or minimap.
//
// Keys: see PresentKeys.
ApplicationWindow {
    id: root

    required property PresentationController controller
    // The journey's parking lot: P parks a note from the mode.
    property ParkingLotModel lot: null
    required property WorkshopTimer timer
    required property ProjectorTheme theme
    property Component dotsComponent: null
    // The live session (issue 16), when the window's journey view has one.
    property ParticipantsController participants: null
    readonly property bool joinShown: root.participants !== null && root.participants.running
                                      && root.participants.joinShown
    readonly property alias spotlight: spotlight
    readonly property alias walk: walk
    readonly property Item overview: overviewLoader.item
    readonly property alias keys: keys
    readonly property real unit: Math.min(width / 1920, height / 1080)

    signal leaveRequested()
    signal presenterToggled()
    signal screenChosen(name: string)

    objectName: "presentationWindow"
    // The stage on screen is in the title too: screen readers and window lists say it.
    title: Texts.format(qsTr("%1 — %2 — presentation"), [root.controller.journeyTitle, root.controller.stageTitle])
    color: root.theme.background
    palette.window: root.theme.background
    palette.windowText: root.theme.text
    palette.base: root.theme.surface
    palette.text: root.theme.text
    palette.button: root.theme.surface
    palette.buttonText: root.theme.text
    palette.highlight: root.theme.accent
    palette.highlightedText: root.theme.background
    palette.mid: root.theme.border

    PresentKeys {
        id: keys

        objectName: "presentationKeys"
        anchors.fill: parent
        controller: root.controller
        onLeaveRequested: root.leaveRequested()
        onPresenterToggled: root.presenterToggled()
        onParkRequested: capture.open()
        onJoinToggled: {
            if (root.participants && root.participants.running)
                root.participants.joinShown = !root.participants.joinShown
        }
    }
    ParkCapture {
        id: capture
        theme: root.theme
        lot: root.lot
        unit: root.unit
        returnFocus: keys
    }

    SpotlightView {
        id: spotlight

        anchors.fill: parent
        controller: root.controller
        theme: root.theme
        dotsComponent: root.dotsComponent
        opacity: root.controller.overview || root.controller.mattersWalk ? 0 : 1
        visible: opacity > 0
        Behavior on opacity {
            enabled: root.controller.cameraMs > 0
            NumberAnimation { duration: root.controller.cameraMs }
        }
    }
    // The overview is built the first time it is asked for and kept: most sessions never
    // open it, and a large map's cards cost time to make.
    Loader {
        id: overviewLoader

        anchors.fill: parent
        active: false
        opacity: root.controller.overview ? 1 : 0
        visible: opacity > 0
        sourceComponent: OverviewMap {
            controller: root.controller
            theme: root.theme
        }
        Behavior on opacity {
            enabled: root.controller.cameraMs > 0
            NumberAnimation { duration: root.controller.cameraMs }
        }
    }
    Connections {
        target: root.controller
        function onPositionChanged() {
            if (root.controller.overview)
                overviewLoader.active = true
        }
    }
    MattersWalkView {
        id: walk

        anchors.fill: parent
        controller: root.controller
        theme: root.theme
        opacity: root.controller.mattersWalk ? 1 : 0
        visible: opacity > 0
        Behavior on opacity {
            enabled: root.controller.cameraMs > 0
            NumberAnimation { duration: root.controller.cameraMs }
        }
    }

    Loader {
        anchors.fill: parent
        active: root.joinShown
        sourceComponent: JoinSlide {
            controller: root.participants
            theme: root.theme
            unit: root.unit
        }
    }

    TimerBadge {
        objectName: "presentationTimer"
        visible: root.timer.used
        // Top right; smaller over the overview, whose header row it shares.
        x: root.width - (width + 40) * root.unit
        y: (root.controller.overview ? 10 : 28) * root.unit
        textSize: root.controller.overview ? 40 : 56
        scale: root.unit
        transformOrigin: Item.TopLeft
        timer: root.timer
        theme: root.theme
        reducedMotion: root.controller.reducedMotion
    }

    PresentControls {
        id: controls

        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        controller: root.controller
        theme: root.theme
        participants: root.participants
        onLeaveRequested: root.leaveRequested()
        onPresenterToggled: root.presenterToggled()
        onScreenChosen: name => root.screenChosen(name)
    }
    // The bar shows while the mouse moves and hides again after three seconds of stillness.
    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
        acceptedButtons: Qt.NoButton
        onPositionChanged: controls.reveal()
        z: -1
    }
}
