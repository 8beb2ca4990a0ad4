// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// The main window's question before an unsaved workspace is replaced, made by its ViewLoader
// the first time it is asked: it runs the window's pending action once the workspace is kept
// or discarded.
UnsavedDialog {
    id: root

    // The main window.
    required property var shell

    parent: root.shell.contentItem
    workspaceName: root.shell.workspace.title
    onKeepRequested: {
        root.shell.workspace.close();
        root.shell.runPending();
    }
    onDiscardRequested: {
        root.shell.workspace.discard();
        root.shell.runPending();
    }
    onCancelled: root.shell.pendingAction = null
}
