// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas.App

// The presentation's keys, the same in the projected window and the presenter view (what
// presentation clickers send included): Right, Page Down, Space: next; Left, Page Up,
// Backspace: previous; Home, End; 1–9: stage n; O: overview; M: moments that matter; T: light
// or dark; N: presenter view; P: park a note in the parking lot; J: the participants' join slide
// (while a live session runs); Esc: leave.
Item {
    id: root

    required property PresentationController controller

    signal leaveRequested()
    signal presenterToggled()
    signal parkRequested()
    signal joinToggled()

    focus: true
    Keys.onPressed: event => {
        const c = root.controller
        if (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
            return
        switch (event.key) {
        case Qt.Key_Right: case Qt.Key_PageDown: case Qt.Key_Space: c.next(); break
        case Qt.Key_Left: case Qt.Key_PageUp: case Qt.Key_Backspace: c.previous(); break
        case Qt.Key_Home: c.first(); break
        case Qt.Key_End: c.last(); break
        case Qt.Key_O: c.toggleOverview(); break
        case Qt.Key_M: c.toggleMattersWalk(); break
        case Qt.Key_T: c.toggleTheme(); break
        case Qt.Key_N: root.presenterToggled(); break
        case Qt.Key_P: root.parkRequested(); break
        case Qt.Key_J: root.joinToggled(); break
        case Qt.Key_Escape: root.leaveRequested(); break
        default:
            if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9)
                c.jumpTo(event.key - Qt.Key_0)
            else
                return
        }
        event.accepted = true
    }
}
