// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// The workshop's dialogs, made the first time they are needed (the journey view must open
// fast; no pragma ComponentBehavior here, as Qt 6.4's Loader refuses bound components).
Item {
    id: root

    required property VotingController voting
    // The live session (issue 16), for Invite Participants….
    property ParticipantsController participants: null

    // Show on Projector in the invite dialog.
    signal projectorRequested()

    function startRound() {
        startLoader.active = true
        startLoader.item.open()
    }
    function showResults(round: string) {
        resultsLoader.active = true
        resultsLoader.item.show(round)
    }
    function invite() {
        inviteLoader.active = true
        inviteLoader.item.open()
    }
    function endRound() {
        endLoader.active = true
        endLoader.item.open()
    }

    Loader {
        id: startLoader
        active: false
        sourceComponent: StartRoundDialog {
            parent: Overlay.overlay
            voting: root.voting
        }
    }
    Loader {
        id: resultsLoader
        active: false
        sourceComponent: RoundResultsDialog {
            parent: Overlay.overlay
            voting: root.voting
        }
    }
    Loader {
        id: inviteLoader
        active: false
        sourceComponent: InviteDialog {
            parent: Overlay.overlay
            controller: root.participants
            onProjectorRequested: root.projectorRequested()
        }
    }
    Loader {
        id: endLoader
        active: false
        sourceComponent: Dialog {
            parent: Overlay.overlay
            anchors.centerIn: Overlay.overlay
            modal: true
            title: qsTr("End “%1”?").arg(root.voting.roundName)
            standardButtons: Dialog.Cancel | Dialog.Ok
            Label {
                textFormat: Text.PlainText
                text: qsTr("%n dot(s) cast. Once the round ends its votes can no longer change; Edit > Undo reopens it.",
                           "", root.voting.totalDots)
                wrapMode: Text.Wrap
                width: 420
            }
            onAccepted: {
                const ended = root.voting.end()
                if (ended !== "")
                    root.showResults(ended)
            }
        }
    }
}
