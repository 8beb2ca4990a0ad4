// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// The Personas view in the main window, made by its ViewLoader the first time it is shown.
PersonasPage {
    id: root

    // The main window.
    required property var shell

    objectName: "personasPage"
    workspace: root.shell.workspace
    onJourneyRequested: journey => {
        root.shell.journeysPage.canvas.journey = journey;
        root.shell.showView("journeys");
    }
}
