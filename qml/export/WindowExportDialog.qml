// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// File > Export… in the main window, made by its ViewLoader on first use.
ExportDialog {
    id: root

    // The main window.
    required property var shell

    parent: root.shell.contentItem
    workspace: root.shell.workspace
}
