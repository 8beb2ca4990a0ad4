// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The selected metric's measurements: date, value and note, each cell edited in place; rows
// added, deleted (Delete) and pasted from a spreadsheet (Ctrl+V: a date and a value separated
// by a tab, optionally a note). Each change is one undo step; a refused paste names the line
// and changes nothing.
Rectangle {
    id: root

    required property MeasurementModel measurements
    property bool readOnly: false
    readonly property alias list: list

    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        spacing: Theme.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Measurements (%1)").arg(list.count)
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.headingSize
                elide: Text.ElideRight
            }
            Button {
                text: qsTr("Add")
                enabled: !root.readOnly
                Accessible.name: qsTr("Add a measurement")
                onClicked: {
                    const row = root.measurements.add()
                    if (row >= 0) {
                        list.currentIndex = row
                        list.positionViewAtIndex(row, ListView.Contain)
                    }
                }
            }
            Button {
                text: qsTr("Paste")
                enabled: !root.readOnly
                Accessible.name: qsTr("Paste rows copied from a spreadsheet")
                onClicked: root.measurements.pasteClipboard()
            }
            Button {
                text: qsTr("Delete")
                enabled: !root.readOnly && root.measurements.selectedCount > 0
                Accessible.name: qsTr("Delete the selected measurements")
                onClicked: root.measurements.removeSelected()
            }
        }
        Rectangle {
            objectName: "measurementMessage"
            Layout.fillWidth: true
            visible: root.measurements.message !== ""
            implicitHeight: message.implicitHeight + 2 * Theme.smallSpacing
            color: Theme.error
            radius: Theme.radius
            Label {
                textFormat: Text.PlainText
                id: message
                anchors.fill: parent
                anchors.margins: Theme.smallSpacing
                anchors.rightMargin: 28
                text: root.measurements.message
                color: Theme.errorText
                wrapMode: Text.Wrap
            }
            ToolButton {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: "×"
                Accessible.name: qsTr("Dismiss")
                onClicked: root.measurements.clearMessage()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            Item { Layout.preferredWidth: 36 }
            Label { textFormat: Text.PlainText; Layout.preferredWidth: 120; leftPadding: 4; text: qsTr("Date"); color: Theme.mutedText; font.pixelSize: Theme.smallSize }
            Label { textFormat: Text.PlainText; Layout.preferredWidth: 100; leftPadding: 4; text: qsTr("Value"); color: Theme.mutedText; font.pixelSize: Theme.smallSize }
            Label { textFormat: Text.PlainText; Layout.fillWidth: true; leftPadding: 4; text: qsTr("Note"); color: Theme.mutedText; font.pixelSize: Theme.smallSize }
        }
        ListView {
            id: list
            objectName: "measurementList"

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.measurements
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Measurements")
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row
                required property int index
                required property string dateText
                required property string valueText
                required property string note
                required property bool selected

                width: ListView.view.width
                height: 32
                color: row.selected ? Theme.selection : "transparent"
                border.color: ListView.isCurrentItem && list.activeFocus ? Theme.accent : "transparent"
                Accessible.role: Accessible.Row
                Accessible.name: Texts.format(qsTr("Row %1: %2, %3"), [row.index + 1, row.dateText, row.valueText])
                Accessible.selected: row.selected

                MouseArea {
                    anchors.fill: parent
                    onClicked: mouse => {
                        list.currentIndex = row.index
                        list.forceActiveFocus()
                        root.measurements.select(row.index, mouse.modifiers & Qt.ShiftModifier ? "extend"
                                                 : mouse.modifiers & Qt.ControlModifier ? "toggle" : "replace")
                    }
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 2
                    spacing: 0
                    // The row's number: click it to select the row (Ctrl, Shift: more rows).
                    Label {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 36
                        horizontalAlignment: Text.AlignRight
                        rightPadding: 8
                        text: row.index + 1
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                    }
                    MeasurementCell {
                        Layout.preferredWidth: 120
                        shown: row.dateText
                        readOnly: root.readOnly
                        Accessible.name: qsTr("Date of row %1").arg(row.index + 1)
                        onCommitted: text => root.measurements.setDate(row.index, text)
                        onActiveFocusChanged: if (activeFocus) list.currentIndex = row.index
                    }
                    MeasurementCell {
                        Layout.preferredWidth: 100
                        shown: row.valueText
                        readOnly: root.readOnly
                        horizontalAlignment: Text.AlignRight
                        Accessible.name: qsTr("Value of row %1").arg(row.index + 1)
                        onCommitted: text => root.measurements.setValue(row.index, text)
                    }
                    MeasurementCell {
                        Layout.fillWidth: true
                        shown: row.note
                        readOnly: root.readOnly
                        placeholderText: row.selected ? qsTr("Note") : ""
                        Accessible.name: qsTr("Note of row %1").arg(row.index + 1)
                        onCommitted: text => root.measurements.setNote(row.index, text)
                    }
                }
            }

            Keys.onDeletePressed: if (!root.readOnly) root.measurements.removeSelected()
            Keys.onSpacePressed: root.measurements.select(list.currentIndex, "toggle")
            Keys.onPressed: event => {
                if (event.matches(StandardKey.Paste) && !root.readOnly) {
                    root.measurements.pasteClipboard()
                    event.accepted = true
                } else if (event.matches(StandardKey.SelectAll)) {
                    root.measurements.select(0)
                    root.measurements.select(list.count - 1, "extend")
                    event.accepted = true
                }
            }
            onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) root.measurements.select(currentIndex)

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("No measurements. Add one, or copy dates and values from a spreadsheet and paste them here (Ctrl+V).")
            }
        }
    }
}
