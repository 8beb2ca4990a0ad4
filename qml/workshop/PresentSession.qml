// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": the presenter view is made by a Loader on demand.

import QtQuick
import QtQuick.Window
import CxAtlas
import CxAtlas.App

// One presentation, from F5 to Esc: the controller over the main window's canvas (so the
// projector shows every edit at once), the countdown, the projected window on the chosen
// screen, and the presenter view. Leaving puts the main window back as it was: its visibility
// and, when it was a normal window, its geometry, and the keyboard.
Item {
    id: root

    required property JourneyCanvas canvas
    required property Window mainWindow
    // Integration points for dot voting (see PresenterWindow.tallyComponent and
    // PresentCard.dotsComponent).
    property Component tallyComponent: null
    property Component dotsComponent: null
    // The journey view's live session (issue 16): it follows this presentation's stage and
    // countdown while the presentation lasts.
    property ParticipantsController participants: null
    readonly property alias controller: presentController
    readonly property alias timer: presentTimer
    readonly property alias theme: projectorTheme
    readonly property alias presentation: presentation
    readonly property Window presenter: presenterLoader.item
    property var saved: ({})
    property bool leaving: false

    signal finished()

    // The screen by its remembered name; else, with two or more, one the main window is not
    // on; else the main window's.
    function chosenScreen() {
        const screens = Qt.application.screens
        for (let i = 0; i < screens.length; ++i) {
            if (screens[i].name === presentController.screenName)
                return screens[i]
        }
        for (let j = 0; j < screens.length; ++j) {
            if (screens[j].name !== root.mainWindow.screen.name)
                return screens[j]
        }
        return root.mainWindow.screen
    }
    function otherScreen(screen) {
        const screens = Qt.application.screens
        for (let i = 0; i < screens.length; ++i) {
            if (screens[i].name !== screen.name)
                return screens[i]
        }
        return null
    }
    function place(window, screen, fullScreen) {
        window.screen = screen
        window.x = screen.virtualX + (fullScreen ? 0 : 40)
        window.y = screen.virtualY + (fullScreen ? 0 : 40)
        if (fullScreen) {
            window.width = screen.width
            window.height = screen.height
            window.showFullScreen()
        } else {
            window.show()
        }
    }
    function start() {
        const w = root.mainWindow
        root.saved = {visibility: w.visibility, x: w.x, y: w.y, width: w.width, height: w.height}
        const screen = root.chosenScreen()
        root.place(presentation, screen, true)
        // With a second screen the presenter view opens there by itself.
        if (root.otherScreen(screen) !== null)
            root.showPresenter()
        root.activate(presentation)
    }
    // The keyboard to window (a clicker's keys go to the active window; both take them).
    function activate(window) {
        window.requestActivate()
        window.keys.forceActiveFocus()
    }
    function moveTo(name: string) {
        presentController.screenName = name
        presentation.showNormal()
        root.place(presentation, root.chosenScreen(), true)
        if (root.presenter && root.presenter.visible && root.otherScreen(presentation.screen))
            root.place(root.presenter, root.otherScreen(presentation.screen), false)
    }
    function showPresenter() {
        presenterLoader.active = true
        const other = root.otherScreen(presentation.screen)
        root.place(root.presenter, other !== null ? other : presentation.screen, false)
    }
    function togglePresenter() {
        if (root.presenter && root.presenter.visible) {
            root.presenter.close()
            root.activate(presentation)
        } else {
            root.showPresenter()
            // A window opened on demand does not take the keyboard from the room's.
            root.activate(presentation)
        }
    }
    function leave() {
        if (root.leaving)
            return
        root.leaving = true
        if (root.presenter)
            root.presenter.close()
        presentation.close()
        const w = root.mainWindow
        if (w.visibility !== root.saved.visibility)
            w.visibility = root.saved.visibility
        if (root.saved.visibility === Window.Windowed) {
            w.x = root.saved.x
            w.y = root.saved.y
            w.width = root.saved.width
            w.height = root.saved.height
        }
        w.raise()
        w.requestActivate()
        root.finished()
    }

    PresentationController {
        id: presentController
        canvas: root.canvas
    }
    WorkshopTimer {
        id: presentTimer
    }
    ParkingLotModel {
        id: sessionLot
        workspace: root.canvas.workspace
        journey: root.canvas.journey
    }
    Binding {
        when: root.participants !== null
        target: root.participants
        property: "presentation"
        value: presentController
    }
    Binding {
        when: root.participants !== null
        target: root.participants
        property: "timer"
        value: presentTimer
    }
    // J in the presenter view too (the projected window handles its own).
    Connections {
        target: root.presenter ? root.presenter.keys : null
        function onJoinToggled() {
            if (root.participants && root.participants.running)
                root.participants.joinShown = !root.participants.joinShown
        }
    }
    ProjectorTheme {
        id: projectorTheme
        dark: presentController.theme !== "light"
    }
    PresentationWindow {
        id: presentation

        transientParent: null
        visible: false
        controller: presentController
        timer: presentTimer
        theme: projectorTheme
        lot: sessionLot
        dotsComponent: root.dotsComponent
        participants: root.participants
        onLeaveRequested: root.leave()
        onPresenterToggled: root.togglePresenter()
        onScreenChosen: name => root.moveTo(name)
        onClosing: close => {
            // Closed by the window manager (or Alt+F4): leave as Esc does.
            if (!root.leaving) {
                close.accepted = false
                Qt.callLater(root.leave)
            }
        }
    }
    Loader {
        id: presenterLoader

        active: false
        sourceComponent: PresenterWindow {
            transientParent: null
            controller: presentController
            timer: presentTimer
            theme: projectorTheme
            lot: sessionLot
            tallyComponent: root.tallyComponent
            onLeaveRequested: root.leave()
            onPresenterToggled: root.togglePresenter()
        }
    }
}
