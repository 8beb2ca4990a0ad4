// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas
import CxAtlas.App
import CxAtlas.Test

// A journey of 10,000 moments: the number of live card delegates is bounded by what the
// viewport shows, from one end of the map to the other.
TestCase {
    id: testCase

    name: "CanvasScale"
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

    function test_liveCardsStayBounded() {
        const workspace = Fixture.openSynthetic(10000)
        const page = createTemporaryObject(pageComponent, testCase, {workspace: workspace})
        const view = page.view
        tryCompare(page.canvas, "momentCount", 10000)
        tryVerify(() => view.width > 100 && view.height > 100)
        view.setZoom(1, 0, 0)
        // From the top-left corner to the bottom-right one, in 30 steps, then back along the top.
        let most = 0, least = 1e9
        const spanX = view.contentWidth - view.width, spanY = view.contentHeight - view.height
        for (let i = 0; i <= 30; ++i) {
            view.contentX = spanX * i / 30
            view.contentY = spanY * i / 30
            wait(0)
            most = Math.max(most, view.cardCount)
            least = Math.min(least, view.cardCount)
        }
        verify(least > 0, "cards on screen everywhere")
        verify(most < 250, "at most " + most + " card delegates")
        // Zoomed out to 10 %, far more of the map shows, and still not all of it is alive.
        view.setZoom(0.1, 0, 0)
        wait(0)
        verify(view.cardCount < 10000)
    }
}
