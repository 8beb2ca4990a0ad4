// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The parking lot beside the map: ideas and questions raised in a workshop, captured in one key
// press (P, type, Enter). A note becomes a moment when dragged onto a cell of the map (or from
// its menu, after the selected card), or an insight or an opportunity; each is one undo step.
Rectangle {
    id: root

    required property ParkingLotModel lot
    required property JourneyCanvas canvas
    required property CanvasView view
    property Item returnFocus: null
    signal closeRequested()

    // Opens the capture field; Enter parks the note, Escape gives the keys back.
    function capture() {
        field.forceActiveFocus()
    }
    function done() {
        field.text = ""
        if (returnFocus)
            returnFocus.forceActiveFocus()
    }
    // A note made a moment after the selected card, or in the map's first cell.
    function toMomentAfterCurrent(note: string) {
        const r = canvas.current !== "" ? canvas.cardRect(canvas.current) : Qt.rect(0, 0, 0, 0)
        const slot = canvas.current !== ""
            ? canvas.slotAt(r.x + r.width / 2, r.y + r.height + 1)
            : canvas.slotAt(canvas.laneHeaderWidth + 20, canvas.curveArea.y + canvas.curveArea.height + 40)
        if (slot.stage !== undefined)
            lot.toMoment(note, slot.stage, slot.lane, slot.position)
    }

    color: Theme.window
    border.color: Theme.border
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Parking lot")

    ColumnLayout {
        anchors { fill: parent; margins: Theme.smallSpacing }
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Parking lot (%1)").arg(root.lot.count)
                font.bold: true
                color: Theme.text
            }
            ToolButton {
                text: "×"
                Accessible.name: qsTr("Hide the parking lot")
                onClicked: root.closeRequested()
            }
        }
        TextField {
            id: field
            objectName: "parkField"
            Layout.fillWidth: true
            placeholderText: question.checked ? qsTr("A question… (Enter)") : qsTr("An idea… (Enter)")
            Accessible.name: qsTr("Park an idea or a question")
            property bool uncommitted: text !== ""
            onAccepted: {
                if (root.lot.park(text, question.checked ? "question" : "idea") !== "")
                    root.done()
            }
            Keys.onEscapePressed: root.done()
        }
        RowLayout {
            spacing: Theme.smallSpacing
            RadioButton { id: idea; text: qsTr("Idea"); checked: true; focusPolicy: Qt.NoFocus }
            RadioButton { id: question; text: qsTr("Question"); focusPolicy: Qt.NoFocus }
        }

        ListView {
            id: notes
            objectName: "parkingNotes"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.smallSpacing
            model: root.lot
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Parked notes")
            ScrollBar.vertical: ScrollBar {}
            delegate: ParkingNoteCard {
                width: ListView.view.width
                onConvert: (note, to) => {
                    if (to === "moment") root.toMomentAfterCurrent(note)
                    else if (to === "insight") root.lot.toInsight(note)
                    else if (to === "opportunity") root.lot.toOpportunity(note)
                }
                onMoveTo: (note, position) => root.lot.move(note, position)
                onRemove: note => root.lot.remove(note)
                onDroppedAt: (note, item, x, y) => {
                    const p = item.mapToItem(root.view, x, y)
                    if (p.x < 0 || p.y < 0 || p.x > root.view.width || p.y > root.view.height)
                        return
                    const m = root.view.toMap(p.x, p.y)
                    const slot = root.canvas.slotAt(m.x, m.y)
                    if (slot.stage !== undefined)
                        root.lot.toMoment(note, slot.stage, slot.lane, slot.position)
                }
            }
            Label {
                textFormat: Text.PlainText
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.smallSpacing }
                visible: root.lot.count === 0
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Press P anywhere to park an idea or a question without stopping the workshop. "
                           + "Drag a note onto the map to make it a moment.")
            }
        }
    }
}
