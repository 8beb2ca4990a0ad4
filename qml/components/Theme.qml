// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// Colours, spacing and type for every view; components hard-code none of them.
QtObject {
    // Follows the system: Qt 6.4 has no colour-scheme hint, so read the palette's lightness.
    readonly property SystemPalette system: SystemPalette {
        colorGroup: SystemPalette.Active
    }
    readonly property bool dark: system.window.hslLightness < 0.5
    readonly property color window: dark ? "#1e2126" : "#f6f7f9"
    readonly property color text: dark ? "#e8eaed" : "#1f2328"
    readonly property color mutedText: dark ? "#9aa0a6" : "#5f6670"
    readonly property color warning: dark ? "#4a3b12" : "#fff4ce"
    readonly property color warningText: dark ? "#ffe08a" : "#5c4400"
    readonly property color error: dark ? "#5c1f1f" : "#fde7e9"
    readonly property color errorText: dark ? "#ffb4b4" : "#8a1c1c"
    readonly property int spacing: 12
    readonly property int titleSize: 24
    readonly property int bodySize: 14
}
