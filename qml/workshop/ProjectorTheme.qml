// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The projector's colours and type, light and dark. Projectors wash colours out, so every
// text colour here reads at a contrast of at least 7:1 (WCAG's AAA) on every background it is
// drawn on: textPairs lists each such pair, and tst_present checks them all with WCAG's
// formula. Sizes are in reference units (one unit is a pixel of a 1920 × 1080 screen); the
// views scale them with the screen.
//
// Persona curves keep the colours the rest of the app gives them (Okabe and Ito's palette,
// PersonaPalette); the journey-wide curve takes the text colour.
QtObject {
    id: root

    property bool dark: true

    readonly property color background: dark ? "#0b0d10" : "#ffffff"
    readonly property color surface: dark ? "#1c2128" : "#eef1f5"     // cards, panels
    readonly property color text: dark ? "#f5f7fa" : "#111418"
    readonly property color mutedText: dark ? "#c5ccd5" : "#3b434e"
    readonly property color accent: dark ? "#ffbf73" : "#7a3300"      // moments that matter
    readonly property color border: dark ? "#5a6573" : "#8a94a3"
    readonly property color focusBorder: dark ? "#ffbf73" : "#7a3300"
    readonly property color dim: dark ? Qt.rgba(0.043, 0.051, 0.063, 0.80) : Qt.rgba(1, 1, 1, 0.80)
    readonly property color guide: dark ? "#2c333c" : "#d9dee5"
    readonly property color alarm: dark ? "#ffd166" : "#8f1d00"       // the timer's end
    readonly property color alarmText: dark ? "#1a1400" : "#ffffff"
    readonly property color controlBackground: dark ? "#1c2128" : "#eef1f5"
    readonly property color controlText: text

    // Type, in reference units. Titles never below 28 px at 1920 × 1080, headers never below 40.
    readonly property int stageTitleSize: 60
    readonly property int stageNumberSize: 28
    readonly property int cardTitleSize: 32
    readonly property int cardTitleMinimum: 28
    readonly property int cardMetaSize: 24
    readonly property int laneSize: 24
    readonly property int bodySize: 28
    readonly property int smallSize: 22
    readonly property int radius: 10
    readonly property string fontFamily: "DejaVu Sans"

    // Every text colour with every background it is drawn on, for the contrast test.
    readonly property var textPairs: [
        {name: "text on background", text: root.text, background: root.background},
        {name: "muted text on background", text: root.mutedText, background: root.background},
        {name: "text on surface", text: root.text, background: root.surface},
        {name: "muted text on surface", text: root.mutedText, background: root.surface},
        {name: "accent on surface", text: root.accent, background: root.surface},
        {name: "accent on background", text: root.accent, background: root.background},
        {name: "alarm on background", text: root.alarm, background: root.background},
        {name: "alarm text on alarm", text: root.alarmText, background: root.alarm},
        {name: "control text on control background", text: root.controlText, background: root.controlBackground}
    ]
}
