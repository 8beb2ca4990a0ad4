// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// File > Open Server Workspace… (issue 15): a team workspace on a PostgreSQL server by its
// address, name and password. What is wrong (the address, the password, the server) is said
// here and the dialog stays open; once the workspace is open it closes, unless the keyring
// could not keep the password: then it says so, and Close leaves the workspace open.
Dialog {
    id: root

    required property WorkspaceController workspace
    // Runs an action that replaces the open workspace (the window asks about unsaved work).
    property var guard: action => action()
    readonly property ServerSession server: root.workspace.server
    // The workspace is open and the keyring is being asked to keep the password.
    property bool storing: false
    // The workspace is open; only the keyring's answer is left to read.
    property bool done: false

    // Shows the dialog, with the fields of url (a recent entry) when given.
    function start(url: string) {
        if (url !== "") {
            const fields = root.server.fieldsOf(url);
            address.text = fields.address;
            workspaceName.text = fields.workspace;
        }
        password.text = "";
        root.storing = false;
        root.done = false;
        root.open();
        (address.text === "" ? address : workspaceName.text === "" ? workspaceName : password).forceActiveFocus();
    }
    function submit() {
        if (root.done) {
            root.close();
            return;
        }
        root.guard(() => {
            if (!root.workspace.openServer(address.text, workspaceName.text, password.text, remember.checked)) {
                password.forceActiveFocus();
                return;
            }
            password.text = "";
            root.done = true;
            root.storing = remember.checked;
            if (!remember.checked)
                root.close();
        });
    }

    objectName: "serverDialog"
    anchors.centerIn: parent
    width: Math.min(600, parent ? parent.width - 40 : 600)
    padding: Theme.spacing
    modal: true
    title: qsTr("Open Server Workspace")
    onClosed: {
        password.text = "";
        root.server.clearLoginError();
    }

    Connections {
        target: root.server
        function onPasswordStored(ok: bool) {
            if (!root.storing)
                return;
            root.storing = false;
            if (ok)
                root.close();
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("A team workspace lives on a PostgreSQL server, where everyone who opens it sees the others' edits as they are made. Its administrator gives you the address, your login and the password.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.smallSpacing
            enabled: !root.done

            Label { textFormat: Text.PlainText; text: qsTr("Server address") }
            TextField {
                id: address

                objectName: "serverAddress"
                Layout.fillWidth: true
                placeholderText: qsTr("postgresql://you@server.example.org:5432/cx?sslmode=require")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                selectByMouse: true
                Accessible.name: qsTr("Server address")
                Accessible.description: qsTr("postgresql://USER@HOST:PORT/DATABASE, with options such as ?sslmode=require")
                onAccepted: root.submit()
            }
            Label { textFormat: Text.PlainText; text: qsTr("Workspace") }
            TextField {
                id: workspaceName

                objectName: "serverWorkspace"
                Layout.fillWidth: true
                placeholderText: qsTr("The workspace's name on the server")
                selectByMouse: true
                Accessible.name: qsTr("Workspace name")
                onAccepted: root.submit()
            }
            Label { textFormat: Text.PlainText; text: qsTr("Password") }
            TextField {
                id: password

                objectName: "serverPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Empty: from ~/.pgpass or PGPASSWORD")
                Accessible.name: qsTr("Password")
                onAccepted: root.submit()
            }
            Item { width: 1; height: 1 }
            ThemedCheckBox {
                id: remember

                objectName: "serverRemember"
                checked: true
                text: qsTr("Remember the password in the keyring")
                Accessible.name: text
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "serverLoginError"
            Layout.fillWidth: true
            visible: text !== ""
            padding: Theme.smallSpacing
            text: root.server.loginError
            color: Theme.errorText
            wrapMode: Text.Wrap
            background: Rectangle { color: Theme.error; radius: Theme.radius }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            textFormat: Text.PlainText
            objectName: "serverKeyringProblem"
            Layout.fillWidth: true
            visible: root.done && !root.storing && root.server.keyringProblem !== ""
            padding: Theme.smallSpacing
            text: qsTr("“%1” is open. %2").arg(root.server.workspaceName).arg(root.server.keyringProblem)
            color: Theme.warningText
            wrapMode: Text.Wrap
            background: Rectangle { color: Theme.warning; radius: Theme.radius }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "serverOpen"
            text: root.done ? qsTr("Close") : qsTr("Open")
            enabled: !root.storing && (root.done || address.text.trim() !== "")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            Accessible.name: text
            onClicked: root.submit()
        }
        Button {
            visible: !root.done
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
            onClicked: root.close()
        }
    }
}
