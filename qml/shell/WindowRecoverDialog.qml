// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// File > Unsaved Workspaces… in the main window (also offered at start after a crash), made by
// its ViewLoader the first time it is shown.
RecoverDialog {
    id: root

    // The main window.
    required property var shell

    parent: root.shell.contentItem
    workspace: root.shell.workspace
    onOpenRequested: path => root.shell.openFile(path)
}
