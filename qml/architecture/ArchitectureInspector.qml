// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The selected element's or metric's fields, saved as they are edited (typing merges into one
// undo step per field), and its chain's size.
Rectangle {
    id: root

    required property ArchitectureView architecture
    property bool readOnly: false
    property var item: ({})
    property int revision: 0
    property var impact: null

    signal jump(string uid)
    readonly property bool isMoment: item.kind === "moment"
    readonly property bool hasOwner: item.kind !== undefined && ["moment", "insight", "opportunity"].indexOf(item.kind) < 0

    function refresh() {
        const before = item.uid
        item = architecture.selected !== "" ? architecture.item(architecture.selected) : ({})
        if (item.uid !== before)
            impact = null
        else if (impact)
            impact = architecture.impact(item.uid)
        ++revision
    }

    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Inspector")

    Connections {
        target: root.architecture
        function onSelectionChanged() { root.refresh() }
        function onLayoutChanged() { root.refresh() }
    }

    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        visible: root.item.uid === undefined
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Select a box to light up its chain and see its details. Drag from one box onto another to link them.")
    }

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: root.item.uid !== undefined
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                text: root.item.kindLabel ?? ""
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
            }
            TextField {
                Layout.fillWidth: true
                // Typing not saved yet (see TextUndoRouter); this and the fields below save as
                // they are typed, so only an emptied title is ever uncommitted.
                readonly property bool uncommitted: text !== (root.item.title ?? "")
                text: root.item.title ?? ""
                readOnly: root.readOnly || root.isMoment
                font.pixelSize: Theme.headingSize
                Accessible.name: qsTr("Title")
                onTextEdited: if (text.trim() !== "") root.architecture.setField(root.item.uid, "title", text)
                onEditingFinished: if (text.trim() !== "" && text !== text.trim()) root.architecture.setField(root.item.uid, "title", text.trim())
            }
            Label { textFormat: Text.PlainText; text: qsTr("Owner"); color: Theme.mutedText; visible: root.hasOwner }
            TextField {
                visible: root.hasOwner
                Layout.fillWidth: true
                readonly property bool uncommitted: text !== (root.item.owner ?? "")
                text: root.item.owner ?? ""
                readOnly: root.readOnly
                placeholderText: qsTr("Who answers for it")
                Accessible.name: qsTr("Owner")
                onTextEdited: root.architecture.setField(root.item.uid, "owner", text)
            }

            GridLayout {
                Layout.fillWidth: true
                visible: root.item.kind === "metric"
                columns: 2
                columnSpacing: Theme.smallSpacing

                Label { textFormat: Text.PlainText; text: qsTr("Kind"); color: Theme.mutedText }
                ComboBox {
                    Layout.fillWidth: true
                    model: root.architecture.metricKinds
                    currentIndex: model.indexOf(root.item.metricKind ?? "")
                    enabled: !root.readOnly
                    Accessible.name: qsTr("Metric kind")
                    onActivated: root.architecture.setField(root.item.uid, "metricKind", currentText)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Level"); color: Theme.mutedText }
                ComboBox {
                    Layout.fillWidth: true
                    model: root.architecture.metricLevels
                    currentIndex: model.indexOf(root.item.level ?? "")
                    enabled: !root.readOnly
                    Accessible.name: qsTr("Metric level")
                    onActivated: root.architecture.setField(root.item.uid, "level", currentText)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Unit"); color: Theme.mutedText }
                TextField {
                    Layout.fillWidth: true
                    readonly property bool uncommitted: text !== (root.item.unit ?? "")
                    text: root.item.unit ?? ""
                    readOnly: root.readOnly
                    Accessible.name: qsTr("Unit")
                    onTextEdited: root.architecture.setField(root.item.uid, "unit", text)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Target"); color: Theme.mutedText }
                TextField {
                    Layout.fillWidth: true
                    text: root.item.target !== undefined && root.item.target !== null ? String(root.item.target) : ""
                    readOnly: root.readOnly
                    validator: DoubleValidator {}
                    Accessible.name: qsTr("Target")
                    onEditingFinished: root.architecture.setField(root.item.uid, "target", text)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Better when"); color: Theme.mutedText }
                ComboBox {
                    Layout.fillWidth: true
                    model: [{value: "higher-is-better", label: qsTr("higher")}, {value: "lower-is-better", label: qsTr("lower")}]
                    textRole: "label"
                    valueRole: "value"
                    currentIndex: Math.max(0, model.findIndex(d => d.value === root.item.direction))
                    enabled: !root.readOnly
                    Accessible.name: qsTr("Direction")
                    onActivated: root.architecture.setField(root.item.uid, "direction", currentValue)
                }
            }

            GridLayout {
                Layout.fillWidth: true
                visible: root.item.kind === "insight"
                columns: 2
                columnSpacing: Theme.smallSpacing

                Label { textFormat: Text.PlainText; text: qsTr("From"); color: Theme.mutedText }
                ComboBox {
                    Layout.fillWidth: true
                    model: [{value: "customer-voice", label: qsTr("customer voice")}, {value: "research", label: qsTr("research")},
                            {value: "analytics", label: qsTr("analytics")}, {value: "competitor", label: qsTr("competitor")}]
                    textRole: "label"
                    valueRole: "value"
                    currentIndex: Math.max(0, model.findIndex(k => k.value === root.item.sourceKind))
                    enabled: !root.readOnly
                    Accessible.name: qsTr("Kind of source")
                    onActivated: root.architecture.setField(root.item.uid, "sourceKind", currentValue)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Source"); color: Theme.mutedText }
                TextField {
                    Layout.fillWidth: true
                    readonly property bool uncommitted: text !== (root.item.source ?? "")
                    text: root.item.source ?? ""
                    readOnly: root.readOnly
                    placeholderText: qsTr("Study, survey, report…")
                    Accessible.name: qsTr("Source")
                    onTextEdited: root.architecture.setField(root.item.uid, "source", text)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Date"); color: Theme.mutedText }
                TextField {
                    Layout.fillWidth: true
                    text: root.item.date ?? ""
                    readOnly: root.readOnly
                    placeholderText: qsTr("YYYY-MM-DD")
                    inputMask: "9999-99-99;_"
                    Accessible.name: qsTr("Date")
                    onEditingFinished: root.architecture.setField(root.item.uid, "date", text)
                }
            }
            GridLayout {
                Layout.fillWidth: true
                visible: root.item.kind === "opportunity"
                columns: 2
                columnSpacing: Theme.smallSpacing

                Label { textFormat: Text.PlainText; text: qsTr("Impact"); color: Theme.mutedText }
                SpinBox {
                    from: 1
                    to: 5
                    value: root.item.impact ?? 3
                    editable: true
                    enabled: !root.readOnly
                    Accessible.name: qsTr("Impact, 1 to 5")
                    onValueModified: root.architecture.setField(root.item.uid, "impact", value)
                }
                Label { textFormat: Text.PlainText; text: qsTr("Effort"); color: Theme.mutedText }
                SpinBox {
                    from: 1
                    to: 5
                    value: root.item.effort ?? 3
                    editable: true
                    enabled: !root.readOnly
                    Accessible.name: qsTr("Effort, 1 to 5")
                    onValueModified: root.architecture.setField(root.item.uid, "effort", value)
                }
            }

            Label { textFormat: Text.PlainText; text: qsTr("Notes"); color: Theme.mutedText; visible: !root.isMoment }
            TextArea {
                visible: !root.isMoment
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                readonly property bool uncommitted: text !== (root.item.notes ?? "")
                text: root.item.notes ?? ""
                readOnly: root.readOnly
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Notes")
                onTextChanged: if (activeFocus && text !== (root.item.notes ?? "")) root.architecture.setField(root.item.uid, "notes", text)
            }
            LinkList {
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallSpacing
                controller: root.architecture
                uid: root.item.uid ?? ""
                revision: root.revision
                readOnly: root.readOnly
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Its chain up and down holds %n item(s).", "", root.architecture.chainSize)
            }
            // What depends on it: the moments (those that matter first), journeys and personas
            // that suffer if it fails or changes.
            Button {
                objectName: "impactButton"
                visible: root.hasOwner
                text: qsTr("Impact…")
                Accessible.name: qsTr("Show what depends on %1").arg(root.item.title ?? "")
                onClicked: root.impact = root.architecture.impact(root.item.uid)
            }
            Label {
                textFormat: Text.PlainText
                visible: root.impact !== null
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                font.bold: true
                text: root.impact ? root.impact.summary : ""
            }
            Repeater {
                model: root.impact ? root.impact.moments.concat(root.impact.elements, root.impact.journeys, root.impact.personas, root.impact.metrics) : []
                delegate: ItemDelegate {
                    id: impacted
                    // Drawn from the theme, not the style's palette: readable in both themes.
                    background: Rectangle { color: impacted.down || impacted.highlighted ? Theme.selection : impacted.hovered ? Theme.hover : "transparent"; radius: Theme.radius }
                    required property var modelData
                    required property int index
                    objectName: "impacted-" + index
                    Layout.fillWidth: true
                    topPadding: 2
                    bottomPadding: 2
                    Accessible.name: modelData.message
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: (impacted.modelData.mattersMost ? "★ " : "") + impacted.modelData.message
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    onClicked: root.jump(modelData.uid)
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: root.isMoment
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Edit the moment itself on the journey map.")
            }
            Button {
                text: qsTr("Delete")
                visible: !root.isMoment
                enabled: !root.readOnly
                Accessible.name: qsTr("Delete %1").arg(root.item.title ?? "")
                onClicked: root.architecture.removeSelected()
            }
        }
    }
}
