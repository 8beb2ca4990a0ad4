// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Beside the map while a live session runs: who joined and is connected, their dots and notes,
// removing someone (after asking; their dots go in one undo step), the code again, and the
// end of the session.
Rectangle {
    id: root

    required property ParticipantsController controller

    signal inviteRequested()

    color: Theme.window
    border.color: Theme.border
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Participants")

    ColumnLayout {
        anchors { fill: parent; margins: Theme.smallSpacing }
        spacing: Theme.smallSpacing

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Participants (%1 connected)").arg(root.controller.participants.connectedCount)
            font.bold: true
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.controller.joinText
            font.pixelSize: Theme.smallSize
            elide: Text.ElideMiddle
            color: Theme.mutedText
            Accessible.name: qsTr("Join address %1").arg(root.controller.joinText)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Button {
                objectName: "showCode"
                text: qsTr("Show Code")
                onClicked: root.inviteRequested()
            }
            Button {
                objectName: "panelStopSession"
                text: qsTr("Stop Session")
                onClicked: stopDialog.open()
            }
        }

        ListView {
            id: list
            objectName: "participantList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.controller.participants
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People who joined")
            ScrollBar.vertical: ScrollBar {}
            delegate: ParticipantDelegate {
                width: ListView.view.width
                onRemoveRequested: (id, name, used) => removeDialog.ask(id, name, used)
            }
            Label {
                textFormat: Text.PlainText
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.smallSpacing }
                visible: list.count === 0
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Nobody has joined yet. Show the code on the projector (J while presenting) or share the address.")
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "participantsMessage"
            Layout.fillWidth: true
            visible: root.controller.message !== ""
            text: root.controller.message
            wrapMode: Text.Wrap
            color: Theme.errorText
            Accessible.role: Accessible.AlertMessage
        }
    }

    Dialog {
        id: removeDialog

        property string participantId
        property string name
        property int used

        function ask(id: string, name: string, used: int) {
            removeDialog.participantId = id
            removeDialog.name = name
            removeDialog.used = used
            removeDialog.open()
        }

        objectName: "removeParticipantDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 440
        modal: true
        title: qsTr("Remove Participant")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: root.controller.remove(removeDialog.participantId)
        onClosed: list.forceActiveFocus()
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Remove")

        Label {
            textFormat: Text.PlainText
            width: 400 // fixed: one from the dialog's would loop through its implicit size
            wrapMode: Text.Wrap
            color: Theme.text
            text: removeDialog.used > 0
                  ? qsTr("Remove %1? Their %n dot(s) in this round go, in one step you can undo.", "", removeDialog.used).arg(removeDialog.name)
                  : qsTr("Remove %1? Their page stops working; the notes they parked stay.").arg(removeDialog.name)
        }
    }
    Dialog {
        id: stopDialog

        objectName: "stopSessionDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 440
        modal: true
        title: qsTr("Stop the Session?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: root.controller.stop()
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Stop Session")

        Label {
            textFormat: Text.PlainText
            width: 400 // fixed: one from the dialog's would loop through its implicit size
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("Everyone's page stops working and the code with it; their dots and notes stay in the workspace. A new session gets a new code.")
        }
    }
}
