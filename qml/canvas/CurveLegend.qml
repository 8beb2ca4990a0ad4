// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// Who the map is for, and its curves: untick one to hide it; compare with another journey.
// A Flow, so a narrow window wraps them instead of pushing the map off screen.
Flow {
    id: root

    required property JourneyCanvas canvas

    spacing: Theme.smallSpacing

    Label {
        textFormat: Text.PlainText
        height: 32
        verticalAlignment: Text.AlignVCenter
        width: Math.min(implicitWidth, parent.width)
        text: root.canvas.personas.length > 0 ? qsTr("For %1").arg(root.canvas.personas.join(", ")) : qsTr("No persona yet")
        color: Theme.mutedText
        elide: Text.ElideRight
        rightPadding: Theme.spacing
    }
    Repeater {
        model: root.canvas.curves
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
            // The curve's colour when ticked, inside an edge and with a tick that keep 3:1
            // in both themes (some persona colours alone are faint on the window).
            indicator: Rectangle {
                x: legend.leftPadding
                anchors.verticalCenter: parent.verticalCenter
                width: 16
                height: 16
                radius: 3
                color: legend.checked ? legend.swatch : "transparent"
                border.color: Theme.controlBorder
                border.width: 1
                Text {
                    textFormat: Text.PlainText
                    visible: legend.checked
                    anchors.centerIn: parent
                    text: "✓"
                    font.pixelSize: 12
                    font.bold: true
                    color: 0.299 * legend.swatch.r + 0.587 * legend.swatch.g + 0.114 * legend.swatch.b > 0.55 ? "#000000" : "#ffffff"
                }
            }
            onToggled: root.canvas.setCurveShown(uid, checked)
        }
    }
    ComboBox {
        width: 220
        height: 32
        model: [{uid: "", title: qsTr("Compare with…")}].concat(root.canvas.journeys.filter(j => j.uid !== root.canvas.journey))
        textRole: "title"
        valueRole: "uid"
        Accessible.name: qsTr("Compare with another journey's curve")
        onActivated: root.canvas.compareJourney = currentValue
    }
}
