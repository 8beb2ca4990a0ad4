// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// Starts a dot-voting round on the journey: its name, the dots each participant has, and who
// votes (named, or counted anonymously).
Dialog {
    id: root

    required property VotingController voting

    title: qsTr("Start a voting round")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, parent ? parent.width - 40 : 480)
    standardButtons: Dialog.Cancel
    onAboutToShow: {
        root.voting.clearMessage()
        nameField.text = qsTr("Which moments matter most?")
        nameField.selectAll()
        nameField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallSpacing

        Label { textFormat: Text.PlainText; text: qsTr("Question"); color: Theme.text }
        TextField {
            id: nameField
            Layout.fillWidth: true
            Accessible.name: qsTr("Question of the round")
            onAccepted: start.clicked()
        }
        RowLayout {
            spacing: Theme.spacing
            Label { textFormat: Text.PlainText; text: qsTr("Dots per participant"); color: Theme.text }
            SpinBox {
                id: dots
                from: 1
                to: 20
                value: 3
                editable: true
                Accessible.name: qsTr("Dots per participant")
            }
        }
        ThemedCheckBox {
            id: anonymous
            text: qsTr("Count anonymously")
        }
        Label {
            textFormat: Text.PlainText
            visible: !anonymous.checked
            text: qsTr("Participants, one per line")
            color: Theme.text
        }
        ScrollView {
            visible: !anonymous.checked
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            TextArea {
                id: names
                placeholderText: qsTr("Ana (Marketing)\nBen (Sales)\nCleo (Service)")
                Accessible.name: qsTr("Participants, one per line")
            }
        }
        RowLayout {
            visible: anonymous.checked
            spacing: Theme.spacing
            Label { textFormat: Text.PlainText; text: qsTr("Participants"); color: Theme.text }
            SpinBox {
                id: seats
                from: 1
                to: 200
                value: 8
                editable: true
                Accessible.name: qsTr("Number of participants")
            }
        }
        ThemedCheckBox {
            id: hide
            text: qsTr("Hide the tally until the round ends")
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.voting.message !== ""
            text: root.voting.message
            wrapMode: Text.Wrap
            color: Theme.errorText
        }
        Button {
            id: start
            Layout.alignment: Qt.AlignRight
            text: qsTr("Start voting")
            highlighted: true
            enabled: nameField.text.trim() !== "" && (anonymous.checked || names.text.trim() !== "")
            onClicked: {
                if (root.voting.start(nameField.text, dots.value, anonymous.checked ? "" : names.text,
                                      anonymous.checked ? seats.value : 0, hide.checked))
                    root.close()
            }
        }
    }
}
