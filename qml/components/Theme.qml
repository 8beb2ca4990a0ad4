// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import CxAtlas.App

// Colours, spacing and type for every view; components hard-code none of them.
QtObject {
    // Preferences' choice, or the system's: Qt 6.4 has no colour-scheme hint, so read the
    // palette's lightness.
    readonly property SystemPalette system: SystemPalette {
        colorGroup: SystemPalette.Active
    }
    readonly property bool dark: Preferences.theme === "dark"
                                 || (Preferences.theme === "system" && system.window.hslLightness < 0.5)
    readonly property color window: dark ? "#1e2126" : "#f6f7f9"
    readonly property color text: dark ? "#e8eaed" : "#1f2328"
    // Every text colour meets WCAG AA (4.5:1) on every background it is drawn on
    // (tst_accessibility computes each pair); disabledText is for disabled controls only, which
    // WCAG exempts, never for text that informs.
    readonly property color mutedText: dark ? "#b0b6bd" : "#555c66"
    readonly property color disabledText: dark ? "#61676f" : "#a3a9b1"
    readonly property color warning: dark ? "#4a3b12" : "#fff4ce"
    readonly property color warningText: dark ? "#ffe08a" : "#5c4400"
    readonly property color error: dark ? "#5c1f1f" : "#fde7e9"
    readonly property color errorText: dark ? "#ffb4b4" : "#8a1c1c"
    readonly property color base: dark ? "#1b1e22" : "#ffffff"
    readonly property color button: dark ? "#343941" : "#eef0f3"
    readonly property color surface: dark ? "#262a30" : "#ffffff"
    readonly property color sidebar: dark ? "#181b1f" : "#eceef2"
    readonly property color border: dark ? "#3a3f47" : "#d5d9e0"
    // The edges of fields, check boxes and the like (the palette's mid): 3:1 against what
    // surrounds them (WCAG 1.4.11), unlike border, which only separates areas.
    readonly property color controlBorder: dark ? "#808894" : "#7d848e"
    // The keyboard focus, drawn around the focused card or item: 3:1 on every surface.
    readonly property color focusRing: accent
    readonly property color accent: dark ? "#7aa7ff" : "#2f5fd0"
    readonly property color accentText: dark ? "#0d1526" : "#ffffff"
    readonly property color selection: dark ? "#2c3d5e" : "#dbe6ff"
    readonly property color hover: dark ? "#252a31" : "#e2e5ea"
    // A metric's status (issue 13): always shown with its word, never by colour alone.
    readonly property color onTrack: dark ? "#6fcf97" : "#1e7b45"
    readonly property color atRisk: dark ? "#f2c14e" : "#9a5b00"
    readonly property color offTrack: dark ? "#ff8a80" : "#b3261e"
    readonly property color noStatus: mutedText
    // The chart's target line and the confidence band behind the series.
    readonly property color target: dark ? "#c792ea" : "#7b3fb5"
    readonly property color band: dark ? "#337aa7ff" : "#332f5fd0"
    readonly property int spacing: 12
    readonly property int smallSpacing: 6
    readonly property int radius: 4
    readonly property int sidebarWidth: 220
    // Type follows the system font (SystemHints): the sizes are designed for Qt's default
    // 12 px (9 pt at 96 dpi) and grow with a larger system font or text scaling.
    readonly property real fontScale: SystemHints.fontPixelSize / 12
    readonly property int titleSize: Math.round(24 * fontScale)
    readonly property int headingSize: Math.round(17 * fontScale)
    readonly property int bodySize: Math.round(14 * fontScale)
    readonly property int smallSize: Math.round(12 * fontScale)
    // The desktop asks for less motion (SystemHints): animations and scrolls become instant.
    readonly property bool reducedMotion: SystemHints.reducedMotion
    function duration(ms: int): int { return reducedMotion ? 0 : ms }

    function statusColor(status: string): color {
        switch (status) {
        case "on-track": return onTrack
        case "at-risk": return atRisk
        case "off-track": return offTrack
        default: return noStatus
        }
    }
}
