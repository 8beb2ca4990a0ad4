// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas
import CxAtlas.App
import CxAtlas.Test

// The journey canvas driven as a designer drives it: mouse and keys on the map, then the
// document checked, then undo. Geometry is the sample journey's (see tst_journeylayout):
// Sees an ad at (186, 230) in Discover/Steps; Fills in the form and Verifies identity stacked
// at (434, 230) and (434, 314) in Apply/Steps; the backstage lane from y 400.
TestCase {
    id: testCase

    name: "Canvas"
    visible: true
    when: windowShown
    width: 1400
    height: 900

    Component {
        id: pageComponent
        JourneysPage {
            width: testCase.width
            height: testCase.height
        }
    }

    property var workspace
    property var page
    property var view
    property var canvas

    function init() {
        workspace = Fixture.openSample()
        page = createTemporaryObject(pageComponent, testCase, {workspace: workspace})
        verify(page)
        canvas = page.canvas
        view = page.view
        tryCompare(canvas, "momentCount", 3)
        view.setZoom(1, 0, 0)
        view.contentX = 0
        view.contentY = 0
        view.forceActiveFocus()
        wait(20)
    }

    // A point of the map, in the view's coordinates.
    function at(mx, my) {
        return Qt.point((mx + view.margin) * view.zoom - view.contentX, (my + view.margin) * view.zoom - view.contentY)
    }
    function drag(fromX, fromY, toX, toY) {
        const a = at(fromX, fromY), b = at(toX, toY)
        mousePress(view, a.x, a.y)
        for (let i = 1; i <= 5; ++i)
            mouseMove(view, a.x + (b.x - a.x) * i / 5, a.y + (b.y - a.y) * i / 5, 10, Qt.LeftButton)
        mouseRelease(view, b.x, b.y)
    }
    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    function test_doubleClickCreatesAMomentTitledInPlace() {
        const p = at(600, 395)
        mouseDoubleClickSequence(view, p.x, p.y)
        compare(canvas.momentCount, 4)
        const added = canvas.current
        compare(view.editing, added)
        const cell = canvas.moment(added)
        compare(cell.stage, "Apply")
        compare(cell.lane, "Steps")
        type("Terms")
        keyClick(Qt.Key_Return)
        compare(canvas.moment(added).title, "Terms")
        compare(Fixture.undoCount(workspace), 2)
        workspace.undo()
        workspace.undo()
        compare(canvas.momentCount, 3)
    }

    function test_keyboardCreatesAMoment() {
        mouseClick(view, at(300, 268).x, at(300, 268).y)
        keyClick(Qt.Key_N)
        compare(canvas.momentCount, 4)
        compare(canvas.moment(canvas.current).stage, "Discover")
        keyClick(Qt.Key_Escape)
    }

    function test_dragMovesAMomentToAnotherCell() {
        drag(300, 268, 300, 460)
        compare(canvas.moment(Fixture.id("seeAd")).lane, "Behind the scenes")
        compare(Fixture.undoCount(workspace), 1)
        workspace.undo()
        compare(canvas.moment(Fixture.id("seeAd")).lane, "Steps")
    }

    function test_dragReordersWithinACell() {
        drag(604, 352, 604, 236)
        compare(canvas.cardRect(Fixture.id("verify")).y, 230)
        compare(canvas.cardRect(Fixture.id("fillForm")).y, 314)
        workspace.undo()
        compare(canvas.cardRect(Fixture.id("verify")).y, 314)
    }

    function test_deleteKeyRemovesTheSelection() {
        mouseClick(view, at(604, 268).x, at(604, 268).y)
        compare(canvas.selection, [Fixture.id("fillForm")])
        keyClick(Qt.Key_Delete)
        compare(canvas.momentCount, 2)
        workspace.undo()
        compare(canvas.momentCount, 3)
    }

    function test_clicksAndRubberBandSelect() {
        mouseClick(view, at(300, 268).x, at(300, 268).y)
        mouseClick(view, at(604, 352).x, at(604, 352).y, Qt.LeftButton, Qt.ControlModifier)
        compare(canvas.selection.length, 2)
        mouseClick(view, at(604, 268).x, at(604, 268).y, Qt.LeftButton, Qt.ShiftModifier)
        compare(canvas.selection, [Fixture.id("fillForm"), Fixture.id("verify")]) // the range from the current card
        drag(428, 222, 700, 330)
        compare(canvas.selection, [Fixture.id("fillForm"), Fixture.id("verify")])
        mouseClick(view, at(300, 500).x, at(300, 500).y)
        compare(canvas.selection.length, 0)
    }

    function test_arrowsWalkAndEnterEdits() {
        mouseClick(view, at(300, 268).x, at(300, 268).y)
        keyClick(Qt.Key_Right)
        compare(canvas.current, Fixture.id("fillForm"))
        keyClick(Qt.Key_Down)
        compare(canvas.current, Fixture.id("verify"))
        keyClick(Qt.Key_Return)
        compare(view.editing, Fixture.id("verify"))
        keyClick(Qt.Key_Escape)
        compare(view.editing, "")
        compare(canvas.moment(Fixture.id("verify")).title, "Verifies identity")
    }

    function card(uid) {
        const map = findChild(view, "map")
        for (let i = 0; i < map.children.length; ++i) {
            if (map.children[i].uid === uid && map.children[i].cardWidth !== undefined)
                return map.children[i]
        }
        return null
    }

    // The map with the keyboard alone (issue 14): the focus ring follows the current card,
    // Alt+Right moves it to the next stage, Ctrl+I puts the keyboard in the inspector and
    // Escape gives it back.
    function test_keyboardAloneMovesAndOpensTheInspector() {
        keyClick(Qt.Key_Right) // no current card yet: the first
        compare(canvas.current, Fixture.id("seeAd"))
        verify(card(Fixture.id("seeAd")).focused)
        verify(!card(Fixture.id("fillForm")).focused)
        keyClick(Qt.Key_Right, Qt.AltModifier)
        compare(canvas.moment(Fixture.id("seeAd")).stage, "Apply")
        compare(canvas.current, Fixture.id("seeAd"))
        keyClick(Qt.Key_I, Qt.ControlModifier)
        tryVerify(() => page.inspector.visible && !view.activeFocus)
        verify(!card(Fixture.id("seeAd")).focused) // the ring only while the map has the keyboard
        keyClick(Qt.Key_Escape)
        tryVerify(() => view.activeFocus)
        workspace.undo()
        compare(canvas.moment(Fixture.id("seeAd")).stage, "Discover")
    }

    function test_stageRenameResizeAndDelete() {
        const header = at(600, 26)
        mouseDoubleClickSequence(view, header.x, header.y)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("Sign up")
        keyClick(Qt.Key_Return)
        compare(canvas.moment(Fixture.id("verify")).stage, "Sign up")
        // The right edge: one undo step for the whole drag.
        const before = Fixture.undoCount(workspace)
        drag(782, 26, 882, 26)
        verify(canvas.cardRect(Fixture.id("verify")).width > 420)
        compare(Fixture.undoCount(workspace), before + 1)
        canvas.deleteBand(Fixture.id("apply"))
        compare(canvas.momentCount, 1)
        workspace.undo()
        compare(canvas.momentCount, 3)
    }

    function test_draggingACurvePointSetsTheScore() {
        // The journey-wide point of Sees an ad (+1) at (300, 103); drag it to the top (+2).
        drag(300, 103, 300, 66)
        compare(canvas.moment(Fixture.id("seeAd")).emotion, 2)
        compare(Fixture.undoCount(workspace), 1)
        workspace.undo()
        compare(canvas.moment(Fixture.id("seeAd")).emotion, 1)
    }

    function test_zoomKeysAndWheel() {
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        fuzzyCompare(view.zoom, 1.25, 0.001)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(view.zoom, 1)
        mouseWheel(view, 300, 300, 0, 240, Qt.NoButton, Qt.ControlModifier)
        verify(view.zoom > 1)
        for (let i = 0; i < 40; ++i)
            keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(view.zoom, 0.1)
        view.fit()
        verify(view.zoom > 0.1 && view.zoom <= 4)
    }
}
