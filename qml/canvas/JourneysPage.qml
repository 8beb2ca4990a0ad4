// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The Journeys view: a journey picker and the map's tools above, the map, its minimap and the
// inspector. The window's Edit menu calls the functions here.
Item {
    id: root

    required property WorkspaceController workspace
    readonly property bool hasSelection: canvas.selection.length > 0
    readonly property bool canPaste: canvas.canPaste
    readonly property alias canvas: canvas
    readonly property alias view: view

    // The toolbar's Present (the window shows the journey in presentation mode, issue 12).
    signal presentRequested()

    function takeFocus() { view.forceActiveFocus() }
    function cut() { canvas.cutSelection() }
    function copy() { canvas.copySelection() }
    function paste() { canvas.paste(); view.reveal(canvas.current) }
    function duplicate() { canvas.duplicateSelection(); view.reveal(canvas.current) }
    function deleteSelection() { canvas.deleteSelection() }
    function selectAll() { canvas.selectAll() }
    function find(text: string): int {
        const count = canvas.find(text)
        if (count > 0)
            view.reveal(canvas.current)
        return count
    }

    JourneyCanvas {
        id: canvas
        workspace: root.workspace
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            clip: true
            background: Rectangle { color: Theme.surface; border.color: Theme.border }

            RowLayout {
                anchors { fill: parent; leftMargin: Theme.spacing; rightMargin: Theme.spacing }
                spacing: Theme.smallSpacing

                ComboBox {
                    id: picker
                    Layout.fillWidth: true
                    Layout.minimumWidth: 150
                    Layout.maximumWidth: 320
                    model: canvas.journeys
                    textRole: "title"
                    valueRole: "uid"
                    currentIndex: canvas.journeys.findIndex(j => j.uid === canvas.journey)
                    displayText: currentIndex >= 0
                                 ? currentText + (canvas.journeys[currentIndex].state === "future" ? qsTr(" (future state)") : "")
                                 : qsTr("No journey")
                    Accessible.name: qsTr("Journey")
                    onActivated: canvas.journey = currentValue
                }
                ToolButton { text: qsTr("New journey"); onClicked: canvas.addJourney("") }
                ToolSeparator {}
                ToolButton { text: qsTr("+ Stage"); enabled: canvas.journey !== ""; onClicked: canvas.addStage("", 1000) }
                ToolButton { text: qsTr("+ Lane"); enabled: canvas.journey !== ""; onClicked: canvas.addLane("", "custom", 1000) }
                ToolSeparator {}
                Switch {
                    text: qsTr("Moments that matter")
                    checked: view.focusOnMattering
                    onToggled: view.focusOnMattering = checked
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Dim every other moment")
                }
                Item { Layout.fillWidth: true; Layout.minimumWidth: 0 }
                ToolButton { text: "−"; onClicked: view.zoomBy(0.8); Accessible.name: qsTr("Zoom out") }
                Label {
                    Layout.preferredWidth: 48
                    horizontalAlignment: Text.AlignHCenter
                    text: Math.round(view.zoom * 100) + "%"
                    color: Theme.text
                    Accessible.name: qsTr("Zoom %1 percent").arg(Math.round(view.zoom * 100))
                }
                ToolButton { text: "+"; onClicked: view.zoomBy(1.25); Accessible.name: qsTr("Zoom in") }
                ToolButton { text: qsTr("Fit"); onClicked: view.fit(); Accessible.name: qsTr("Fit the map to the window") }
                ToolSeparator {}
                ToolButton {
                    text: qsTr("Present")
                    enabled: canvas.journey !== ""
                    focusPolicy: Qt.NoFocus
                    onClicked: root.presentRequested()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show this journey full screen for a workshop (F5)")
                }
            }
        }

        // Who the map is for, and its curves: untick one to hide it; compare with another journey.
        // A Flow, so a narrow window wraps them instead of pushing the map off screen.
        Flow {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: 2
            visible: canvas.journey !== ""
            spacing: Theme.smallSpacing

            Label {
                height: 32
                verticalAlignment: Text.AlignVCenter
                width: Math.min(implicitWidth, parent.width)
                text: canvas.personas.length > 0 ? qsTr("For %1").arg(canvas.personas.join(", ")) : qsTr("No persona yet")
                color: Theme.mutedText
                elide: Text.ElideRight
                rightPadding: Theme.spacing
            }
            Repeater {
                model: canvas.curves
                delegate: CheckBox {
                    id: legend
                    required property string uid
                    required property string title
                    required property string curveColor
                    required property bool shown
                    readonly property color swatch: uid === "" ? CanvasStyle.journeyCurve : curveColor
                    height: 32
                    checked: shown
                    text: title
                    Accessible.name: qsTr("Show the curve of %1").arg(title)
                    indicator: Rectangle {
                        x: legend.leftPadding
                        anchors.verticalCenter: parent.verticalCenter
                        width: 14
                        height: 14
                        radius: 3
                        color: legend.checked ? legend.swatch : "transparent"
                        border.color: legend.swatch
                        border.width: 2
                    }
                    onToggled: canvas.setCurveShown(uid, checked)
                }
            }
            ComboBox {
                width: 220
                height: 32
                model: [{uid: "", title: qsTr("Compare with…")}].concat(canvas.journeys.filter(j => j.uid !== canvas.journey))
                textRole: "title"
                valueRole: "uid"
                Accessible.name: qsTr("Compare with another journey's curve")
                onActivated: canvas.compareJourney = currentValue
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumWidth: 0
            spacing: 0

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 0

                CanvasView {
                    id: view
                    anchors.fill: parent
                    canvas: canvas
                    visible: canvas.journey !== ""
                }
                Minimap {
                    objectName: "minimap"
                    visible: canvas.journey !== "" && canvas.momentCount > 0
                    anchors { right: parent.right; bottom: parent.bottom; margins: 20 }
                    canvas: canvas
                    view: view
                }
                Column {
                    visible: canvas.journey === "" && root.workspace.isOpen
                    anchors.centerIn: parent
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("This workspace has no journeys yet.")
                        color: Theme.mutedText
                        font.pixelSize: Theme.headingSize
                    }
                    Button {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("Add a journey")
                        onClicked: canvas.addJourney("")
                    }
                }
            }
            // Drag to give the inspector more or less room.
            Rectangle {
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                color: handle.containsMouse || handle.pressed ? Theme.accent : Theme.border
                MouseArea {
                    id: handle
                    anchors { fill: parent; leftMargin: -3; rightMargin: -3 }
                    hoverEnabled: true
                    cursorShape: Qt.SplitHCursor
                    onPositionChanged: mouse => {
                        if (pressed)
                            inspector.width = Math.max(240, Math.min(640, inspector.width - mouse.x))
                    }
                }
            }
            MomentInspector {
                id: inspector
                width: 320
                Layout.preferredWidth: width
                Layout.fillHeight: true
                canvas: canvas
            }
        }
    }
}
