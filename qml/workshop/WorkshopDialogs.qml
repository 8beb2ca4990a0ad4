// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// The workshop's dialogs, made the first time they are needed: the journey view must open fast.
Item {
    id: root

    required property VotingController voting
    // The live session (issue 16), for Invite Participants….
    property ParticipantsController participants: null

    // Show on Projector in the invite dialog.
    signal projectorRequested()

    function startRound() {
        startLoader.build().open()
    }
    function showResults(round: string) {
        resultsLoader.build().show(round)
    }
    function invite() {
        inviteLoader.build().open()
    }
    function endRound() {
        endLoader.build().open()
    }

    // Each loaded by address (ViewLoader): nothing of the dialogs is loaded before it is used.
    ViewLoader {
        id: startLoader
        view: Qt.resolvedUrl("StartRoundDialog.qml")
        properties: ({ parent: Overlay.overlay, voting: root.voting })
    }
    ViewLoader {
        id: resultsLoader
        view: Qt.resolvedUrl("RoundResultsDialog.qml")
        properties: ({ parent: Overlay.overlay, voting: root.voting })
    }
    ViewLoader {
        id: inviteLoader
        view: Qt.resolvedUrl("../live/InviteDialog.qml")
        properties: ({ parent: Overlay.overlay, controller: root.participants })
    }
    ViewLoader {
        id: endLoader
        view: Qt.resolvedUrl("EndRoundDialog.qml")
        properties: ({ parent: Overlay.overlay, voting: root.voting })
    }
    Connections {
        target: inviteLoader.item
        function onProjectorRequested() { root.projectorRequested() }
    }
    Connections {
        target: endLoader.item
        function onEnded(round: string) { root.showResults(round) }
    }
}
