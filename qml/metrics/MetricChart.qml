// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtCharts
import CxAtlas
import CxAtlas.App

// The selected metric over time (Qt Charts): its value per period as a line with points, the
// target as a dashed line, the 95% interval as a band where the values came from survey
// responses, periods with a small sample as hollow points, and the status beside it. Filled
// from the controller's series when the metric, its values or the period size change; nothing
// is recomputed per frame.
ChartView {
    id: root

    required property MetricsView metrics
    readonly property var metric: root.metrics.metric
    readonly property int pointCount: line.count

    function fill() {
        const points = root.metrics.series
        const range = root.metrics.chartRange
        line.clear()
        smallSample.clear()
        upper.clear()
        lower.clear()
        targetLine.clear()
        if (points.length === 0 || range.minTime === undefined)
            return
        timeAxis.min = new Date(range.minTime)
        timeAxis.max = new Date(range.maxTime)
        timeAxis.tickCount = range.tickCount
        valueAxis.min = range.minValue
        valueAxis.max = range.maxValue
        valueAxis.applyNiceNumbers()
        const span = valueAxis.max - valueAxis.min
        valueAxis.labelFormat = span >= 50 ? "%.0f" : span >= 5 ? "%.1f" : "%.2f"
        for (const p of points) {
            line.append(p.time, p.value)
            if (p.small)
                smallSample.append(p.time, p.value)
            if (p.low !== undefined) {
                upper.append(p.time, p.high)
                lower.append(p.time, p.low)
            }
        }
        if (root.metric.hasTarget) {
            targetLine.append(range.minTime, root.metric.targetValue)
            targetLine.append(range.maxTime, root.metric.targetValue)
        }
        band.visible = range.band
        smallSample.visible = smallSample.count > 0
        targetLine.visible = targetLine.count > 0
    }

    antialiasing: true
    // The axes' numbers in the language's own way ("87,4"); read again when the language changes.
    localizeNumbers: true
    locale: Preferences.locale
    backgroundColor: Theme.surface
    plotAreaColor: Theme.base
    backgroundRoundness: 0
    margins { left: 4; right: 8; top: 36; bottom: 4 }
    legend.alignment: Qt.AlignBottom
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.smallSize
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("%1 over time, %2").arg(root.metric.title ?? "").arg(root.metric.statusLabel ?? "")

    Component.onCompleted: root.fill()
    Connections {
        target: root.metrics
        function onMetricChanged() { root.fill() }
    }

    DateTimeAxis {
        id: timeAxis
        format: root.metrics.periodSize === "week" ? "d MMM yy" : "MMM yy"
        labelsColor: Theme.mutedText
        labelsFont.pixelSize: Theme.smallSize
        gridLineColor: Theme.border
        color: Theme.border
    }
    ValueAxis {
        id: valueAxis
        labelsColor: Theme.mutedText
        labelsFont.pixelSize: Theme.smallSize
        gridLineColor: Theme.border
        color: Theme.border
    }
    AreaSeries {
        id: band
        name: qsTr("95% interval")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.band
        borderWidth: 0
        visible: false
        upperSeries: LineSeries { id: upper }
        lowerSeries: LineSeries { id: lower }
    }
    LineSeries {
        id: targetLine
        name: qsTr("Target %1").arg(root.metric.targetText ?? "")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.target
        width: 2
        style: Qt.DashLine
    }
    LineSeries {
        id: line
        name: root.metric.unit ? qsTr("%1 (%2)").arg(root.metric.title).arg(root.metric.unit) : (root.metric.title ?? "")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.accent
        width: 2.5
        pointsVisible: line.count <= 60
    }
    ScatterSeries {
        id: smallSample
        name: qsTr("Small sample (under 30)")
        axisX: timeAxis
        axisY: valueAxis
        color: Theme.base
        borderColor: Theme.accent
        borderWidth: 2
        markerSize: 11
        visible: false
    }

    // The status, as a word on its colour, and the latest value, above the plot.
    Row {
        x: root.plotArea.x
        y: 8
        spacing: Theme.smallSpacing
        visible: root.metric.uid !== undefined
        StatusBadge {
            objectName: "chartStatus"
            status: root.metric.status ?? ""
            label: root.metric.statusLabel ?? ""
            fontSize: Theme.bodySize
        }
        Label {
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
            text: root.metric.latest ? qsTr("Latest %1 (%2) · %3 %4").arg(root.metric.latest).arg(root.metric.latestPeriod)
                                        .arg(root.metric.trendArrow).arg(root.metric.trendLabel)
                                     : ""
            color: Theme.text
        }
    }
    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: line.count === 0
        text: qsTr("No values to draw yet.")
        color: Theme.mutedText
    }
}
