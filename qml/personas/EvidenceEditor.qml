// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The sources of evidence behind a persona: label, kind, date and note of each, in order.
ColumnLayout {
    id: root

    required property PersonaEditor editor
    readonly property var sources: root.editor.evidence

    spacing: Theme.smallSpacing

    FieldLabel {
        text: qsTr("Evidence")
    }
    Repeater {
        model: root.sources.length

        delegate: Rectangle {
            id: source

            required property int index
            readonly property var item: root.sources[index] ?? ({})

            Layout.fillWidth: true
            implicitHeight: fields.implicitHeight + 2 * Theme.smallSpacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            GridLayout {
                id: fields

                anchors.fill: parent
                anchors.margins: Theme.smallSpacing
                columns: 4
                columnSpacing: Theme.smallSpacing
                rowSpacing: 2

                TextField {
                    objectName: "evidenceLabel" + source.index
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    placeholderText: qsTr("Source")
                    readonly property bool uncommitted: text !== (source.item.label ?? "")
                    text: source.item.label ?? ""
                    Accessible.name: qsTr("Evidence %1, source").arg(source.index + 1)
                    onTextEdited: root.editor.setEvidenceField(source.index, "label", text)
                }
                ComboBox {
                    Layout.preferredWidth: 150
                    model: root.editor.evidenceKinds
                    displayText: PersonaStyle.evidenceKindLabel(currentValue ?? "")
                    currentIndex: root.editor.evidenceKinds.indexOf(source.item.kind ?? "other")
                    Accessible.name: qsTr("Evidence %1, kind").arg(source.index + 1)
                    onActivated: root.editor.setEvidenceField(source.index, "kind", currentValue)
                    delegate: ItemDelegate {
                        required property string modelData
                        width: ListView.view.width
                        text: PersonaStyle.evidenceKindLabel(modelData)
                    }
                }
                TextField {
                    objectName: "evidenceDate" + source.index
                    Layout.preferredWidth: 120
                    placeholderText: qsTr("yyyy-mm-dd")
                    readonly property bool uncommitted: text !== (source.item.date ?? "")
                    text: source.item.date ?? ""
                    Accessible.name: qsTr("Evidence %1, date").arg(source.index + 1)
                    onTextEdited: root.editor.setEvidenceField(source.index, "date", text)
                }
                TextField {
                    Layout.fillWidth: true
                    Layout.columnSpan: 3
                    placeholderText: qsTr("Note")
                    readonly property bool uncommitted: text !== (source.item.note ?? "")
                    text: source.item.note ?? ""
                    Accessible.name: qsTr("Evidence %1, note").arg(source.index + 1)
                    onTextEdited: root.editor.setEvidenceField(source.index, "note", text)
                }
                RowLayout {
                    spacing: 0

                    ToolButton {
                        text: "↑"
                        enabled: source.index > 0
                        Accessible.name: qsTr("Move evidence %1 up").arg(source.index + 1)
                        onClicked: root.editor.moveEvidence(source.index, source.index - 1)
                    }
                    ToolButton {
                        text: "↓"
                        enabled: source.index < root.sources.length - 1
                        Accessible.name: qsTr("Move evidence %1 down").arg(source.index + 1)
                        onClicked: root.editor.moveEvidence(source.index, source.index + 1)
                    }
                    ToolButton {
                        text: "✕"
                        Accessible.name: qsTr("Remove evidence %1").arg(source.index + 1)
                        onClicked: root.editor.removeEvidence(source.index)
                    }
                }
            }
        }
    }
    Button {
        objectName: "addEvidence"
        text: qsTr("Add source")
        Accessible.name: qsTr("Add an evidence source")
        onClicked: root.editor.addEvidence("")
    }
}
