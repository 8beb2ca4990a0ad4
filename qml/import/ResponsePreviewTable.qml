// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// The first records of a file of survey responses as they would be imported: line, date (as
// read), score, moment, segment and, for a bad record, its problem, shown as written.
ColumnLayout {
    id: root

    required property var rows // the controller's preview model
    property bool problems: true // whether any record is bad: else no Problem column
    readonly property int cell: 6 // the cells' padding
    // Line, date and score are narrow; the rest share what is left (less the scroll bar).
    readonly property real flexible: Math.max(120, root.width - 192 - 12)
    readonly property var widths: root.problems
        ? [48, 96, 48, root.flexible * 0.26, root.flexible * 0.24, root.flexible * 0.5]
        : [48, 96, 48, root.flexible * 0.55, root.flexible * 0.45, 0]

    spacing: 0

    // (The column heads sit above the list, not as its header: Qt 6.4 would not make the
    // header here, "Component is not ready".)
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 26
        color: Theme.sidebar

        Row {
            anchors.fill: parent

            Repeater {
                model: [qsTr("Line"), qsTr("Date"), qsTr("Score"), qsTr("Moment"), qsTr("Segment"), qsTr("Problem")]
                delegate: Label {
                    textFormat: Text.PlainText
                    required property string modelData
                    required property int index

                    width: root.widths[index]
                    visible: width > 0
                    height: 26
                    leftPadding: root.cell
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    text: modelData
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
        }
    }
    ListView {
        id: list

        Layout.fillWidth: true
        Layout.fillHeight: true
        objectName: "previewTable"
        clip: true
        model: root.rows
        activeFocusOnTab: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Preview of the first rows")

        delegate: Rectangle {
            id: record

            required property int index
            required property var line
            required property string date
            required property string score
            required property string moment
            required property string segment
            required property string problem
            required property bool bad

            width: list.width
            height: 26
            color: list.activeFocus && list.currentIndex === record.index ? Theme.selection
                 : record.bad ? Theme.error : record.index % 2 ? Theme.surface : Theme.base

            Row {
                anchors.fill: parent

                Repeater {
                    model: [record.line, record.date, record.score, record.moment, record.segment, record.problem]
                    delegate: Label {
                        textFormat: Text.PlainText
                        required property var modelData
                        required property int index

                        width: root.widths[index]
                        visible: width > 0
                        height: record.height
                        leftPadding: root.cell
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        text: modelData
                        color: index === 0 ? Theme.mutedText : record.bad ? Theme.errorText : Theme.text
                    }
                }
            }
        }
    }
}
