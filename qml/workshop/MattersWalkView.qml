// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import CxAtlas
import CxAtlas.App

// The walk through the moments that matter (M): one at a time, large, with what it uses
// (stories, experiences, services, systems, processes, data) and the metrics that measure it
// beside it. The moments stand side by side as slides; a step moves the camera like the
// spotlight's (animated, or not at all when motion is reduced).
Item {
    id: root

    required property PresentationController controller
    required property ProjectorTheme theme
    readonly property real unit: Math.min(width / 1920, height / 1080)
    readonly property alias strip: strip
    // The moment on screen while walking, else -1. An int changes (and wakes what binds to it)
    // only when its value does, not on every step of the stage spotlight.
    readonly property int current: controller.mattersWalk ? controller.mattersIndex : -1
    // Camera moves animate only between moments of a walk under way: starting the walk puts
    // the camera on its moment at once (the view fades in instead).
    property bool settled: false
    readonly property var nearby: current < 0 ? [] : [current - 1, current, current + 1]
                                                     .filter(i => i >= 0 && i < controller.mattersCount)

    onCurrentChanged: {
        if (root.current < 0)
            root.settled = false
        else if (!root.settled)
            Qt.callLater(() => root.settled = root.current >= 0)
    }

    Item {
        x: (root.width - 1920 * root.unit) / 2
        y: (root.height - 1080 * root.unit) / 2
        width: 1920
        height: 1080
        scale: root.unit
        transformOrigin: Item.TopLeft

        Item {
            id: strip

            objectName: "mattersStrip"
            x: -Math.max(0, root.current) * 1920
            height: 1080

            Behavior on x {
                enabled: root.controller.cameraMs > 0 && root.settled
                NumberAnimation { duration: root.controller.cameraMs; easing.type: Easing.InOutCubic }
            }

            // Only the slides either side of the current one are made: a large journey has
            // hundreds of moments that matter, and a step should not touch them all.
            Repeater {
                model: root.nearby
                delegate: Item {
                    id: slide

                    required property int modelData
                    readonly property int index: modelData
                    readonly property var moment: root.controller.matters[modelData] ?? ({links: []})
                    x: index * 1920
                    width: 1920
                    height: 1080
                    opacity: index === root.current ? 1 : 0.2

                    Column {
                        x: 96
                        y: 150
                        width: 980
                        spacing: 20

                        Text {
                            textFormat: Text.PlainText
                            text: qsTr("★ Moment that matters %1 of %2").arg(slide.index + 1).arg(root.controller.mattersCount)
                            color: root.theme.accent
                            font.family: root.theme.fontFamily
                            font.pixelSize: root.theme.stageNumberSize
                            font.bold: true
                        }
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width
                            text: slide.moment.stage + "  ›  " + slide.moment.lane
                            color: root.theme.mutedText
                            font.family: root.theme.fontFamily
                            font.pixelSize: root.theme.bodySize
                            elide: Text.ElideRight
                        }
                        Rectangle {
                            width: parent.width
                            height: card.implicitHeight + 64
                            radius: root.theme.radius
                            color: root.theme.surface
                            border.width: 5
                            border.color: root.theme.accent

                            Column {
                                id: card
                                x: 32
                                y: 32
                                width: parent.width - 64
                                spacing: 18
                                Text {
                                    textFormat: Text.PlainText
                                    objectName: "mattersTitle"
                                    width: parent.width
                                    text: slide.moment.title
                                    color: root.theme.text
                                    font.family: root.theme.fontFamily
                                    font.pixelSize: 60
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 3
                                    elide: Text.ElideRight
                                }
                                Text {
                                    textFormat: Text.PlainText
                                    width: parent.width
                                    visible: text !== ""
                                    text: slide.moment.notes
                                    color: root.theme.text
                                    font.family: root.theme.fontFamily
                                    font.pixelSize: root.theme.bodySize
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 6
                                    elide: Text.ElideRight
                                    lineHeight: 1.15
                                }
                                Text {
                                    textFormat: Text.PlainText
                                    width: parent.width
                                    text: [slide.moment.channel, slide.moment.owner, slide.moment.evidenceText]
                                          .filter(t => t !== "").join("  ·  ")
                                    color: root.theme.mutedText
                                    font.family: root.theme.fontFamily
                                    font.pixelSize: root.theme.cardMetaSize
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }

                    // What it uses and what measures it.
                    Column {
                        x: 1150
                        y: 150
                        width: 690
                        spacing: 14

                        Text {
                            textFormat: Text.PlainText
                            text: qsTr("Linked")
                            color: root.theme.mutedText
                            font.family: root.theme.fontFamily
                            font.pixelSize: root.theme.stageNumberSize
                            font.bold: true
                        }
                        Text {
                            textFormat: Text.PlainText
                            visible: slide.moment.links.length === 0
                            width: parent.width
                            text: qsTr("Nothing is linked to this moment yet: no story, system or metric.")
                            color: root.theme.text
                            font.family: root.theme.fontFamily
                            font.pixelSize: root.theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: slide.moment.links
                            delegate: Column {
                                id: group
                                required property var modelData
                                width: parent ? parent.width : 0
                                spacing: 4
                                bottomPadding: 10
                                Text {
                                    textFormat: Text.PlainText
                                    text: group.modelData.heading
                                    color: root.theme.accent
                                    font.family: root.theme.fontFamily
                                    font.pixelSize: root.theme.laneSize
                                    font.bold: true
                                }
                                // Four a kind at most, so a busy moment still fits the screen.
                                Repeater {
                                    model: group.modelData.items.slice(0, 4)
                                    delegate: Text {
                                        textFormat: Text.PlainText
                                        required property string modelData
                                        width: group.width
                                        text: "•  " + modelData
                                        color: root.theme.text
                                        font.family: root.theme.fontFamily
                                        font.pixelSize: 32
                                        wrapMode: Text.Wrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                }
                                Text {
                                    textFormat: Text.PlainText
                                    visible: group.modelData.items.length > 4
                                    text: qsTr("and %1 more").arg(group.modelData.items.length - 4)
                                    color: root.theme.mutedText
                                    font.family: root.theme.fontFamily
                                    font.pixelSize: root.theme.smallSize
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
