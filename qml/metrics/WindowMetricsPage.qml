// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas

// The Metrics view in the main window, made by its ViewLoader the first time it is shown, and
// where its links lead: a moment opens the journey view on its journey with the card selected,
// an element the architecture view with it selected.
MetricsPage {
    id: root

    // The main window: its journeysPage, showView(), viewPage() and importDialog().
    required property var shell

    function showMoment(journey: string, moment: string) {
        const journeys = root.shell.journeysPage;
        if (!journeys)
            return;
        journeys.canvas.journey = journey;
        root.shell.showView("journeys");
        journeys.canvas.select(moment);
        Qt.callLater(journeys.view.reveal, moment);
    }
    function showElement(uid: string) {
        root.shell.showView("architecture"); // builds it on first use
        const page = root.shell.viewPage("architecture");
        if (page)
            Qt.callLater(page.jump, uid);
    }

    objectName: "metricsPage"
    workspace: root.shell.workspace
    active: root.shell.currentView === "metrics"
    onMomentRequested: (journey, moment) => root.showMoment(journey, moment)
    onElementRequested: uid => root.showElement(uid)
    onImportResponsesRequested: uid => root.shell.importDialog().openFor(uid)
}
