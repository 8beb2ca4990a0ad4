// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes
import CxAtlas
import CxAtlas.App

// The stage spotlight: the journey's stages side by side as one strip, drawn where
// PresentationLayout put them, the camera centred on the current stage and the rest dimmed.
// Everything is in reference units (a 1920 × 1080 frame) scaled to the screen, so type grows
// with the screen. A step moves the strip: one animated x (cameraMs, none when motion is
// reduced), no delegate made or destroyed.
Item {
    id: root

    required property PresentationController controller
    required property ProjectorTheme theme
    // Passed to each card (see PresentCard.dotsComponent).
    property Component dotsComponent: null
    readonly property real unit: Math.min(width / 1920, height / 1080)
    readonly property alias strip: strip
    readonly property alias frame: frame
    readonly property real spotlightLeft: frame.x + (1920 - 1120) / 2 * unit
    readonly property real spotlightRight: frame.x + (1920 + 1120) / 2 * unit

    Item {
        id: frame

        objectName: "spotlightFrame"
        x: (root.width - 1920 * root.unit) / 2
        y: (root.height - 1080 * root.unit) / 2
        width: 1920
        height: 1080
        scale: root.unit
        transformOrigin: Item.TopLeft

        Item {
            id: strip

            objectName: "spotlightStrip"
            x: -root.controller.cameraX
            width: root.controller.stripWidth
            height: 1080

            Behavior on x {
                enabled: root.controller.cameraMs > 0
                NumberAnimation {
                    id: cameraMove
                    objectName: "cameraMove"
                    duration: root.controller.cameraMs
                    easing.type: Easing.InOutCubic
                }
            }

            // The curve band's guide lines, +2 at the top to −2 at the bottom.
            Repeater {
                model: 5
                delegate: Rectangle {
                    required property int index
                    y: 888 + 164 * index / 4
                    width: strip.width
                    height: index === 2 ? 3 : 2
                    color: index === 2 ? root.theme.border : root.theme.guide
                }
            }

            Repeater {
                model: root.controller.columns
                delegate: Item {
                    id: column

                    required property var modelData
                    x: modelData.x
                    width: 1120
                    height: 1080

                    Text {
                        textFormat: Text.PlainText
                        y: 28
                        width: parent.width
                        text: qsTr("Stage %1 of %2").arg(column.modelData.number).arg(root.controller.stageCount)
                        color: root.theme.mutedText
                        font.family: root.theme.fontFamily
                        font.pixelSize: root.theme.stageNumberSize
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "stageTitle"
                        y: 72
                        width: parent.width
                        text: column.modelData.title
                        color: root.theme.text
                        font.family: root.theme.fontFamily
                        font.pixelSize: root.theme.stageTitleSize
                        font.bold: true
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                        Accessible.name: column.modelData.title
                    }
                    // The emotion scale beside the curves: +2 at the top, −2 at the bottom.
                    Repeater {
                        model: [{label: "+2", at: 0}, {label: "0", at: 2}, {label: "−2", at: 4}]
                        delegate: Text {
                            textFormat: Text.PlainText
                            required property var modelData
                            x: 210 - width - 16
                            y: 888 + 164 * modelData.at / 4 - height / 2
                            text: modelData.label
                            color: root.theme.mutedText
                            font.family: root.theme.fontFamily
                            font.pixelSize: root.theme.smallSize
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        x: 0
                        y: 888 + 164 / 4 - height / 2
                        width: 150
                        text: qsTr("Emotion")
                        color: root.theme.mutedText
                        font.family: root.theme.fontFamily
                        font.pixelSize: root.theme.laneSize
                        font.bold: true
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: column.modelData.overflow > 0
                        x: 210
                        y: 850
                        text: qsTr("%n more moment(s) in this stage: O shows the whole map", "", column.modelData.overflow)
                        color: root.theme.mutedText
                        font.family: root.theme.fontFamily
                        font.pixelSize: root.theme.smallSize
                    }
                }
            }

            Repeater {
                model: root.controller.laneLabels
                delegate: Text {
                    textFormat: Text.PlainText
                    required property var modelData
                    x: modelData.x
                    y: modelData.y + 8
                    width: modelData.width
                    height: modelData.height
                    text: modelData.title
                    color: root.theme.mutedText
                    font.family: root.theme.fontFamily
                    font.pixelSize: root.theme.laneSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                }
            }

            Repeater {
                objectName: "spotlightCards"
                model: root.controller.cards
                delegate: PresentCard {
                    theme: root.theme
                    dotsComponent: root.dotsComponent
                }
            }

            // The emotion curves, persona colours from the Okabe–Ito palette, the journey's in ink.
            Repeater {
                model: root.controller.curves
                delegate: Shape {
                    id: curve

                    required property var modelData
                    width: strip.width
                    height: 1080
                    visible: modelData.shown
                    ShapePath {
                        strokeColor: curve.modelData.uid === "" ? root.theme.text : curve.modelData.curveColor
                        strokeWidth: curve.modelData.uid === "" ? 7 : 5
                        fillColor: "transparent"
                        capStyle: ShapePath.RoundCap
                        joinStyle: ShapePath.RoundJoin
                        PathSvg { path: curve.modelData.path }
                    }
                }
            }
        }
    }

    // The rest of the journey, dimmed: what lies left and right of the spotlit column.
    Rectangle {
        objectName: "dimLeft"
        width: root.spotlightLeft - 24 * root.unit
        height: root.height
        color: root.theme.dim
    }
    Rectangle {
        objectName: "dimRight"
        x: root.spotlightRight + 24 * root.unit
        width: root.width - x
        height: root.height
        color: root.theme.dim
    }

    // Who the curves are for, on a plate of its own over the dimmed neighbour.
    Rectangle {
        x: legend.x - 16 * root.unit
        y: legend.y - 12 * root.unit
        width: legend.width + 32 * root.unit
        height: legend.height + 24 * root.unit
        radius: root.theme.radius * root.unit
        color: root.theme.background
        border.color: root.theme.guide
    }
    Column {
        id: legend
        x: frame.x + 1580 * root.unit
        y: frame.y + 900 * root.unit
        spacing: 6 * root.unit
        Repeater {
            model: root.controller.curves
            delegate: Row {
                id: legendRow
                required property var modelData
                visible: modelData.shown
                spacing: 12 * root.unit
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 40 * root.unit
                    height: 6 * root.unit
                    radius: 3 * root.unit
                    color: legendRow.modelData.uid === "" ? root.theme.text : legendRow.modelData.curveColor
                }
                Text {
                    textFormat: Text.PlainText
                    text: legendRow.modelData.title
                    color: root.theme.text
                    font.family: root.theme.fontFamily
                    font.pixelSize: root.theme.smallSize * root.unit
                }
            }
        }
    }
}
