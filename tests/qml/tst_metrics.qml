// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas
import CxAtlas.App
import CxAtlas.Test

// The Metrics view driven with the mouse and keys: a metric chosen in the tree, a measurement
// edited and undone, rows pasted, the tree filtered, a measured moment followed. The sample
// holds the Net Promoter Score (strategic, two measurements, measuring "Verifies identity")
// and Onboarding effort (driving it, no measurements).
TestCase {
    id: testCase

    name: "Metrics"
    visible: true
    when: windowShown
    width: 1400
    height: 900

    Component {
        id: pageComponent
        MetricsPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }
    // What the clipboard is filled from, as a spreadsheet would fill it.
    TextEdit {
        id: clipboardSource
        visible: false
    }

    property var workspace
    property var page
    property var metrics

    function init() {
        workspace = Fixture.openSample()
        page = createTemporaryObject(pageComponent, testCase, {workspace: workspace})
        verify(page)
        metrics = page.metrics
        tryVerify(() => metrics.tree.rowCount() === 3) // the heading, the goal, its driver
        waitForRendering(page)
    }

    function row(uid) {
        const list = page.tree.list
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && item.uid === uid)
                return item
        }
        return null
    }
    function measurementRow(index) {
        const list = page.table.list
        waitForItemPolished(list)
        return list.itemAtIndex(index)
    }

    function test_chooseAMetricWithTheMouseAndTheKeys() {
        // The page opens on the first metric
        tryCompare(metrics, "selected", Fixture.id("nps"))
        // A click on the driver chooses it
        const effort = row(Fixture.id("effort"))
        verify(effort)
        mouseClick(effort, 40, effort.height / 2)
        compare(metrics.selected, Fixture.id("effort"))
        compare(page.chart.pointCount, 0)
        // Up moves without choosing, Enter chooses
        keyClick(Qt.Key_Up)
        compare(metrics.selected, Fixture.id("effort"))
        keyClick(Qt.Key_Return)
        compare(metrics.selected, Fixture.id("nps"))
        // Two months of survey answers, then two months of measurements
        compare(page.chart.pointCount, 4)
        // Left collapses the goal, Right expands it again
        keyClick(Qt.Key_Left)
        compare(page.tree.list.count, 2)
        keyClick(Qt.Key_Right)
        compare(page.tree.list.count, 3)
    }

    function test_editAMeasurementAndUndo() {
        tryCompare(metrics, "selected", Fixture.id("nps"))
        const undoBefore = Fixture.undoCount(workspace)
        const second = measurementRow(1)
        verify(second)
        const valueCell = second.children[1].children[2] // the row number, the date, the value
        mouseClick(valueCell)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        for (const c of "12.5")
            keyClick(c)
        keyClick(Qt.Key_Return)
        compare(metrics.measurements.data(metrics.measurements.index(1, 0), 0x0100 + 3), 12.5) // ValueRole
        compare(Fixture.undoCount(workspace), undoBefore + 1)
        compare(metrics.metric.latest, "12.5 points")
        workspace.undo()
        compare(metrics.measurements.data(metrics.measurements.index(1, 0), 0x0100 + 3), -3)
        compare(metrics.metric.latest, "-3 points")
    }

    function test_pasteRows() {
        tryCompare(metrics, "selected", Fixture.id("nps"))
        const undoBefore = Fixture.undoCount(workspace)
        // Rows copied from a spreadsheet, pasted with Ctrl+V in the table
        clipboardSource.text = "2025-03-31\t7\tMarch\n2025-04-30\t9\n"
        clipboardSource.selectAll()
        clipboardSource.copy()
        page.table.list.forceActiveFocus()
        keyClick(Qt.Key_V, Qt.ControlModifier)
        compare(page.table.list.count, 4)
        compare(Fixture.undoCount(workspace), undoBefore + 1)
        compare(page.chart.pointCount, 6)
        // A bad line: nothing pasted, the line named
        verify(!metrics.measurements.paste("2025-05-31\t8\n2025-06-31\t9"))
        verify(metrics.measurements.message.indexOf("Line 2") >= 0, metrics.measurements.message)
        compare(page.table.list.count, 4)
        compare(Fixture.undoCount(workspace), undoBefore + 1)
        // Delete takes the selected rows away, in one step
        page.table.list.forceActiveFocus()
        metrics.measurements.select(2)
        metrics.measurements.select(3, "extend")
        keyClick(Qt.Key_Delete)
        compare(page.table.list.count, 2)
        workspace.undo()
        compare(page.table.list.count, 4)
    }

    function test_filterAndSearch() {
        const search = findChild(page, "metricSearch")
        mouseClick(search)
        for (const c of "effort")
            keyClick(c)
        // The driver, under the goal it drives
        compare(page.tree.list.count, 3)
        compare(metrics.search, "effort")
        metrics.search = "nothing like it"
        compare(page.tree.list.count, 0)
        metrics.clearFilters()
        // Status: off track is the Net Promoter Score alone
        metrics.status = "off-track"
        compare(page.tree.list.count, 2)
        // Tab goes from the search through the filters to the tree
        metrics.clearFilters()
        search.forceActiveFocus()
        for (let i = 0; i < 8 && !page.tree.list.activeFocus; ++i)
            keyClick(Qt.Key_Tab)
        verify(page.tree.list.activeFocus)
    }

    function test_jumpToAMoment() {
        tryCompare(metrics, "selected", Fixture.id("nps"))
        const spy = createTemporaryObject(spyComponent, testCase, {target: page, signalName: "momentRequested"})
        const link = findChild(page, "measured-" + Fixture.id("verify"))
        verify(link)
        mouseClick(link)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], Fixture.id("journey"))
        compare(spy.signalArguments[0][1], Fixture.id("verify"))
    }
}
