// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The export's options: format, journey, and for a PDF the page, the journeys' layout and the
// parts to include; for a picture the view and the resolution; for a data format (what other
// tools read) only the journey. Writes straight to the exporter.
ScrollView {
    id: root

    required property ExportController exporter
    readonly property bool isPdf: root.exporter.format === "pdf"

    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.smallSpacing

        Label { textFormat: Text.PlainText; text: qsTr("Format"); font.bold: true }
        Label { textFormat: Text.PlainText; text: qsTr("To print or show"); color: Theme.mutedText; font.pixelSize: Theme.smallSize }
        Flow {
            Layout.fillWidth: true
            Repeater {
                model: [{ value: "pdf", label: qsTr("PDF") }, { value: "svg", label: qsTr("SVG") },
                        { value: "png", label: qsTr("PNG") }]
                delegate: formatButton
            }
        }
        Label { textFormat: Text.PlainText; text: qsTr("For other tools"); color: Theme.mutedText; font.pixelSize: Theme.smallSize }
        Flow {
            Layout.fillWidth: true
            Repeater {
                model: [{ value: "json", label: qsTr("JSON") }, { value: "csv", label: qsTr("CSV") },
                        { value: "mermaid", label: qsTr("Mermaid") }, { value: "graphml", label: qsTr("GraphML") },
                        { value: "dot", label: qsTr("DOT") }, { value: "votes-csv", label: qsTr("CSV of votes") }]
                delegate: formatButton
            }
        }
        Component {
            id: formatButton

            RadioButton {
                required property var modelData
                objectName: "format-" + modelData.value
                text: modelData.label
                checked: root.exporter.format === modelData.value
                onToggled: root.exporter.format = modelData.value
            }
        }

        Label { textFormat: Text.PlainText; text: qsTr("Journey"); font.bold: true }
        ComboBox {
            objectName: "journey"
            Layout.fillWidth: true
            Accessible.name: qsTr("Journey")
            textRole: "title"
            valueRole: "uid"
            model: [{ uid: "", title: root.isPdf ? qsTr("All journeys")
                                      : root.exporter.isData ? qsTr("Whole workspace") : qsTr("First journey") }].concat(root.exporter.journeys)
            onActivated: root.exporter.journey = currentValue
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(root.exporter.journey))
            // The first entry's label follows the format; keep the chosen journey when it does.
            onModelChanged: currentIndex = Math.max(0, indexOfValue(root.exporter.journey))
        }

        GridLayout {
            visible: root.isPdf
            columns: 2
            columnSpacing: Theme.smallSpacing
            Layout.fillWidth: true

            Label { textFormat: Text.PlainText; text: qsTr("Page size") }
            ComboBox {
                objectName: "pageSize"
                Layout.fillWidth: true
                Accessible.name: qsTr("Page size")
                model: ["A4", "A3", "Letter", "Tabloid"]
                currentIndex: Math.max(0, model.indexOf(root.exporter.pageSize))
                onActivated: root.exporter.pageSize = currentText
            }
            Label { textFormat: Text.PlainText; text: qsTr("Orientation") }
            ComboBox {
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "value"
                model: [{ value: "landscape", label: qsTr("Landscape") }, { value: "portrait", label: qsTr("Portrait") }]
                Accessible.name: qsTr("Orientation")
                currentIndex: Math.max(0, indexOfValue(root.exporter.orientation))
                onActivated: root.exporter.orientation = currentValue
            }
            Label { textFormat: Text.PlainText; text: qsTr("Maps") }
            ComboBox {
                objectName: "layout"
                Layout.fillWidth: true
                Accessible.name: qsTr("Maps")
                model: [qsTr("Fit each on one page"), qsTr("Tile across pages")]
                currentIndex: root.exporter.tile ? 1 : 0
                onActivated: index => root.exporter.tile = index === 1
            }
        }

        Label { textFormat: Text.PlainText; visible: root.isPdf; text: qsTr("Contents"); font.bold: true }
        Repeater {
            model: root.isPdf ? [{ key: "cover", label: qsTr("Cover with contents") },
                                 { key: "includeJourneys", label: qsTr("Journey maps") },
                                 { key: "personas", label: qsTr("A sheet per persona") },
                                 { key: "architecture", label: qsTr("Architecture diagram") },
                                 { key: "workshops", label: qsTr("Workshop results") },
                                 { key: "metrics", label: qsTr("Metrics: hierarchy, trends and drivers") },
                                 { key: "summary", label: qsTr("Gaps and metrics") }] : []
            delegate: ThemedCheckBox {
                required property var modelData
                objectName: "part-" + modelData.key
                text: modelData.label
                checked: root.exporter[modelData.key]
                onToggled: root.exporter[modelData.key] = checked
            }
        }

        GridLayout {
            visible: !root.isPdf && !root.exporter.isData
            columns: 2
            columnSpacing: Theme.smallSpacing
            Layout.fillWidth: true

            Label { textFormat: Text.PlainText; text: qsTr("View") }
            ComboBox {
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "value"
                model: [{ value: "journey", label: qsTr("Journey map") }, { value: "architecture", label: qsTr("Architecture") }]
                Accessible.name: qsTr("View")
                Component.onCompleted: currentIndex = indexOfValue(root.exporter.view)
                onActivated: root.exporter.view = currentValue
            }
            Label { textFormat: Text.PlainText; visible: root.exporter.format === "png"; text: qsTr("Resolution (dpi)") }
            SpinBox {
                visible: root.exporter.format === "png"
                from: 24
                to: 1200
                stepSize: 24
                editable: true
                value: root.exporter.dpi
                Accessible.name: qsTr("Resolution (dpi)")
                onValueModified: root.exporter.dpi = value
            }
        }

        Label { textFormat: Text.PlainText; visible: root.isPdf; text: qsTr("Document"); font.bold: true }
        TextField {
            visible: root.isPdf
            Layout.fillWidth: true
            placeholderText: qsTr("Title")
            text: root.exporter.title
            onEditingFinished: root.exporter.title = text
        }
        TextField {
            visible: root.isPdf
            Layout.fillWidth: true
            placeholderText: qsTr("Author")
            text: root.exporter.author
            onEditingFinished: root.exporter.author = text
        }
    }
}
