// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import CxAtlas

// A small rounded label: a persona's status (coloured) or another fact (plain).
Label {
    textFormat: Text.PlainText
    id: root

    property string status

    leftPadding: Theme.smallSpacing
    rightPadding: Theme.smallSpacing
    topPadding: 2
    bottomPadding: 2
    font.pixelSize: Theme.smallSize
    color: root.status === "validated" ? PersonaStyle.validatedText
         : root.status === "hypothesis" ? PersonaStyle.hypothesisText : Theme.text
    Accessible.name: root.text
    background: Rectangle {
        radius: height / 2
        color: root.status === "validated" ? PersonaStyle.validated
             : root.status === "hypothesis" ? PersonaStyle.hypothesis : PersonaStyle.chip
    }
}
