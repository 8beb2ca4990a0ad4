// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The live tally for the presenter view (PresenterWindow's tallyComponent): the running round,
// each participant's dots used and left, and the moments with the most dots so far, unless the
// round hides its tally (then only the count of dots cast, so the facilitator sees the pace).
Item {
    id: root

    required property VotingController voting
    property ProjectorTheme theme: null
    readonly property color textColor: theme ? theme.text : Theme.text
    readonly property color mutedColor: theme ? theme.mutedText : Theme.mutedText
    readonly property color accentColor: theme ? theme.accent : Theme.accent
    readonly property var leaders: {
        const t = voting.tally
        return Object.keys(t).map(uid => ({uid: uid, dots: t[uid]}))
                     .sort((a, b) => b.dots - a.dots).slice(0, 5)
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Votes")

    Text {
        textFormat: Text.PlainText
        anchors.fill: parent
        visible: !root.voting.running
        text: qsTr("No voting round is running.")
        color: root.mutedColor
        font.pixelSize: 20
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    ColumnLayout {
        anchors.fill: parent
        visible: root.voting.running
        spacing: 8

        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.voting.roundName
            color: root.textColor
            font.pixelSize: 22
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.voting.hideTally
                  ? qsTr("%n dot(s) cast; the tally stays hidden until the round ends.", "", root.voting.totalDots)
                  : qsTr("%n dot(s) cast", "", root.voting.totalDots)
            color: root.mutedColor
            font.pixelSize: 18
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.voting.hideTally ? [] : root.leaders
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 8
                Text {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: 48
                    text: "● " + parent.modelData.dots
                    color: root.accentColor
                    font.pixelSize: 20
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.voting.momentTitle(parent.modelData.uid)
                    color: root.textColor
                    font.pixelSize: 20
                    elide: Text.ElideRight
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: root.voting.participants
                delegate: Text {
                    textFormat: Text.PlainText
                    required property var modelData
                    text: qsTr("%1 %2/%3").arg(modelData.label).arg(modelData.used).arg(modelData.of)
                    color: modelData.used >= modelData.of ? root.mutedColor : root.textColor
                    font.pixelSize: 18
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
