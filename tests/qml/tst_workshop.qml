// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas
import CxAtlas.App
import CxAtlas.Test

// Dot voting and the parking lot on the journey view, driven with the mouse and keys, checked
// against the document, then undone. Geometry is the sample journey's (see tst_canvas.qml):
// Sees an ad at (186, 230), Fills in the form at (434, 230), Verifies identity at (434, 314).
TestCase {
    id: testCase

    name: "Workshop"
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
    property var voting

    function init() {
        workspace = Fixture.openSample()
        page = createTemporaryObject(pageComponent, testCase, {workspace: workspace})
        verify(page)
        canvas = page.canvas
        view = page.view
        voting = page.voting
        tryCompare(canvas, "momentCount", 3)
        view.setZoom(1, 0, 0)
        view.contentX = 0
        view.contentY = 0
        view.forceActiveFocus()
        wait(20)
    }
    function at(mx, my) {
        return Qt.point((mx + view.margin) * view.zoom - view.contentX, (my + view.margin) * view.zoom - view.contentY)
    }
    function clickCard(mx, my, modifiers) {
        const p = at(mx, my)
        mouseClick(view, p.x, p.y, Qt.LeftButton, modifiers ?? Qt.NoModifier)
    }
    function startRound(dots) {
        verify(voting.start("Where does it hurt?", dots, "Ana\nBen", 0, false))
        tryCompare(voting, "running", true)
        view.forceActiveFocus()
    }
    function dotsOn(title) {
        return voting.tally[Fixture.id(title)] ?? 0
    }
    function cardFor(name) {
        const uid = Fixture.id(name)
        const map = findChild(view, "map")
        for (let i = 0; i < map.children.length; ++i) {
            if (map.children[i].uid === uid)
                return map.children[i]
        }
        return null
    }
    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    function test_clicksAndKeysPlaceTheCurrentParticipantsDots() {
        startRound(3)
        const bar = findChild(page, "votingMessage")
        verify(bar)
        clickCard(186, 230)
        compare(dotsOn("seeAd"), 1)
        clickCard(186, 230)
        compare(dotsOn("seeAd"), 2)
        clickCard(186, 230, Qt.ShiftModifier)
        compare(dotsOn("seeAd"), 1)
        // + on the selected card; Tab to Ben, whose dots are his own.
        clickCard(434, 230)
        compare(dotsOn("fillForm"), 1)
        keyClick(Qt.Key_Plus)
        compare(dotsOn("fillForm"), 2)
        keyClick(Qt.Key_Tab)
        compare(voting.currentParticipant, 1)
        keyClick(Qt.Key_3)
        compare(dotsOn("fillForm"), 5)
        compare(voting.participants[1].used, 3)
        // Past the limit: refused, in words.
        clickCard(434, 314)
        compare(dotsOn("verify"), 0)
        verify(bar.visible)
        verify(bar.text.indexOf("Ben has used all 3") === 0, bar.text)
        // Shift+Tab back to Ana; every dot is one undo step.
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        compare(voting.currentParticipant, 0)
        workspace.undo()
        compare(dotsOn("fillForm"), 2)
    }

    function test_aHiddenTallyKeepsDotsOffTheCardsUntilTheRoundEnds() {
        startRound(3)
        clickCard(186, 230)
        compare(dotsOn("seeAd"), 1)
        verify(voting.setHideTally(true))
        compare(Object.keys(voting.tally).length, 0)
        // The card's own count is hidden too, until the round ends.
        compare(cardFor("seeAd").votes, 0)
        compare(voting.totalDots, 1)
        const ended = voting.end()
        verify(ended !== "")
        compare(voting.running, false)
        tryCompare(cardFor("seeAd"), "votes", 1)
        const results = voting.results(ended)
        compare(results.ranking.length, 1)
        compare(results.ranking[0].moment, Fixture.id("seeAd"))
        compare(results.participation[0].used, 1)
        // Marking the top N is one step, and undo takes it back.
        verify(voting.markTop(ended, 1))
        verify(canvas.moment(Fixture.id("seeAd")).mattersMost)
        workspace.undo()
        verify(!canvas.moment(Fixture.id("seeAd")).mattersMost)
    }

    function test_pParksANoteAndItBecomesAMomentOnTheMap() {
        const lot = page.parkingNotes
        const before = lot.count
        keyClick(Qt.Key_P)
        const field = findChild(page, "parkField")
        tryCompare(field, "activeFocus", true)
        type("Offer a callback")
        keyClick(Qt.Key_Return)
        compare(lot.count, before + 1)
        tryCompare(view, "activeFocus", true) // the keys go back to the map
        workspace.undo()
        compare(lot.count, before)
        workspace.redo()
        compare(lot.count, before + 1)
        // Escape leaves the field without parking anything.
        keyClick(Qt.Key_P)
        tryCompare(field, "activeFocus", true)
        type("Never mind")
        keyClick(Qt.Key_Escape)
        compare(lot.count, before + 1)
        compare(field.text, "")
        // The menu's "after the selected card": one step, the note leaves the lot.
        clickCard(186, 230)
        const uid = lot.data(lot.index(before, 0), 257)
        page.parkingLot.toMomentAfterCurrent(uid)
        compare(canvas.momentCount, 4)
        compare(lot.count, before)
        workspace.undo()
        compare(canvas.momentCount, 3)
        compare(lot.count, before + 1)
    }

    // Picking another journey moves voting and the parking lot with it (the canvas used not to
    // say that its journey changed when the user picked one).
    function test_votingAndTheLotFollowTheJourneyPicked() {
        const other = canvas.journeys.find(j => j.uid !== canvas.journey).uid
        canvas.journey = other
        compare(voting.journey, other)
        compare(page.parkingNotes.journey, other)
    }

    function test_theInspectorOpensWithTheSelectionAndCanBePinned() {
        canvas.clearSelection()
        compare(page.inspector.visible, false)
        clickCard(186, 230)
        compare(page.inspector.visible, true)
        page.toggleInspector()            // closed by the user: stays closed while selecting
        compare(page.inspector.visible, false)
        clickCard(434, 230)
        compare(page.inspector.visible, false)
        page.toggleInspector()            // pinned: stays open with nothing selected
        canvas.clearSelection()
        compare(page.inspector.visible, true)
    }

    function test_theMinimapNeverCoversACard() {
        view.setZoom(3, 0, 0)
        for (const [x, y] of [[0, 0], [400, 200], [900, 600], [0, 900]]) {
            view.contentX = Math.min(x, view.contentWidth - view.width)
            view.contentY = Math.min(y, view.contentHeight - view.height)
            wait(10)
            const m = page.minimap
            if (!m.visible)
                continue
            const a = view.toMap(m.x, m.y), b = view.toMap(m.x + m.width, m.y + m.height)
            verify(!canvas.anyCardIn(Qt.rect(a.x, a.y, b.x - a.x, b.y - a.y)), `covers a card at ${x}, ${y}`)
        }
        view.fit()
        wait(10)
        compare(page.minimap.visible, false) // the whole map is in view
    }
}
