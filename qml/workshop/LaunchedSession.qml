// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": its components are made by other files' Loaders.
import QtQuick
import CxAtlas

// A presentation as the main window starts it (PresentLauncher loads this file by address on
// F5, so that nothing of presentation mode is loaded before it is used): the journey view's
// canvas, voting and live session.
PresentSession {
    id: root

    // The PresentLauncher: its window, canvas, voting and participants, and finish().
    required property var shell

    canvas: root.shell.canvas
    mainWindow: root.shell.window
    participants: root.shell.participants
    tallyComponent: Component {
        VotingTally {
            voting: root.shell.voting
            theme: root.theme
        }
    }
    dotsComponent: Component { VoteBadge {} }
    onFinished: root.shell.finish()
}
