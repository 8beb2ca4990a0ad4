// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import CxAtlas
import CxAtlas.App

// The Architecture view: the journey's moments along the top, what the customer meets below
// them, the line of visibility, what supports it below that, the metrics beside, and the links
// between. Filters above; click anything to light up its whole chain; the inspector edits the
// selected element or metric.
Item {
    id: root

    required property WorkspaceController workspace
    readonly property alias architecture: architecture
    readonly property alias view: view

    function deleteSelection() { architecture.removeSelected() }
    // Selects an item and brings it into view, clearing the filters if they hide it.
    function jump(uid: string) {
        if (architecture.rectOf(uid).width <= 0)
            architecture.showAll()
        architecture.selected = uid
        Qt.callLater(view.reveal, uid)
    }

    // Whether the view is the one on screen (the window sets it). Until it first is, the view
    // computes nothing, so that opening a workspace costs only what the map on screen needs.
    property bool active: true
    property bool wasActive: false
    onActiveChanged: if (active) wasActive = true

    ArchitectureView {
        id: architecture
        workspace: root.active || root.wasActive ? root.workspace : null
        // A new workspace or filter shows the whole picture, if it can be read whole.
        onFilterChanged: Qt.callLater(view.fitReadable)
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The filters and tools; a Flow, so a narrow window wraps them onto a second row.
        Pane {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            padding: 4
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            background: Rectangle { color: Theme.surface; border.color: Theme.border }

            Flow {
                width: parent.width
                spacing: Theme.smallSpacing

                ComboBox {
                    id: journeyFilter
                    width: 200
                    model: [{uid: "", title: qsTr("All journeys")}].concat(architecture.journeys)
                    textRole: "title"
                    valueRole: "uid"
                    currentIndex: Math.max(0, model.findIndex(j => j.uid === architecture.journey))
                    Accessible.name: qsTr("Journey")
                    onActivated: architecture.journey = currentValue
                }
                PersonaPicker {
                    width: 170
                    personas: architecture.personas
                    current: architecture.persona
                    onPicked: uid => architecture.persona = uid
                }
                ComboBox {
                    width: 150
                    enabled: architecture.journey !== ""
                    model: [{uid: "", title: qsTr("All stages")}].concat(architecture.stages)
                    textRole: "title"
                    valueRole: "uid"
                    currentIndex: Math.max(0, model.findIndex(s => s.uid === architecture.stage))
                    Accessible.name: qsTr("Stage")
                    onActivated: architecture.stage = currentValue
                }
                Switch {
                    text: qsTr("Moments that matter only")
                    checked: architecture.mattersOnly
                    onToggled: architecture.mattersOnly = checked
                }
                ToolSeparator {}
                ToolButton {
                    id: addButton
                    text: qsTr("+ Add")
                    enabled: !root.workspace.readOnly
                    Accessible.name: qsTr("Add an element, a metric, an insight or an opportunity")
                    onClicked: addMenu.popup(addButton, 0, addButton.height)
                    Menu {
                        id: addMenu
                        Repeater {
                            model: [
                                {kind: "story", label: qsTr("Story")}, {kind: "experience", label: qsTr("Experience")},
                                {kind: "service", label: qsTr("Service")}, {kind: "process", label: qsTr("Process")},
                                {kind: "system", label: qsTr("System")}, {kind: "data", label: qsTr("Data")},
                                {kind: "metric", label: qsTr("Metric")}, {kind: "insight", label: qsTr("Insight")},
                                {kind: "opportunity", label: qsTr("Opportunity")}
                            ]
                            delegate: MenuItem {
                                required property var modelData
                                text: modelData.label
                                onTriggered: {
                                    if (modelData.kind === "metric")
                                        architecture.addMetric()
                                    else if (modelData.kind === "insight")
                                        architecture.addInsight()
                                    else if (modelData.kind === "opportunity")
                                        architecture.addOpportunity()
                                    else
                                        architecture.addElement(modelData.kind)
                                    Qt.callLater(view.reveal, architecture.selected)
                                }
                            }
                        }
                    }
                }
                ToolSeparator {}
                ToolButton { text: "−"; onClicked: view.setZoom(view.zoom * 0.8); Accessible.name: qsTr("Zoom out") }
                Label {
                    textFormat: Text.PlainText
                    width: 44
                    height: 40
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: Math.round(view.zoom * 100) + "%"
                    color: Theme.text
                    Accessible.name: qsTr("Zoom %1 percent").arg(Math.round(view.zoom * 100))
                }
                ToolButton { text: "+"; onClicked: view.setZoom(view.zoom * 1.25); Accessible.name: qsTr("Zoom in") }
                ToolButton { text: qsTr("Fit"); onClicked: view.fit(); Accessible.name: qsTr("Fit the picture to the window") }
                Label {
                    textFormat: Text.PlainText
                    height: 40
                    verticalAlignment: Text.AlignVCenter
                    leftPadding: Theme.smallSpacing
                    text: architecture.summary
                    color: Theme.mutedText
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Flickable {
                id: view

                readonly property real margin: 24
                property real zoom: 1
                function setZoom(value: real) {
                    zoom = Math.max(0.1, Math.min(4, value))
                    contentX = Math.max(0, Math.min(contentX, contentWidth - width))
                    contentY = Math.max(0, Math.min(contentY, contentHeight - height))
                }
                function fit() {
                    setZoom(Math.min(1, Math.min(width / (architecture.contentWidth + 2 * margin),
                                                 height / (architecture.contentHeight + 2 * margin))))
                    contentX = 0
                    contentY = 0
                }
                // Fit, but never below half size, where the titles stop being legible.
                function fitReadable() {
                    fit()
                    if (zoom < 0.5)
                        setZoom(0.5)
                }
                function reveal(uid: string) {
                    const box = architecture.rectOf(uid)
                    if (box.width <= 0)
                        return
                    contentX = Math.max(0, Math.min((box.x + margin) * zoom - width / 3, contentWidth - width))
                    contentY = Math.max(0, Math.min((box.y + margin) * zoom - height / 3, contentHeight - height))
                }

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                boundsBehavior: Flickable.StopAtBounds
                Keys.onDeletePressed: architecture.removeSelected()
                Keys.onEscapePressed: architecture.selected = ""
                contentWidth: Math.max(width, (architecture.contentWidth + 2 * margin) * zoom)
                contentHeight: Math.max(height, (architecture.contentHeight + 2 * margin) * zoom)
                Accessible.role: Accessible.Pane
                Accessible.name: qsTr("CX architecture")
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }

                Rectangle {
                    width: view.contentWidth
                    height: view.contentHeight
                    color: CanvasStyle.mapBackground
                    MouseArea {
                        anchors.fill: parent
                        onClicked: architecture.selected = ""
                    }
                }

                // The links, painted for the viewport only.
                LinksItem {
                    x: view.contentX
                    y: view.contentY
                    width: view.width
                    height: view.height
                    view: architecture
                    origin: Qt.point(view.contentX / view.zoom - view.margin, view.contentY / view.zoom - view.margin)
                    zoom: view.zoom
                    lineColor: CanvasStyle.cardMuted
                    chainColor: CanvasStyle.selection
                    z: 1
                }

                Item {
                    x: view.margin * view.zoom
                    y: view.margin * view.zoom
                    width: architecture.contentWidth
                    height: architecture.contentHeight
                    scale: view.zoom
                    transformOrigin: Item.TopLeft
                    z: 2

                    Repeater {
                        model: architecture.layers
                        delegate: Text {
                            textFormat: Text.PlainText
                            required property var modelData
                            y: modelData.y
                            width: 120
                            height: modelData.height
                            verticalAlignment: Text.AlignVCenter
                            text: modelData.label
                            color: Theme.mutedText
                            font.pixelSize: CanvasStyle.titleSize
                            font.bold: true
                            elide: Text.ElideRight
                        }
                    }
                    // The line of visibility: what the customer meets above, what supports it below.
                    Item {
                        visible: architecture.lineOfVisibility >= 0
                        y: architecture.lineOfVisibility
                        width: architecture.layers.length > 0 ? architecture.layers[0].width : 0
                        Rectangle {
                            width: parent.width
                            height: 2
                            color: CanvasStyle.visibilityLine
                            opacity: 0.8
                        }
                        Text {
                            textFormat: Text.PlainText
                            y: 4
                            text: qsTr("Line of visibility")
                            color: CanvasStyle.visibilityLine
                            font.pixelSize: CanvasStyle.smallSize
                            font.bold: true
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: architecture.notesColumn.height > 0
                        x: architecture.notesColumn.x
                        y: architecture.notesColumn.y - height - 6
                        text: qsTr("Insights and opportunities")
                        color: Theme.mutedText
                        font.pixelSize: CanvasStyle.titleSize
                        font.bold: true
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: architecture.metricsColumn.height > 0
                        x: architecture.metricsColumn.x
                        y: architecture.metricsColumn.y - height - 6
                        text: qsTr("Metrics")
                        color: Theme.mutedText
                        font.pixelSize: CanvasStyle.titleSize
                        font.bold: true
                    }
                    Binding {
                        target: architecture.visibleBoxes
                        property: "viewport"
                        value: Qt.rect(view.contentX / view.zoom - view.margin, view.contentY / view.zoom - view.margin,
                                       view.width / view.zoom, view.height / view.zoom)
                    }
                    Repeater {
                        id: boxes
                        objectName: "boxes"
                        model: architecture.visibleBoxes
                        delegate: ArchitectureBox {
                            faded: architecture.selected !== "" && !inChain
                            onClicked: uid => { architecture.selected = uid; view.forceActiveFocus() }
                            onDragged: (uid, x, y) => {
                                linkDrag.from = Qt.point(boxX + boxWidth / 2, boxY + boxHeight / 2)
                                linkDrag.to = Qt.point(x, y)
                                linkDrag.target = architecture.boxAt(x, y)
                                linkDrag.visible = true
                            }
                            onReleased: (uid, x, y) => {
                                linkDrag.visible = false
                                const target = architecture.boxAt(x, y)
                                if (target !== "" && target !== uid && architecture.link(uid, target))
                                    architecture.selected = uid
                            }
                        }
                    }
                    // The link being dragged from one box to another.
                    Shape {
                        id: linkDrag

                        property point from
                        property point to
                        property string target: ""
                        visible: false
                        z: 3
                        ShapePath {
                            strokeColor: linkDrag.target !== "" ? CanvasStyle.selection : CanvasStyle.cardMuted
                            strokeWidth: 2
                            strokeStyle: ShapePath.DashLine
                            fillColor: "transparent"
                            startX: linkDrag.from.x
                            startY: linkDrag.from.y
                            PathLine { x: linkDrag.to.x; y: linkDrag.to.y }
                        }
                    }
                }

                WheelHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onWheel: event => view.setZoom(view.zoom * Math.pow(1.0015, event.angleDelta.y))
                }
                Label {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    visible: architecture.contentWidth <= 0
                    width: Math.min(implicitWidth, view.width - 2 * Theme.spacing)
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.mutedText
                    text: architecture.journey !== "" || architecture.persona !== "" || architecture.mattersOnly
                          ? qsTr("Nothing here matches the filters.")
                          : qsTr("No moments, elements or metrics yet. Add a story, a service or a system with + Element.")
                }
            }

            // The selected item's details, or the analyses of the whole workspace.
            ColumnLayout {
                Layout.preferredWidth: 290
                Layout.maximumWidth: 290
                Layout.fillHeight: true
                spacing: 0

                TabBar {
                    id: sideTabs
                    objectName: "sideTabs"
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Details") }
                    TabButton { text: qsTr("Analysis") }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: sideTabs.currentIndex

                    ArchitectureInspector {
                        architecture: architecture
                        readOnly: root.workspace.readOnly
                        onJump: uid => root.jump(uid)
                    }
                    AnalysisPanel {
                        objectName: "analysis"
                        architecture: architecture
                        onJump: uid => root.jump(uid)
                    }
                }
            }
        }
    }
}
