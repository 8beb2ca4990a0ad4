// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The selected metric's definition, edited in place (each field one undo step; typing in a
// field merges), how its values are computed, and the moments and elements it measures, each
// a link to where it lives.
Rectangle {
    id: root

    required property MetricsView metrics
    property bool readOnly: false
    readonly property var metric: root.metrics.metric

    signal momentRequested(string journey, string moment)
    signal elementRequested(string uid)

    color: Theme.surface
    border.color: Theme.border

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                text: qsTr("Definition")
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.headingSize
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.smallSpacing
                rowSpacing: 4

                Label { textFormat: Text.PlainText; text: qsTr("Title"); color: Theme.mutedText }
                TextField {
                    objectName: "titleField"
                    Layout.fillWidth: true
                    readonly property bool uncommitted: text !== (root.metric.title ?? "")
                    text: root.metric.title ?? ""
                    readOnly: root.readOnly
                    Accessible.name: qsTr("Title")
                    onTextEdited: if (text.trim() !== "") root.metrics.setField("title", text)
                    onEditingFinished: if (text.trim() !== "" && text !== text.trim()) root.metrics.setField("title", text.trim())
                }
                Label { textFormat: Text.PlainText; text: qsTr("Kind and level"); color: Theme.mutedText }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(root.metric.kindLabel ?? "").arg(root.metric.levelLabel ?? "")
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label { textFormat: Text.PlainText; text: qsTr("Unit"); color: Theme.mutedText }
                TextField {
                    Layout.fillWidth: true
                    readonly property bool uncommitted: text !== (root.metric.unit ?? "")
                    text: root.metric.unit ?? ""
                    readOnly: root.readOnly
                    placeholderText: qsTr("e.g. %, points, minutes")
                    Accessible.name: qsTr("Unit")
                    onTextEdited: root.metrics.setField("unit", text)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Target"); color: Theme.mutedText }
                TextField {
                    objectName: "targetField"
                    Layout.fillWidth: true
                    text: root.metric.target ?? ""
                    readOnly: root.readOnly
                    placeholderText: qsTr("None")
                    validator: DoubleValidator {}
                    Accessible.name: qsTr("Target")
                    onEditingFinished: root.metrics.setField("target", text)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Better when"); color: Theme.mutedText }
                ComboBox {
                    Layout.fillWidth: true
                    model: root.metrics.directions
                    textRole: "label"
                    valueRole: "value"
                    currentIndex: Math.max(0, root.metrics.directions.findIndex(d => d.value === root.metric.direction))
                    enabled: !root.readOnly
                    Accessible.name: qsTr("Better when")
                    onActivated: root.metrics.setField("direction", currentValue)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Owner"); color: Theme.mutedText }
                TextField {
                    Layout.fillWidth: true
                    readonly property bool uncommitted: text !== (root.metric.owner ?? "")
                    text: root.metric.owner ?? ""
                    readOnly: root.readOnly
                    placeholderText: qsTr("Who answers for it")
                    Accessible.name: qsTr("Owner")
                    onTextEdited: root.metrics.setField("owner", text)
                }
            }
            Label { textFormat: Text.PlainText; text: qsTr("Notes"); color: Theme.mutedText }
            TextArea {
                Layout.fillWidth: true
                Layout.minimumHeight: 64
                readonly property bool uncommitted: text !== (root.metric.notes ?? "")
                text: root.metric.notes ?? ""
                readOnly: root.readOnly
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What it measures, where the data comes from")
                Accessible.name: qsTr("Notes")
                onTextChanged: if (activeFocus && uncommitted) root.metrics.setField("notes", text)
            }
            Label { textFormat: Text.PlainText; text: qsTr("How it is computed"); color: Theme.mutedText }
            Label {
                textFormat: Text.PlainText
                objectName: "computation"
                Layout.fillWidth: true
                text: root.metric.computation ?? ""
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                Layout.topMargin: Theme.smallSpacing
                text: qsTr("Measures")
                color: Theme.text
                font.bold: true
                font.pixelSize: Theme.headingSize
            }
            Label {
                textFormat: Text.PlainText
                visible: root.metrics.measured.length === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Nothing yet. Link it to a moment or an element in the Architecture view.")
            }
            Repeater {
                model: root.metrics.measured
                delegate: ItemDelegate {
                    id: measuredItem
                    required property var modelData
                    Layout.fillWidth: true
                    objectName: "measured-" + modelData.uid
                    padding: 4
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: measuredItem.modelData.title
                            color: Theme.accent
                            font.underline: measuredItem.hovered
                            elide: Text.ElideRight
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: measuredItem.modelData.where !== undefined
                                  ? qsTr("%1 in %2").arg(measuredItem.modelData.kindLabel).arg(measuredItem.modelData.where)
                                  : measuredItem.modelData.kindLabel
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideRight
                        }
                    }
                    Accessible.name: qsTr("Go to %1").arg(modelData.title)
                    onClicked: {
                        if (modelData.kind === "moment")
                            root.momentRequested(modelData.journey, modelData.uid)
                        else
                            root.elementRequested(modelData.uid)
                    }
                }
            }
        }
    }
}
