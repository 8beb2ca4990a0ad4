// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// File > Import… in the main window, made by its ViewLoader on first use: an imported journey
// is shown at once.
ImportDialog {
    id: root

    // The main window.
    required property var shell

    parent: root.shell.contentItem
    objectName: "importDialog"
    workspace: root.shell.workspace
    guard: action => root.shell.whenSafe(action)
    onImported: journey => {
        if (journey === "")
            return;
        root.shell.journeysPage.canvas.journey = journey;
        root.shell.showView("journeys");
    }
}
