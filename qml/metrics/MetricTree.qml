// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The metric hierarchy with its filters and search above it. Tab goes through the filters to
// the tree; in the tree the arrows move (Left and Right also collapse and expand), Enter
// selects.
Rectangle {
    id: root

    required property MetricsView metrics
    readonly property alias list: list
    readonly property alias search: search

    function takeFocus() { list.forceActiveFocus() }
    function choose(row: int) {
        if (row < 0 || row >= list.count)
            return
        list.currentIndex = row
        root.metrics.selectRow(row)
    }

    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        Flow {
            Layout.fillWidth: true
            Layout.margins: Theme.smallSpacing
            spacing: Theme.smallSpacing

            TextField {
                id: search
                objectName: "metricSearch"
                width: 240
                placeholderText: qsTr("Search metrics")
                text: root.metrics.search
                Accessible.name: qsTr("Search metrics by title or owner")
                onTextEdited: root.metrics.search = text
                Keys.onDownPressed: list.forceActiveFocus()
            }
            ComboBox {
                objectName: "journeyFilter"
                width: 200
                model: [{value: "", label: qsTr("All journeys")}].concat(root.metrics.journeys)
                textRole: "label"
                valueRole: "value"
                currentIndex: Math.max(0, model.findIndex(o => o.value === root.metrics.journey))
                Accessible.name: qsTr("Journey")
                onActivated: root.metrics.journey = currentValue
            }
            ComboBox {
                objectName: "personaFilter"
                width: 170
                model: [{value: "", label: qsTr("All personas")}].concat(root.metrics.personas)
                textRole: "label"
                valueRole: "value"
                currentIndex: Math.max(0, model.findIndex(o => o.value === root.metrics.persona))
                Accessible.name: qsTr("Persona")
                onActivated: root.metrics.persona = currentValue
            }
            ComboBox {
                objectName: "ownerFilter"
                width: 170
                model: [{value: "", label: qsTr("All owners")}].concat(root.metrics.owners.map(o => ({value: o, label: o})))
                textRole: "label"
                valueRole: "value"
                currentIndex: Math.max(0, model.findIndex(o => o.value === root.metrics.owner))
                Accessible.name: qsTr("Owner")
                onActivated: root.metrics.owner = currentValue
            }
            ComboBox {
                objectName: "statusFilter"
                width: 150
                model: [{value: "", label: qsTr("Any status")}].concat(root.metrics.statuses)
                textRole: "label"
                valueRole: "value"
                currentIndex: Math.max(0, model.findIndex(o => o.value === root.metrics.status))
                Accessible.name: qsTr("Status")
                onActivated: root.metrics.status = currentValue
            }
            Button {
                text: qsTr("Clear")
                visible: root.metrics.journey !== "" || root.metrics.persona !== "" || root.metrics.owner !== ""
                         || root.metrics.status !== "" || root.metrics.search !== ""
                onClicked: root.metrics.clearFilters()
            }
            Label {
                textFormat: Text.PlainText
                height: search.height
                verticalAlignment: Text.AlignVCenter
                text: root.metrics.summary
                color: Theme.mutedText
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
        ListView {
            id: list
            objectName: "metricTree"

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.metrics.tree
            currentIndex: 0
            highlightFollowsCurrentItem: false
            Accessible.role: Accessible.Tree
            Accessible.name: qsTr("Metric hierarchy")
            ScrollBar.vertical: ScrollBar {}

            delegate: MetricRow {
                width: ListView.view.width
                selected: key === root.metrics.selectedKey
                current: ListView.isCurrentItem
                onClicked: {
                    list.forceActiveFocus()
                    root.choose(index)
                }
                onToggled: root.metrics.setExpanded(key, !expanded)
            }

            Keys.onReturnPressed: root.choose(list.currentIndex)
            Keys.onEnterPressed: root.choose(list.currentIndex)
            Keys.onSpacePressed: root.choose(list.currentIndex)
            Keys.onRightPressed: {
                const item = list.currentItem as MetricRow
                if (item && item.hasChildren && !item.expanded)
                    root.metrics.setExpanded(item.key, true)
                else if (list.currentIndex + 1 < list.count)
                    list.currentIndex += 1
            }
            Keys.onLeftPressed: {
                const item = list.currentItem as MetricRow
                if (!item)
                    return
                if (item.hasChildren && item.expanded) {
                    root.metrics.setExpanded(item.key, false)
                    return
                }
                // To the row above it in the tree.
                const above = root.metrics.parentRow(list.currentIndex)
                if (above >= 0)
                    list.currentIndex = above
            }

            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: root.metrics.summary !== "" && root.metrics.search + root.metrics.journey + root.metrics.persona
                      + root.metrics.owner + root.metrics.status !== ""
                      ? qsTr("No metric matches the filters.")
                      : qsTr("No metrics yet. Add one in the Architecture view (+ Add › Metric).")
            }
        }
    }
}
