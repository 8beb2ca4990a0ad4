// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not "pragma ComponentBehavior: Bound": tallyComponent comes from other files through a
// Loader, which Qt 6.4 refuses for bound components made elsewhere.

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The facilitator's own window (presenter view): on the other screen when there are two, on
// demand (N) when there is one. The current stage's notes and its moments with their evidence,
// the next stage, the countdown and its controls, and the place of the live vote tally. The
// same keys as the projected window.
ApplicationWindow {
    id: root

    required property PresentationController controller
    // The journey's parking lot: P parks a note from the mode.
    property ParkingLotModel lot: null
    required property WorkshopTimer timer
    required property ProjectorTheme theme
    // The live vote tally (issue 12's voting rounds) is made here when given: a Component whose
    // root fills the "Votes" box (the Loader's `controller` property gives it the presentation's
    // controller, e.g. for the journey and stage on screen). Empty: the box says that no voting
    // round is running.
    property Component tallyComponent: null
    readonly property alias keys: keys
    readonly property real unit: Math.max(0.75, Math.min(width / 1280, height / 800))

    signal leaveRequested()
    signal presenterToggled()

    objectName: "presenterWindow"
    Component.onCompleted: keys.forceActiveFocus()
    width: 1280
    height: 800
    title: qsTr("%1 — presenter view").arg(root.controller.journeyTitle)
    color: root.theme.background
    palette.window: root.theme.background
    palette.windowText: root.theme.text
    palette.base: root.theme.surface
    palette.text: root.theme.text
    palette.button: root.theme.surface
    palette.buttonText: root.theme.text
    palette.highlight: root.theme.accent
    palette.highlightedText: root.theme.background
    palette.mid: root.theme.border
    palette.placeholderText: root.theme.mutedText

    PresentKeys {
        id: keys

        anchors.fill: parent
        controller: root.controller
        onLeaveRequested: root.leaveRequested()
        onPresenterToggled: root.presenterToggled()
        onParkRequested: capture.open()
    }
    ParkCapture {
        id: capture
        theme: root.theme
        lot: root.lot
        unit: root.unit
        returnFocus: keys
    }

    RowLayout {
        anchors { fill: parent; margins: 24 * root.unit }
        spacing: 32 * root.unit

        // Where the room is.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 10 * root.unit

            Label {
                textFormat: Text.PlainText
                text: root.controller.mattersWalk
                      ? qsTr("Moment that matters %1 of %2").arg(root.controller.mattersIndex + 1).arg(root.controller.mattersCount)
                      : root.controller.overview ? qsTr("Overview of the whole map")
                      : qsTr("Stage %1 of %2").arg(root.controller.stageIndex + 1).arg(root.controller.stageCount)
                color: root.theme.mutedText
                font.pixelSize: 20 * root.unit
            }
            Label {
                textFormat: Text.PlainText
                objectName: "presenterStageTitle"
                Layout.fillWidth: true
                text: root.controller.stageTitle
                color: root.theme.text
                font.pixelSize: 36 * root.unit
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.controller.stageNotes !== "" ? root.controller.stageNotes : qsTr("No notes for this stage.")
                color: root.controller.stageNotes !== "" ? root.theme.text : root.theme.mutedText
                font.pixelSize: 20 * root.unit
                wrapMode: Text.Wrap
                maximumLineCount: 6
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                Layout.topMargin: 8 * root.unit
                text: qsTr("Moments and their evidence")
                color: root.theme.mutedText
                font.pixelSize: 18 * root.unit
                font.bold: true
            }
            ListView {
                objectName: "presenterMoments"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6 * root.unit
                model: root.controller.stageMoments
                delegate: Rectangle {
                    id: moment
                    required property var modelData
                    width: ListView.view.width
                    height: row.implicitHeight + 16 * root.unit
                    radius: root.theme.radius
                    color: root.theme.surface
                    border.width: modelData.mattersMost ? 3 : 1
                    border.color: modelData.mattersMost ? root.theme.accent : root.theme.border
                    RowLayout {
                        id: row
                        anchors { fill: parent; margins: 8 * root.unit; leftMargin: 14 * root.unit }
                        spacing: 12 * root.unit
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: (moment.modelData.mattersMost ? "★ " : "") + moment.modelData.title
                            color: root.theme.text
                            font.pixelSize: 20 * root.unit
                            font.bold: moment.modelData.mattersMost
                            wrapMode: Text.Wrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: moment.modelData.lane
                            color: root.theme.mutedText
                            font.pixelSize: 16 * root.unit
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.preferredWidth: 150 * root.unit
                            text: moment.modelData.evidenceText
                            color: moment.modelData.evidence === "assumption" ? root.theme.accent : root.theme.text
                            font.pixelSize: 16 * root.unit
                            font.bold: moment.modelData.evidence === "assumption"
                        }
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.controller.nextStageTitle !== "" ? qsTr("Next: %1").arg(root.controller.nextStageTitle)
                                                           : qsTr("Last stage")
                color: root.theme.text
                font.pixelSize: 22 * root.unit
                elide: Text.ElideRight
            }
        }

        // The clock and the room's votes.
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: 16 * root.unit

            TimerPanel {
                Layout.fillWidth: true
                unit: root.unit
                onTypingDone: keys.forceActiveFocus()
                timer: root.timer
                theme: root.theme
                reducedMotion: root.controller.reducedMotion
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Votes")
                color: root.theme.mutedText
                font.pixelSize: 18 * root.unit
                font.bold: true
            }
            Rectangle {
                objectName: "tallyArea"
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: root.theme.radius
                color: root.theme.surface
                border.color: root.theme.border

                Loader {
                    id: tally
                    readonly property PresentationController controller: root.controller
                    objectName: "tallyLoader"
                    anchors { fill: parent; margins: 12 * root.unit }
                    active: root.tallyComponent !== null
                    sourceComponent: root.tallyComponent
                }
                Label {
                    textFormat: Text.PlainText
                    visible: !tally.active
                    anchors { fill: parent; margins: 12 * root.unit }
                    text: qsTr("No voting round is running.")
                    color: root.theme.mutedText
                    font.pixelSize: 18 * root.unit
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Keys: → ← step · 1–9 stage · O overview · M moments that matter · T theme · N this window · P park a note · Esc leave")
                color: root.theme.mutedText
                font.pixelSize: 14 * root.unit
                wrapMode: Text.Wrap
            }
        }
    }
}
