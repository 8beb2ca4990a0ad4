// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// The Architecture view in the main window, made by its ViewLoader the first time it is shown.
ArchitecturePage {
    id: root

    // The main window.
    required property var shell

    workspace: root.shell.workspace
    active: root.shell.currentView === "architecture"
}
