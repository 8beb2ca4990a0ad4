// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses bound components.

import QtQuick
import CxAtlas
import CxAtlas.App

// The main window's place for the Metrics view: built the first time it is shown (as the other
// views are), and where its links lead: a moment opens the journey view on its journey with
// the card selected, an element the architecture view with it selected.
Loader {
    id: root

    // The main window: its journeysPage, viewIndex(), showView() and importDialog().
    required property var shell
    // The window's stack of views, to find the Architecture view's loader.
    required property Item stack
    property bool buildOnShow: true

    function showMoment(journey: string, moment: string) {
        const journeys = root.shell.journeysPage
        if (!journeys)
            return
        journeys.canvas.journey = journey
        root.shell.showView("journeys")
        journeys.canvas.select(moment)
        Qt.callLater(journeys.view.reveal, moment)
    }
    function showElement(uid: string) {
        root.shell.showView("architecture") // builds it on first use
        const page = root.stack.children[root.shell.viewIndex("architecture")].item
        if (page)
            Qt.callLater(page.jump, uid)
    }

    active: false
    sourceComponent: MetricsPage {
        objectName: "metricsPage"
        workspace: root.shell.workspace
        active: root.shell.currentView === "metrics"
        onMomentRequested: (journey, moment) => root.showMoment(journey, moment)
        onElementRequested: uid => root.showElement(uid)
        onImportResponsesRequested: uid => root.shell.importDialog().openFor(uid)
    }
}
