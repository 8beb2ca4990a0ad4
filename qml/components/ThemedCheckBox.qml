// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import CxAtlas

// A check box whose box keeps 3:1 against the field around it in both themes (WCAG 1.4.11).
// The style (Fusion) draws the box's edge from the window colour, darkened, which in the dark
// theme is darker than the base it sits on (about 1.2:1): the box was all but invisible.
//
// It also toggles through AT-SPI's Action interface (Toggle or Press), which Qt 6.4 leaves
// undone for Qt Quick Controls: a screen reader's user could not tick it otherwise.
CheckBox {
    id: control

    function toggleByAssistiveTechnology() {
        toggle()
        toggled()
    }
    Accessible.onPressAction: toggleByAssistiveTechnology()
    Accessible.onToggleAction: toggleByAssistiveTechnology()

    Binding {
        target: control.indicator
        property: "border.color"
        value: control.visualFocus ? Theme.focusRing : Theme.controlBorder
        when: control.indicator !== null && control.indicator.border !== undefined
    }
}
