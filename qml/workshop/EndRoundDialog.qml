// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import CxAtlas.App

// Asked before the running voting round ends: how many dots were cast, and that the votes can
// no longer change (Edit > Undo reopens it). Says which round ended.
Dialog {
    id: root

    required property VotingController voting

    signal ended(round: string)

    anchors.centerIn: Overlay.overlay
    modal: true
    title: qsTr("End “%1”?").arg(root.voting.roundName)
    standardButtons: Dialog.Cancel | Dialog.Ok
    onAccepted: {
        const round = root.voting.end()
        if (round !== "")
            root.ended(round)
    }

    Label {
        textFormat: Text.PlainText
        text: qsTr("%n dot(s) cast. Once the round ends its votes can no longer change; Edit > Undo reopens it.",
                   "", root.voting.totalDots)
        wrapMode: Text.Wrap
        width: 420
    }
}
