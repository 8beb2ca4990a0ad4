// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import CxAtlas
import CxAtlas.App

// The projector themes' contrast by WCAG's formula, and the countdown as the views see it,
// on a manual clock (no waiting).
TestCase {
    id: testCase

    name: "Present"

    Component {
        id: themeComponent
        ProjectorTheme {}
    }
    Component {
        id: timerComponent
        WorkshopTimer {}
    }

    // WCAG 2 relative luminance and contrast ratio.
    function channel(c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_formula() {
        compare(contrast(Qt.color("#000000"), Qt.color("#ffffff")).toFixed(2), "21.00")
        compare(contrast(Qt.color("#777777"), Qt.color("#ffffff")).toFixed(2), "4.48")
    }

    function test_contrast_data() {
        return [{tag: "light", dark: false}, {tag: "dark", dark: true}]
    }
    function test_contrast(data) {
        const theme = createTemporaryObject(themeComponent, testCase, {dark: data.dark})
        verify(theme.textPairs.length >= 8)
        for (const pair of theme.textPairs) {
            verify(pair.text.a === 1 && pair.background.a === 1, pair.name + " must be opaque")
            const ratio = contrast(pair.text, pair.background)
            verify(ratio >= 7, `${data.tag}: ${pair.name} is ${ratio.toFixed(2)}:1, under 7:1`)
        }
        verify(theme.cardTitleSize >= 28 && theme.cardTitleMinimum >= 28)
        verify(theme.stageTitleSize >= 40)
    }

    function test_timer() {
        const timer = createTemporaryObject(timerComponent, testCase)
        timer.useManualClock()
        compare(timer.presets, [2, 5, 10, 15])
        verify(!timer.used)
        timer.setMinutes(15)
        compare(timer.text, "15:00")
        timer.start()
        verify(timer.running)
        timer.advance(14 * 60000)
        compare(timer.text, "1:00")
        timer.addMinute()
        compare(timer.text, "2:00")
        timer.pause()
        timer.advance(5 * 60000)
        compare(timer.text, "2:00")
        const ended = signalSpy.createObject(testCase, {target: timer, signalName: "ended"})
        timer.start()
        timer.advance(120000)
        verify(timer.finished)
        verify(!timer.running)
        compare(ended.count, 1)
        compare(timer.text, "0:00")
        timer.reset()
        compare(timer.text, "15:00")
        verify(!timer.finished)
        verify(timer.setTyped("7:30"))
        compare(timer.text, "7:30")
        verify(!timer.setTyped("soon"))
        compare(timer.text, "7:30")
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
