// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The mapping step of a survey-response import: the metric the responses are for, its scale
// (with the range of a custom one) and which of the file's columns hold the date, the score,
// the moment and the segment. Writes straight to the controller, which reads the file again.
GridLayout {
    id: root

    required property ResponseImportController controller
    readonly property var columnChoices: {
        const choices = [qsTr("(none)")];
        for (const name of root.controller.header)
            choices.push(name);
        return choices;
    }

    component ColumnPicker: ComboBox {
        id: picker

        required property string role // "date", "score", "moment" or "segment"
        required property string label
        required property int column

        Layout.fillWidth: true
        Layout.preferredWidth: 120
        objectName: picker.role + "Column"
        enabled: root.controller.header.length > 0
        model: root.columnChoices
        currentIndex: picker.column + 1
        Accessible.name: picker.label
        onActivated: index => root.controller[picker.role + "Column"] = index - 1
    }
    component RangeField: TextField {
        Layout.preferredWidth: 64
        horizontalAlignment: TextInput.AlignRight
        validator: DoubleValidator {}
        selectByMouse: true
    }

    columns: 4
    columnSpacing: Theme.smallSpacing
    rowSpacing: Theme.smallSpacing

    Label { textFormat: Text.PlainText; text: qsTr("Metric") }
    ComboBox {
        objectName: "metric"
        Layout.fillWidth: true
        Layout.preferredWidth: 120
        model: root.controller.metrics
        textRole: "title"
        valueRole: "uid"
        currentIndex: root.controller.metrics.length, indexOfValue(root.controller.metric)
        displayText: currentIndex < 0 ? qsTr("Choose a metric…") : currentText
        Accessible.name: qsTr("Metric")
        onActivated: root.controller.metric = currentValue
    }
    Label { textFormat: Text.PlainText; text: qsTr("Scale") }
    ComboBox {
        objectName: "scale"
        Layout.fillWidth: true
        Layout.preferredWidth: 120
        model: root.controller.scales
        textRole: "label"
        valueRole: "name"
        currentIndex: indexOfValue(root.controller.scale)
        Accessible.name: qsTr("Scale")
        onActivated: root.controller.scale = currentValue
    }

    Label {
        textFormat: Text.PlainText
        visible: root.controller.scale === "custom"
        text: qsTr("Range")
    }
    RowLayout {
        Layout.columnSpan: 3
        visible: root.controller.scale === "custom"
        spacing: Theme.smallSpacing

        RangeField {
            objectName: "low"
            text: root.controller.low.toLocaleString(Qt.locale(), "f", -128)
            Accessible.name: qsTr("Lowest score")
            onEditingFinished: root.controller.low = Number.fromLocaleString(Qt.locale(), text)
        }
        Label { textFormat: Text.PlainText; text: qsTr("to") }
        RangeField {
            objectName: "high"
            text: root.controller.high.toLocaleString(Qt.locale(), "f", -128)
            Accessible.name: qsTr("Highest score")
            onEditingFinished: root.controller.high = Number.fromLocaleString(Qt.locale(), text)
        }
        Item { Layout.fillWidth: true }
    }
    Label {
        textFormat: Text.PlainText
        objectName: "scaleNote"
        Layout.columnSpan: 4
        Layout.fillWidth: true
        visible: text !== ""
        text: root.controller.scaleNote
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        elide: Text.ElideRight
    }

    Label { textFormat: Text.PlainText; text: dateColumn.label }
    ColumnPicker { id: dateColumn; role: "date"; label: qsTr("Date"); column: root.controller.dateColumn }
    Label { textFormat: Text.PlainText; text: scoreColumn.label }
    ColumnPicker { id: scoreColumn; role: "score"; label: qsTr("Score"); column: root.controller.scoreColumn }
    Label { textFormat: Text.PlainText; text: momentColumn.label }
    ColumnPicker { id: momentColumn; role: "moment"; label: qsTr("Moment"); column: root.controller.momentColumn }
    Label { textFormat: Text.PlainText; text: segmentColumn.label }
    ColumnPicker { id: segmentColumn; role: "segment"; label: qsTr("Segment"); column: root.controller.segmentColumn }
}
