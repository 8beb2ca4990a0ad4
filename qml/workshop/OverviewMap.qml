// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes
import CxAtlas
import CxAtlas.App

// The whole map at once (O): the canvas's own geometry and models (JourneyCanvas: stages,
// lanes, cards, curves), fitted to the screen in projector colours, with the current stage
// outlined. Read-only; live like the canvas it draws.
Item {
    id: root

    required property PresentationController controller
    required property ProjectorTheme theme
    readonly property JourneyCanvas canvas: controller.canvas
    readonly property real margin: 24
    readonly property real headerHeight: 100 * Math.min(width / 1920, height / 1080)
    readonly property real fit: canvas ? Math.min(width / (canvas.contentWidth + 2 * margin),
                                                  (height - headerHeight) / (canvas.contentHeight + 2 * margin)) : 1
    readonly property string currentStage: controller.stageIndex < controller.columns.length
                                           ? controller.columns[controller.stageIndex].uid : ""

    Text {
        textFormat: Text.PlainText
        x: 24 * Math.min(root.width / 1920, root.height / 1080)
        y: (root.headerHeight - height) / 2
        text: qsTr("%1 — the whole journey").arg(root.controller.journeyTitle)
        color: root.theme.text
        font.family: root.theme.fontFamily
        font.pixelSize: root.theme.bodySize * Math.min(root.width / 1920, root.height / 1080)
        font.bold: true
    }

    Item {
        id: map

        objectName: "overviewMap"
        x: (root.width - (root.canvas.contentWidth + 2 * root.margin) * root.fit) / 2 + root.margin * root.fit
        y: root.headerHeight + root.margin * root.fit
        width: root.canvas.contentWidth
        height: root.canvas.contentHeight
        scale: root.fit
        transformOrigin: Item.TopLeft

        Repeater {
            model: root.canvas.lanes
            delegate: Item {
                id: lane
                required property string title
                required property int index
                required property real headerX
                required property real headerY
                required property real headerWidth
                required property real headerHeight
                required property real bodyX
                required property real bodyWidth
                Rectangle {
                    x: lane.bodyX
                    y: lane.headerY
                    width: lane.bodyWidth
                    height: lane.headerHeight
                    color: lane.index % 2 ? root.theme.background : Qt.tint(root.theme.background, Qt.rgba(0.5, 0.5, 0.5, 0.06))
                }
                Text {
                    textFormat: Text.PlainText
                    x: lane.headerX + 8
                    y: lane.headerY + 8
                    width: lane.headerWidth - 16
                    text: lane.title
                    color: root.theme.mutedText
                    font.family: root.theme.fontFamily
                    font.pixelSize: 16
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }
        }

        Repeater {
            model: root.canvas.stages
            delegate: Item {
                id: stage
                required property string uid
                required property string title
                required property real headerX
                required property real headerY
                required property real headerWidth
                required property real headerHeight
                required property real bodyX
                required property real bodyY
                required property real bodyHeight
                readonly property bool current: uid === root.currentStage
                Rectangle {
                    x: stage.headerX
                    y: stage.headerY
                    width: stage.headerWidth
                    height: stage.headerHeight + stage.bodyHeight
                    color: "transparent"
                    border.width: stage.current ? 5 : 1
                    border.color: stage.current ? root.theme.focusBorder : root.theme.guide
                    z: 2
                }
                Text {
                    textFormat: Text.PlainText
                    x: stage.headerX + 10
                    width: stage.headerWidth - 20
                    height: stage.headerHeight
                    verticalAlignment: Text.AlignVCenter
                    text: stage.title
                    color: root.theme.text
                    font.family: root.theme.fontFamily
                    font.pixelSize: 22
                    font.bold: true
                    elide: Text.ElideRight
                }
            }
        }

        // Every card: the map's own rows, so an edit shows here as on the canvas.
        Repeater {
            objectName: "overviewCards"
            model: root.canvas.cards
            delegate: Rectangle {
                id: card
                required property real cardX
                required property real cardY
                required property real cardWidth
                required property real cardHeight
                required property string title
                required property bool mattersMost
                x: cardX
                y: cardY
                width: cardWidth
                height: cardHeight
                radius: 6
                color: root.theme.surface
                border.width: mattersMost ? 3 : 1
                border.color: mattersMost ? root.theme.accent : root.theme.border
                Text {
                    textFormat: Text.PlainText
                    anchors { fill: parent; margins: 8 }
                    text: card.title
                    color: root.theme.text
                    font.family: root.theme.fontFamily
                    font.pixelSize: 16
                    font.bold: card.mattersMost
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
        }

        Repeater {
            model: root.canvas.curves
            delegate: Shape {
                id: curve
                required property string uid
                required property string curveColor
                required property string path
                required property bool shown
                anchors.fill: parent
                visible: shown
                z: 3
                ShapePath {
                    strokeColor: curve.uid === "" ? root.theme.text : curve.curveColor
                    strokeWidth: curve.uid === "" ? 4 : 3
                    fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    joinStyle: ShapePath.RoundJoin
                    PathSvg { path: curve.path }
                }
            }
        }
    }
}
