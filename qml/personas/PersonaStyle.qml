// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import CxAtlas.App

// The Personas view's own colours, measures and words for the file's names. Light or dark as
// Theme decides (the same reading of Preferences and the system palette: a singleton that
// imported its own module would form a cycle with the module's other singletons).
QtObject {
    readonly property SystemPalette system: SystemPalette {
        colorGroup: SystemPalette.Active
    }
    readonly property bool dark: Preferences.theme === "dark"
                                 || (Preferences.theme === "system" && system.window.hslLightness < 0.5)
    readonly property color validated: dark ? "#1f4d36" : "#dcf3e6"
    readonly property color validatedText: dark ? "#9be3bb" : "#1d6b42"
    readonly property color hypothesis: dark ? "#4a3b12" : "#fff1c7"
    readonly property color hypothesisText: dark ? "#ffe08a" : "#7a5600"
    readonly property color chip: dark ? "#343941" : "#eef0f3"
    readonly property color changedRow: dark ? "#2f2a1a" : "#fff8e1"
    readonly property color removedLine: dark ? "#5c1f1f" : "#fde7e9"
    readonly property color removedText: dark ? "#ffb4b4" : "#8a1c1c"
    readonly property color addedLine: dark ? "#1f4d36" : "#dcf3e6"
    readonly property color addedText: dark ? "#9be3bb" : "#1d6b42"
    readonly property int cardWidth: 300
    readonly property int cardHeight: 196
    readonly property int avatarSize: 56
    readonly property int editorAvatarSize: 112
    readonly property int sidePanelWidth: 320

    function statusLabel(status: string): string {
        return status === "validated" ? qsTr("Validated") : qsTr("Hypothesis");
    }
    function tierLabel(tier: string): string {
        switch (tier) {
        case "low": return qsTr("Low value");
        case "high": return qsTr("High value");
        case "top": return qsTr("Top value");
        default: return qsTr("Medium value");
        }
    }
    function evidenceKindLabel(kind: string): string {
        switch (kind) {
        case "survey": return qsTr("Survey");
        case "interview": return qsTr("Interview");
        case "analytics": return qsTr("Analytics");
        case "crm": return qsTr("CRM");
        case "social-listening": return qsTr("Social listening");
        default: return qsTr("Other");
        }
    }
}
