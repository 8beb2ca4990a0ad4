// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas

// One row of the metric tree: a group heading, or a metric with its level, latest value, status
// (word and colour), trend (arrow and word) and, under the metric it drives, their correlation.
// Draws what the model says; the selection lives in the controller.
Rectangle {
    id: root

    required property int index
    required property string key
    required property string uid
    required property bool isGroup
    required property int depth
    required property string title
    required property string levelLabel
    required property string latest
    required property string status
    required property string statusLabel
    required property string trendLabel
    required property string trendArrow
    required property string correlation
    required property string alsoUnder
    required property bool inCycle
    required property bool cycleRepeat
    required property bool hasChildren
    required property bool expanded
    required property bool matches
    property bool selected: false
    property bool current: false

    signal clicked()
    signal toggled()

    implicitHeight: root.isGroup ? 34 : (details.visible ? 52 : 36)
    color: root.selected ? Theme.selection : mouse.containsMouse ? Theme.hover : "transparent"
    border.color: root.current && root.ListView.view.activeFocus ? Theme.accent : "transparent"
    Accessible.role: Accessible.TreeItem
    Accessible.name: root.isGroup ? root.title
                     : qsTr("%1, %2, latest %3, %4, %5").arg(root.title).arg(root.levelLabel)
                       .arg(root.latest || qsTr("none")).arg(root.statusLabel).arg(root.trendLabel)

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: root.clicked()
    }

    RowLayout {
        anchors.fill: parent
        // A row shown only to place the filter's matches below it stays in the background.
        opacity: root.matches || root.isGroup ? 1 : 0.55
        anchors.leftMargin: Theme.smallSpacing + root.depth * (root.width >= 500 ? 18 : 10)
        anchors.rightMargin: Theme.smallSpacing
        spacing: Theme.smallSpacing

        ToolButton {
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22
            padding: 0
            visible: root.hasChildren
            text: root.expanded ? "▾" : "▸"
            focusPolicy: Qt.NoFocus
            Accessible.name: root.expanded ? qsTr("Collapse") : qsTr("Expand")
            onClicked: root.toggled()
        }
        Item {
            visible: !root.hasChildren
            Layout.preferredWidth: 22
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    Layout.minimumWidth: Math.min(implicitWidth, root.width >= 500 ? 110 : 48)
                    text: root.title
                    elide: Text.ElideRight
                    color: root.isGroup ? Theme.mutedText : Theme.text
                    font.bold: root.isGroup || root.depth === 1
                    font.pixelSize: root.isGroup ? Theme.smallSize : Theme.bodySize
                    font.capitalization: root.isGroup ? Font.AllUppercase : Font.MixedCase
                }
                Label {
                    textFormat: Text.PlainText
                    visible: root.inCycle
                    text: root.cycleRepeat ? qsTr("⟳ cycle closes here") : qsTr("⟳ in a cycle")
                    color: Theme.offTrack
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
                // The level is the first to go in a narrow tree (the indent tells it too).
                // (Collapsed by width rather than hidden: a label made visible after the row was
                // laid out stayed at the row's corner, over the title, in two-line rows.)
                Label {
                    textFormat: Text.PlainText
                    visible: !root.isGroup
                    Layout.preferredWidth: root.width >= 500 ? implicitWidth : 0
                    clip: true
                    text: root.levelLabel
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    textFormat: Text.PlainText
                    visible: !root.isGroup
                    Layout.preferredWidth: root.width >= 500 ? 124 : 84
                    horizontalAlignment: Text.AlignRight
                    text: root.latest || "—"
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                }
                StatusBadge {
                    visible: !root.isGroup
                    Layout.preferredWidth: 78
                    status: root.status
                    label: root.statusLabel
                }
                Label {
                    textFormat: Text.PlainText
                    visible: !root.isGroup
                    Layout.preferredWidth: 16
                    text: root.trendArrow
                    color: Theme.text
                    Accessible.name: root.trendLabel
                    ToolTip.visible: trendMouse.containsMouse
                    ToolTip.text: root.trendLabel
                    MouseArea {
                        id: trendMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        acceptedButtons: Qt.NoButton
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                id: details
                Layout.fillWidth: true
                visible: text !== ""
                text: [root.alsoUnder, root.correlation].filter(t => t !== "").join(" · ")
                elide: Text.ElideRight
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
