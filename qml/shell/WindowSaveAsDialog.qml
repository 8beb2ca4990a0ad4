// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Dialogs

// File > Save As… in the main window, made by its ViewLoader on first use.
FileDialog {
    id: root

    // The main window.
    required property var shell

    // Opens in the workspace's folder with a name for it.
    function start() {
        root.currentFolder = root.shell.workspace.dialogFolder();
        root.selectedFile = root.shell.workspace.suggestedSaveFile();
        root.open();
    }

    parentWindow: root.shell
    title: qsTr("Save Workspace As")
    fileMode: FileDialog.SaveFile
    defaultSuffix: "cxatlas"
    nameFilters: [qsTr("CX Atlas workspaces (*.cxatlas)")]
    onAccepted: root.shell.workspace.saveAs(root.selectedFile.toString())
}
