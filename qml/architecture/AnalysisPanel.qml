// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The analyses of the whole workspace: its gaps (what `cxatlas check` reports) and the systems
// and processes ranked by the value they carry. Each row jumps to its item. Recomputed when the
// document changes, while the panel is shown.
Rectangle {
    id: root

    required property ArchitectureView architecture
    property var gaps: []
    property var ranking: []
    property var opportunities: []

    signal jump(string uid)

    function refresh() {
        if (!visible)
            return
        gaps = architecture.gaps()
        ranking = architecture.ranking()
        opportunities = architecture.opportunities()
    }

    color: Theme.surface
    onVisibleChanged: refresh()
    Component.onCompleted: refresh()
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Analysis")

    Connections {
        target: root.architecture
        function onLayoutChanged() { root.refresh() }
    }

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentWidth: availableWidth
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            // Sized from the panel: the ScrollView's content width follows this, not the reverse.
            width: root.width - 2 * Theme.spacing - 14
            spacing: Theme.smallSpacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.gaps.length === 0 ? qsTr("No gaps") : qsTr("%n gap(s)", "", root.gaps.length)
                font.pixelSize: Theme.headingSize
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                visible: root.gaps.length === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Every moment that matters is measured, owned and supported backstage; every element is linked; every metric leads to a strategic one.")
            }
            Repeater {
                model: root.gaps
                delegate: ItemDelegate {
                    id: gapRow
                    // Drawn from the theme, not the style's palette: readable in both themes.
                    background: Rectangle { color: gapRow.down || gapRow.highlighted ? Theme.selection : gapRow.hovered ? Theme.hover : "transparent"; radius: Theme.radius }
                    required property var modelData
                    required property int index
                    readonly property bool first: index === 0 || root.gaps[index - 1].kind !== modelData.kind
                    objectName: "gap-" + index
                    Layout.fillWidth: true
                    topPadding: first ? 24 : 4
                    bottomPadding: 4
                    Accessible.name: modelData.message
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: gapRow.modelData.message
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: gapRow.first
                        x: gapRow.leftPadding
                        y: 4
                        width: gapRow.availableWidth
                        elide: Text.ElideRight
                        text: gapRow.modelData.heading
                        color: Theme.mutedText
                        font.bold: true
                    }
                    onClicked: root.jump(modelData.uid)
                }
            }

            Label {
                textFormat: Text.PlainText
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Opportunities")
                font.pixelSize: Theme.headingSize
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                text: qsTr("Score: impact × the value of the moments it improves ÷ effort.")
            }
            Label {
                textFormat: Text.PlainText
                visible: root.opportunities.length === 0
                text: qsTr("No opportunities yet.")
                color: Theme.mutedText
            }
            Repeater {
                model: root.opportunities
                delegate: ItemDelegate {
                    id: opportunityRow
                    background: Rectangle { color: opportunityRow.down || opportunityRow.highlighted ? Theme.selection : opportunityRow.hovered ? Theme.hover : "transparent"; radius: Theme.radius }
                    required property var modelData
                    required property int index
                    objectName: "opportunity-" + index
                    Layout.fillWidth: true
                    topPadding: 4
                    bottomPadding: 4
                    Accessible.name: Texts.format(qsTr("%1, score %2"), [modelData.title, Math.round(modelData.score * 10) / 10])
                    contentItem: RowLayout {
                        spacing: Theme.smallSpacing
                        Label { textFormat: Text.PlainText; text: (opportunityRow.index + 1) + "."; color: Theme.mutedText }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: opportunityRow.modelData.title; color: Theme.text; elide: Text.ElideRight }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: qsTr("impact %1 · effort %2 · %n moment(s)", "", opportunityRow.modelData.moments)
                                      .arg(opportunityRow.modelData.impact).arg(opportunityRow.modelData.effort)
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallSize
                                elide: Text.ElideRight
                            }
                        }
                        Label { textFormat: Text.PlainText; text: Math.round(opportunityRow.modelData.score * 10) / 10; color: Theme.text; font.bold: true }
                    }
                    onClicked: root.jump(modelData.uid)
                }
            }

            Label {
                textFormat: Text.PlainText
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Systems and processes by value")
                font.pixelSize: Theme.headingSize
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                text: qsTr("Value: the importance of every moment that depends on it, moments that matter counted twice. Ties go to the one more chains pass through.")
            }
            Label {
                textFormat: Text.PlainText
                visible: root.ranking.length === 0
                text: qsTr("No systems or processes yet.")
                color: Theme.mutedText
            }
            Repeater {
                model: root.ranking
                delegate: ItemDelegate {
                    id: rankRow
                    // Drawn from the theme, not the style's palette: readable in both themes.
                    background: Rectangle { color: rankRow.down || rankRow.highlighted ? Theme.selection : rankRow.hovered ? Theme.hover : "transparent"; radius: Theme.radius }
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    topPadding: 4
                    bottomPadding: 4
                    Accessible.name: Texts.format(qsTr("%1, value %2"), [modelData.title, modelData.value])
                    contentItem: RowLayout {
                        spacing: Theme.smallSpacing
                        Label { textFormat: Text.PlainText; text: (rankRow.index + 1) + "."; color: Theme.mutedText }
                        Rectangle { width: 4; Layout.fillHeight: true; radius: 2; color: CanvasStyle.kindColor(rankRow.modelData.kind) }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label { textFormat: Text.PlainText; Layout.fillWidth: true; text: rankRow.modelData.title; color: Theme.text; elide: Text.ElideRight }
                            Label {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: qsTr("%n moment(s)", "", rankRow.modelData.moments)
                                      + (rankRow.modelData.momentsThatMatter > 0 ? qsTr(", %n that matter", "", rankRow.modelData.momentsThatMatter) : "")
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallSize
                                elide: Text.ElideRight
                            }
                        }
                        Label { textFormat: Text.PlainText; text: rankRow.modelData.value; color: Theme.text; font.bold: true }
                    }
                    onClicked: root.jump(modelData.uid)
                }
            }
        }
    }
}
