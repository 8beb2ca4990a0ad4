// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas

// Asked before an unsaved workspace is closed: keep it in the application's data folder, to
// be offered again, or discard it. Cancel leaves everything as it is.
Dialog {
    id: root

    required property string workspaceName

    property string choice: ""

    signal keepRequested()
    signal discardRequested()
    signal cancelled()

    function choose(choice: string) {
        root.choice = choice;
        root.close();
    }

    anchors.centerIn: parent
    width: 440
    padding: Theme.spacing
    modal: true
    title: qsTr("Keep “%1”?").arg(root.workspaceName)
    onAboutToShow: root.choice = ""
    // Acted on once closed, whichever way the dialog was closed (buttons, Escape).
    onClosed: {
        if (root.choice === "keep")
            root.keepRequested();
        else if (root.choice === "discard")
            root.discardRequested();
        else
            root.cancelled();
    }

    contentItem: Label {
        textFormat: Text.PlainText
        text: qsTr("This workspace has not been saved to a file. Keep it to find it again under File ▸ Unsaved Workspaces and the next time CX Atlas starts, or discard it for good.")
        wrapMode: Text.Wrap
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Keep")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: root.choose("keep")
        }
        Button {
            text: qsTr("Discard")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: root.choose("discard")
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: root.choose("")
        }
    }
}
