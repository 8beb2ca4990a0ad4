// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CxAtlas
import CxAtlas.App

// The Metrics view: the hierarchy as a tree on the left with its filters; on the right the
// selected metric's chart at the chosen period size, its measurements, and its definition with
// what it measures (a click there goes to the moment or element).
Item {
    id: root

    required property WorkspaceController workspace
    // Whether the view is on screen (the window sets it); while it is not, changes made
    // elsewhere only mark its statistics stale.
    property bool active: true
    readonly property alias metrics: metrics
    readonly property alias tree: tree
    readonly property alias table: table
    readonly property alias chart: chart

    signal momentRequested(string journey, string moment)
    signal elementRequested(string uid)
    // File > Import… of survey responses, into the chosen metric.
    signal importResponsesRequested(string uid)

    function takeFocus() { tree.takeFocus() }

    // Below this width the definition shares the chart's place, on a tab of its own.
    readonly property bool narrow: root.width < 1250

    MetricsView {
        id: metrics
        workspace: root.workspace
        active: root.active
        // The first metric is shown from the start, so the page never opens on an empty chart.
        onContentChanged: if (metrics.selected === "") Qt.callLater(() => metrics.selectRow(1))
        Component.onCompleted: if (metrics.selected === "") metrics.selectRow(1)
    }
    // The rows' words, numbers and dates are made in C++: made again in the new language.
    Connections {
        target: Preferences
        function onLanguageChanged() { metrics.retranslate() }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        MetricTree {
            id: tree
            SplitView.preferredWidth: Math.round(root.width * 0.4)
            SplitView.minimumWidth: 360
            metrics: metrics
        }
        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0

            // The metric's name and the period size of the chart and statistics.
            Pane {
                Layout.fillWidth: true
                padding: Theme.smallSpacing
                leftPadding: Theme.spacing
                background: Rectangle { color: Theme.surface; border.color: Theme.border }

                RowLayout {
                    width: parent.width
                    spacing: Theme.smallSpacing

                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: metrics.metric.title ?? qsTr("Choose a metric in the tree")
                        color: metrics.metric.uid !== undefined ? Theme.text : Theme.mutedText
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Button {
                        objectName: "importResponses"
                        visible: metrics.metric.uid !== undefined && !root.workspace.readOnly
                        text: qsTr("Import responses…")
                        onClicked: root.importResponsesRequested(metrics.metric.uid)
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("Per"); color: Theme.mutedText }
                    Repeater {
                        model: [{value: "week", label: qsTr("Week")}, {value: "month", label: qsTr("Month")},
                                {value: "quarter", label: qsTr("Quarter")}]
                        delegate: RadioButton {
                            required property var modelData
                            objectName: "period-" + modelData.value
                            text: modelData.label
                            checked: metrics.periodSize === modelData.value
                            onClicked: metrics.periodSize = modelData.value
                        }
                    }
                }
            }
            TabBar {
                id: tabs
                objectName: "metricTabs"
                Layout.fillWidth: true
                visible: root.narrow
                TabButton { text: qsTr("Chart and measurements") }
                TabButton { text: qsTr("Definition") }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: !root.narrow || tabs.currentIndex === 0
                    spacing: 0

                    MetricChart {
                        id: chart
                        objectName: "metricChart"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: 220
                        metrics: metrics
                    }
                    MeasurementTable {
                        id: table
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(200, root.height * 0.36)
                        measurements: metrics.measurements
                        readOnly: root.workspace.readOnly || metrics.selected === ""
                    }
                }
                MetricDetails {
                    Layout.preferredWidth: root.narrow ? -1 : 340
                    Layout.fillWidth: root.narrow
                    Layout.fillHeight: true
                    metrics: metrics
                    readOnly: root.workspace.readOnly
                    visible: metrics.selected !== "" && (!root.narrow || tabs.currentIndex === 1)
                    onMomentRequested: (journey, moment) => root.momentRequested(journey, moment)
                    onElementRequested: uid => root.elementRequested(uid)
                }
            }
        }
    }
}
