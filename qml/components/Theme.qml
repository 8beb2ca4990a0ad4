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
    readonly property color mutedText: dark ? "#9aa0a6" : "#5f6670"
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
    readonly property int titleSize: 24
    readonly property int headingSize: 17
    readonly property int bodySize: 14
    readonly property int smallSize: 12

    function statusColor(status: string): color {
        switch (status) {
        case "on-track": return onTrack
        case "at-risk": return atRisk
        case "off-track": return offTrack
        default: return noStatus
        }
    }
}
