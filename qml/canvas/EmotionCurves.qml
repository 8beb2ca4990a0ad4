// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes
import CxAtlas
import CxAtlas.App

// The emotion curves over the map's curve row: one smooth line for the journey and one per
// persona, drawn with Shapes from paths core/layout computed. Dragging a point up or down
// sets that moment's score; the whole drag is one undo step.
Item {
    id: root

    required property JourneyCanvas canvas

    // The guide lines at +2 … -2.
    Repeater {
        model: 5
        delegate: Item {
            id: guide
            required property int index
            readonly property int score: 2 - index
            y: root.canvas.curveArea.y + root.canvas.curveArea.height * index / 4
            x: root.canvas.curveArea.x
            width: root.canvas.curveArea.width
            Rectangle {
                width: parent.width
                height: 1
                color: guide.score === 0 ? CanvasStyle.gridLine : CanvasStyle.curveGuide
            }
            Text {
                textFormat: Text.PlainText
                x: -width - 8
                y: -height / 2
                text: guide.score > 0 ? "+" + guide.score : guide.score
                color: CanvasStyle.cardMuted
                font.pixelSize: CanvasStyle.smallSize
            }
        }
    }

    // Another journey's curve, dashed, to compare current and future state.
    Shape {
        visible: root.canvas.comparePath !== ""
        anchors.fill: parent
        ShapePath {
            strokeColor: CanvasStyle.cardMuted
            strokeWidth: 2
            strokeStyle: ShapePath.DashLine
            dashPattern: [4, 3]
            fillColor: "transparent"
            PathSvg { path: root.canvas.comparePath }
        }
    }

    Item {
        objectName: "curveLines"
        anchors.fill: parent
    Repeater {
        model: root.canvas.curves
        // A scene-graph strip where there is a GPU renderer; the software renderer (offscreen,
        // remote desktops without GL) draws no custom geometry, so there the Shapes path.
        delegate: Item {
            id: curve

            required property string uid
            required property string curveColor
            required property string path
            required property bool shown
            readonly property color stroke: uid === "" ? CanvasStyle.journeyCurve : curveColor
            readonly property real strokeWidth: uid === "" ? 3 : 2
            readonly property bool software: GraphicsInfo.api === GraphicsInfo.Software

            anchors.fill: parent
            visible: shown

            CurveItem {
                anchors.fill: parent
                visible: !curve.software
                canvas: root.canvas
                persona: curve.uid
                color: curve.stroke
                lineWidth: curve.strokeWidth
            }
            Shape {
                anchors.fill: parent
                visible: curve.software
                ShapePath {
                    strokeColor: curve.stroke
                    strokeWidth: curve.strokeWidth
                    fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    joinStyle: ShapePath.RoundJoin
                    PathSvg { path: curve.software ? curve.path : "" }
                }
            }
        }
    }
    }

    // The points' handles, for the points near the viewport only.
    Item {
        objectName: "curvePoints"
        anchors.fill: parent
    Repeater {
        model: root.canvas.visiblePoints
        delegate: Rectangle {
            id: point

            required property string moment
            required property string persona
            required property string pointColor
            required property int score
            required property bool shown
            required property real pointX
            required property real pointY
            required property string momentTitle
            required property string curveTitle

            visible: shown && Preferences.curveHandlesShown
            x: pointX - width / 2
            y: pointY - height / 2
            width: pointArea.containsMouse || pointArea.pressed ? 16 : 11
            height: width
            radius: width / 2
            color: persona === "" ? CanvasStyle.journeyCurve : pointColor
            border.color: CanvasStyle.card
            border.width: 2
            Accessible.role: Accessible.Slider
            Accessible.name: Texts.format(qsTr("Emotion of %1 for %2: %3"),
                                          [point.momentTitle, point.curveTitle, point.score > 0 ? "+" + point.score : point.score])

            MouseArea {
                id: pointArea

                anchors.fill: parent
                anchors.margins: -6
                hoverEnabled: true
                cursorShape: Qt.SizeVerCursor
                onPositionChanged: mouse => {
                    if (!pressed)
                        return
                    const y = mapToItem(root, 0, mouse.y).y
                    const score = root.canvas.scoreAt(y)
                    if (score !== point.score)
                        root.canvas.setEmotion(point.moment, point.persona, score, true)
                }
            }
        }
    }
    }
}
