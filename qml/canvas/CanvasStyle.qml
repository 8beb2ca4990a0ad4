// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import CxAtlas

// The journey map's own colours and measures, light and dark, built on Theme.
QtObject {
    readonly property bool dark: Theme.dark
    readonly property color mapBackground: dark ? "#1b1e23" : "#f3f4f7"
    readonly property color headerBackground: dark ? "#262a31" : "#e6e9ef"
    readonly property color headerText: Theme.text
    readonly property color gridLine: dark ? "#343941" : "#d3d8e0"
    readonly property color curveBand: dark ? "#20242a" : "#fbfbfd"
    readonly property color curveGuide: dark ? "#30353d" : "#e4e7ec"
    readonly property color journeyCurve: dark ? "#d6dde6" : "#2f3e4e"
    readonly property color visibilityLine: dark ? "#e0a44a" : "#9c5418"
    readonly property color card: dark ? "#2d323a" : "#ffffff"
    readonly property color cardBorder: dark ? "#454b55" : "#c9ced7"
    readonly property color cardText: Theme.text
    readonly property color cardMuted: Theme.mutedText
    readonly property color selection: Theme.accent
    readonly property color matters: dark ? "#f0a35e" : "#b9501f"
    // Text on a matters-coloured badge (the dots while a round runs).
    readonly property color mattersText: dark ? "#1a1206" : "#ffffff"
    readonly property color dropIndicator: Theme.accent
    readonly property color rubberBand: dark ? "#337aa7ff" : "#332f5fd0"
    readonly property color evidence: dark ? "#9fb3c8" : "#52667a"
    readonly property color focusRing: Theme.focusRing
    readonly property int cardRadius: 6
    // The map's type is the document's, not the window's: fixed sizes that core/layout's card
    // and header sizes are made for (the PDF uses the same), grown with the map's zoom
    // (Ctrl+plus), not with the system font, which would overflow the cards.
    readonly property int titleSize: 14
    readonly property int smallSize: 11
    readonly property int headerSize: 15
    readonly property int laneHeaderSize: 14

    // A card in the colour the user picked: a wash of it over the card, light enough in both
    // themes that the card's muted text keeps 4.5:1 (tst_accessibility checks the palette).
    function cardTint(tint: string): color {
        if (tint === "")
            return card
        return Qt.tint(card, (dark ? "#20" : "#40") + tint.substring(1))
    }

    // Lanes get a quiet tint by kind so a map reads at a glance.
    // The architecture's kinds: warm for what the customer meets, cool for what supports it.
    function kindColor(kind: string): color {
        const colors = {
            "moment": dark ? "#d6dde6" : "#2f3e4e",
            "story": "#e07a5f", "experience": "#d99a3b", "service": "#c0a21e",
            "process": "#3d8b6e", "system": "#0b84a5", "data": "#5b6fc7",
            "metric": "#8e5cc7", "insight": "#6b8e23", "opportunity": "#d0487a"
        }
        return colors[kind] ?? cardBorder
    }
    function laneTint(kind: string): color {
        const light = {
            "steps": "#f7f8fa", "touchpoints": "#f3f7fc", "channels": "#f4f8f6",
            "thoughts": "#faf7fc", "emotions": "#fbfbfd", "pain-points": "#fcf5f4",
            "opportunities": "#f4faf4", "frontstage": "#f2f6fb", "backstage": "#f0f1f4",
            "custom": "#f7f7f7"
        }
        const darkTints = {
            "steps": "#23272d", "touchpoints": "#222830", "channels": "#212a27",
            "thoughts": "#28242d", "emotions": "#20242a", "pain-points": "#2d2424",
            "opportunities": "#222b24", "frontstage": "#212833", "backstage": "#1d1f24",
            "custom": "#24262a"
        }
        return (dark ? darkTints : light)[kind] ?? (dark ? "#23272d" : "#f7f8fa")
    }
}
