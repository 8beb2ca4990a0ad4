// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas
import CxAtlas.App
import CxAtlas.Test

// The Architecture view driven with the mouse and keys: a click lights up a chain, a drag from
// one box onto another links them, the inspector's search links too; the document is checked
// and undo takes each link back.
TestCase {
    id: testCase

    name: "Architecture"
    visible: true
    when: windowShown
    width: 1400
    height: 900

    Component {
        id: pageComponent
        ArchitecturePage {
            width: testCase.width
            height: testCase.height
        }
    }

    property var workspace
    property var page
    property var architecture
    property var view

    function init() {
        workspace = Fixture.openSample()
        page = createTemporaryObject(pageComponent, testCase, {workspace: workspace})
        verify(page)
        architecture = page.architecture
        view = page.view
        tryVerify(() => architecture.rectOf(Fixture.id("story")).width > 0)
        verify(view.width > 600, "the picture has room beside the side panel")
        view.setZoom(1)
        wait(20)
    }

    // The centre of a box, in the view's coordinates.
    function centre(name) {
        const r = architecture.rectOf(Fixture.id(name))
        return Qt.point((r.x + r.width / 2 + view.margin) * view.zoom - view.contentX,
                        (r.y + r.height / 2 + view.margin) * view.zoom - view.contentY)
    }
    function box(name) { return findChild(page, "box-" + Fixture.id(name)) }
    function linked(from, to) {
        return architecture.linksOf(Fixture.id(from)).some(l => l.uid === Fixture.id(to))
    }

    function test_clickLightsUpTheChain() {
        const p = centre("story")
        mouseClick(view, p.x, p.y)
        compare(architecture.selected, Fixture.id("story"))
        // Sees an ad uses the story, which depends on Core banking: those three stand out
        compare(architecture.chainSize, 3)
        verify(!box("story").faded)
        verify(!box("seeAd").faded)
        verify(!box("system").faded)
        verify(box("fillForm").faded)
        verify(box("nps").faded)
        // Escape clears it, and a click brings it back
        keyClick(Qt.Key_Escape)
        compare(architecture.selected, "")
        mouseClick(view, p.x, p.y)
        compare(architecture.selected, Fixture.id("story"))
        // A click on the background clears it
        mouseClick(view, 20, view.height - 40)
        compare(architecture.selected, "")
        verify(!box("fillForm").faded)
    }

    function test_dragFromAMomentOntoASystemLinksThem() {
        verify(!linked("fillForm", "system"))
        const a = centre("fillForm"), b = centre("system")
        mousePress(view, a.x, a.y)
        for (let i = 1; i <= 8; ++i)
            mouseMove(view, a.x + (b.x - a.x) * i / 8, a.y + (b.y - a.y) * i / 8, 10, Qt.LeftButton)
        mouseRelease(view, b.x, b.y)
        // The moment uses the system, and the picture draws the new link
        verify(linked("fillForm", "system"))
        compare(architecture.linksOf(Fixture.id("fillForm"))[0].label, "uses")
        workspace.undo()
        verify(!linked("fillForm", "system"))
    }

    function test_aRefusedDragChangesNothing() {
        const before = Fixture.undoCount(workspace)
        // Dropped on itself: no link
        const a = centre("story")
        mousePress(view, a.x, a.y)
        mouseMove(view, a.x + 20, a.y + 3, 10, Qt.LeftButton)
        mouseMove(view, a.x + 2, a.y + 1, 10, Qt.LeftButton)
        mouseRelease(view, a.x + 2, a.y + 1)
        compare(Fixture.undoCount(workspace), before)
    }

    function test_inspectorSearchLinks() {
        const p = centre("fillForm")
        mouseClick(view, p.x, p.y)
        compare(architecture.selected, Fixture.id("fillForm"))
        const search = findChild(page, "linkSearch")
        verify(search)
        search.forceActiveFocus()
        for (const c of "switch")
            keyClick(c)
        keyClick(Qt.Key_Return)
        verify(linked("fillForm", "story"))
        compare(search.text, "")
        workspace.undo()
        verify(!linked("fillForm", "story"))
    }

    function test_analysisRowsJumpToTheirItems() {
        findChild(page, "sideTabs").currentIndex = 1
        const analysis = findChild(page, "analysis")
        tryVerify(() => analysis.visible && analysis.gaps.length > 0)
        const gap = analysis.gaps[0]
        wait(50) // the panel's layout places its rows when it is next polished
        const row = findChild(analysis, "gap-0")
        verify(row)
        mouseClick(row)
        compare(architecture.selected, gap.uid)
        // The ranking lists the sample's one system
        compare(analysis.ranking.length, 1)
        compare(analysis.ranking[0].uid, Fixture.id("system"))
    }

    function test_impactListsWhatDependsOnASystem() {
        const p = centre("system")
        mouseClick(view, p.x, p.y)
        const button = findChild(page, "impactButton")
        verify(button && button.visible)
        mouseClick(button)
        wait(50)
        // Both moments depend on Core banking: Verifies identity uses it, Sees an ad through the story
        const first = findChild(page, "impacted-0")
        verify(first)
        const moments = [findChild(page, "impacted-0").modelData.uid, findChild(page, "impacted-1").modelData.uid]
        verify(moments.includes(Fixture.id("verify")))
        verify(moments.includes(Fixture.id("seeAd")))
        const target = first.modelData.uid
        mouseClick(first)
        compare(architecture.selected, target)
    }

    function test_deleteKeyRemovesTheSelectedElement() {
        const p = centre("story")
        mouseClick(view, p.x, p.y)
        keyClick(Qt.Key_Delete)
        compare(architecture.rectOf(Fixture.id("story")).width, 0)
        workspace.undo()
        verify(architecture.rectOf(Fixture.id("story")).width > 0)
    }
}
