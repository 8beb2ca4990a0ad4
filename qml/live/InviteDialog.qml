// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Workshop > Invite Participants…: choose the network the room is on and start the session;
// then the QR code and the address to share, the projector's join slide, and the way to stop.
// Nothing starts before Start is pressed.
Dialog {
    id: root

    required property ParticipantsController controller

    signal projectorRequested()

    objectName: "inviteDialog"
    title: qsTr("Invite Participants")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, parent ? parent.width - 40 : 560)
    standardButtons: Dialog.Close
    onAboutToShow: {
        root.controller.clearMessage()
        root.controller.refreshInterfaces()
        networks.currentIndex = 0
        if (root.controller.running)
            address.forceActiveFocus()
        else
            networks.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // Before the session: where to listen, and what that shares.
        ColumnLayout {
            Layout.fillWidth: true
            visible: !root.controller.running
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Participants join from the browser of their phone or laptop, on the same network as this computer: no app, no account.")
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                Layout.topMargin: Theme.smallSpacing
                text: qsTr("Network")
                color: Theme.text
            }
            ComboBox {
                id: networks
                objectName: "networkChoice"
                Layout.fillWidth: true
                model: root.controller.interfaces
                textRole: "label"
                Accessible.name: qsTr("Network participants are on")
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("They see this journey's current stage and its moments, the voting round and the timer, and can vote and park notes. Nothing else of the workspace is shared. The session stops when you stop it, close the workspace or quit CX Atlas.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
        }

        // During the session: the code and the address, big enough to read from a seat.
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.controller.running
            spacing: Theme.smallSpacing

            QrCodeItem {
                objectName: "inviteQrCode"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(320, root.availableWidth)
                Layout.preferredHeight: Layout.preferredWidth
                text: root.controller.joinText
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of the join address %1").arg(root.controller.joinText)
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Scan the code, or open this address:")
                wrapMode: Text.Wrap
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                TextField {
                    id: address
                    objectName: "joinAddress"
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    text: root.controller.joinText
                    font.family: "monospace"
                    Accessible.name: qsTr("Join address")
                }
                Button {
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy the join address")
                    onClicked: {
                        address.selectAll()
                        address.copy()
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Network: %1. The address works until the session stops.").arg(root.controller.listeningOn)
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "inviteMessage"
            Layout.fillWidth: true
            visible: root.controller.message !== ""
            text: root.controller.message
            wrapMode: Text.Wrap
            color: Theme.errorText
            Accessible.role: Accessible.AlertMessage
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.smallSpacing

            Button {
                objectName: "startSession"
                visible: !root.controller.running
                text: qsTr("Start")
                highlighted: true
                enabled: networks.currentIndex >= 0
                onClicked: {
                    if (root.controller.start(networks.currentIndex))
                        address.forceActiveFocus()
                }
            }
            Button {
                objectName: "showOnProjector"
                visible: root.controller.running
                text: qsTr("Show on Projector")
                onClicked: {
                    root.projectorRequested()
                    root.close()
                }
            }
            Button {
                objectName: "stopSession"
                visible: root.controller.running
                text: qsTr("Stop Session")
                onClicked: {
                    root.controller.stop()
                    networks.forceActiveFocus()
                }
            }
        }
    }
}
