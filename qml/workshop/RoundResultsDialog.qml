// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// What a round decided: moments ranked by dots (tied moments share a rank and say so), how many
// dots each participant used, and one step that marks the top N as moments that matter.
Dialog {
    id: root

    required property VotingController voting
    property string round: ""
    readonly property var results: round !== "" ? voting.results(round) : ({})
    readonly property var ranking: results.ranking ?? []
    readonly property int most: ranking.length > 0 ? ranking[0].dots : 1

    // Re-read after every edit (marking the top N changes the stars).
    Connections {
        target: root.voting
        function onChanged() { const r = root.round; root.round = ""; root.round = r }
    }

    function show(roundUid: string) {
        round = roundUid
        open()
    }

    title: qsTr("Results: %1").arg(results.name ?? "")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(620, parent ? parent.height - 40 : 620)
    standardButtons: Dialog.Close
    onAboutToShow: root.voting.clearMessage()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                Layout.fillWidth: true
                visible: root.voting.endedRounds.length > 1
                model: root.voting.endedRounds
                textRole: "name"
                valueRole: "uid"
                currentIndex: root.voting.endedRounds.findIndex(r => r.uid === root.round)
                Accessible.name: qsTr("Voting round")
                onActivated: root.round = currentValue
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: root.results.name === undefined ? ""
                  : qsTr("%1 · %2 of %3 participants voted · %4 dots · %5 per participant")
                        .arg(root.results.journey).arg(root.results.voted).arg((root.results.participation ?? []).length)
                        .arg(root.results.total).arg(root.results.dots)
        }

        ListView {
            id: list
            objectName: "ranking"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.ranking
            spacing: 2
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Moments by dots")
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                height: 36
                color: index % 2 ? Theme.base : Theme.surface
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Rank %1%2: %3, %4 dots").arg(modelData.rank).arg(modelData.tied ? qsTr(" (tie)") : "")
                                 .arg(modelData.title).arg(modelData.dots)
                RowLayout {
                    anchors { fill: parent; leftMargin: Theme.smallSpacing; rightMargin: Theme.smallSpacing }
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 56
                        text: row.modelData.tied ? qsTr("%1 (tie)").arg(row.modelData.rank) : row.modelData.rank
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: (row.modelData.mattersMost ? "★ " : "") + row.modelData.title
                        elide: Text.ElideRight
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 120
                        text: row.modelData.stage
                        elide: Text.ElideRight
                        color: Theme.mutedText
                    }
                    Rectangle {
                        Layout.preferredWidth: 140
                        Layout.preferredHeight: 12
                        color: Theme.button
                        radius: 6
                        Rectangle {
                            width: parent.width * row.modelData.dots / root.most
                            height: parent.height
                            radius: 6
                            color: Theme.accent
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 28
                        horizontalAlignment: Text.AlignRight
                        text: row.modelData.dots
                        color: Theme.text
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: root.ranking.length === 0
                text: qsTr("No moment got a dot in this round.")
                color: Theme.mutedText
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: root.results.participation ?? []
                delegate: Label {
                    textFormat: Text.PlainText
                    required property var modelData
                    text: qsTr("%1: %2/%3").arg(modelData.label).arg(modelData.used).arg(modelData.of)
                    color: modelData.used > 0 ? Theme.text : Theme.mutedText
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Label { textFormat: Text.PlainText; text: qsTr("Mark the top"); color: Theme.text }
            SpinBox {
                id: topN
                from: 1
                to: Math.max(1, root.ranking.length)
                value: Math.min(3, Math.max(1, root.ranking.length))
                editable: true
                Accessible.name: qsTr("How many of the top moments")
            }
            Button {
                objectName: "markTop"
                text: qsTr("as moments that matter")
                enabled: root.ranking.length > 0
                onClicked: root.voting.markTop(root.round, topN.value)
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.voting.message !== "" ? root.voting.message : qsTr("A tie at the last place includes every tied moment.")
                color: root.voting.message !== "" ? Theme.errorText : Theme.mutedText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
