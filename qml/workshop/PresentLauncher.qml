// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CxAtlas
import CxAtlas.App

// What the main window holds of presentation mode: a loader that makes a PresentSession on
// View > Present (F5) or the Journeys toolbar's Present, and drops it on leaving, when the main
// window's current view gets the keyboard back. Nothing of the mode is built before it is used.
Item {
    id: root

    required property Window window
    // The journey view: its canvas, voting and live session.
    property JourneysPage page: null
    property JourneyCanvas canvas: root.page ? root.page.canvas : null
    // The journey view's voting: its live tally in the presenter view, its dots on the cards.
    property VotingController voting: root.page ? root.page.voting : null
    // Its live session (issue 16): the join slide on the projector, the stage it follows.
    property ParticipantsController participants: root.page ? root.page.participants : null
    readonly property var session: loader.item

    function present() {
        if (!root.canvas || root.canvas.journey === "" || loader.item)
            return
        loader.build().start()
    }
    // The session ended: drop it once its signal is done, and give the window the keyboard.
    function finish() {
        Qt.callLater(() => {
            loader.source = ""
            if (root.window.focusCurrentView)
                root.window.focusCurrentView()
        })
    }

    ViewLoader {
        id: loader

        view: Qt.resolvedUrl("LaunchedSession.qml")
        properties: ({ shell: root })
    }
}
