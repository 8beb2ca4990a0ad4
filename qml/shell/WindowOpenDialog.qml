// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs

// File > Open… in the main window, made by its ViewLoader on first use: the Qt Quick Dialogs
// module is loaded then, not at start-up.
FileDialog {
    id: root

    // The main window.
    required property var shell

    // Opens in the folder of the workspace open now (or the last one used).
    function start() {
        root.currentFolder = root.shell.workspace.dialogFolder();
        root.open();
    }

    parentWindow: root.shell
    title: qsTr("Open Workspace")
    fileMode: FileDialog.OpenFile
    nameFilters: [qsTr("CX Atlas workspaces (*.cxatlas)"), qsTr("All files (*)")]
    onAccepted: root.shell.openFile(root.selectedFile.toString())
}
