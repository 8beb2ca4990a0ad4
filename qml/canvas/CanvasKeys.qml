// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import CxAtlas
import CxAtlas.App

// The map's keyboard, so the map is usable without a mouse: arrows walk the cards, Alt+arrows
// move the selected cards to the next cell, Enter edits the title, Ctrl+I opens the inspector
// on the current card, N adds a moment, Delete deletes, Escape clears, Ctrl+plus/minus/0/9
// zoom, space held pans with the mouse. Kept apart from CanvasView, which draws.
QtObject {
    id: root

    // The CanvasView (typed as its base: the view makes this object, and a type naming the
    // other both ways is a cycle QML refuses).
    required property Flickable view
    required property JourneyCanvas canvas

    // Handles one key press of the map; true when it was one of the map's keys.
    function pressed(event: KeyEvent): bool {
        const view = root.view, canvas = root.canvas
        const ctrl = event.modifiers & Qt.ControlModifier
        const alt = event.modifiers & Qt.AltModifier
        const arrow = event.key === Qt.Key_Left || event.key === Qt.Key_Right || event.key === Qt.Key_Up || event.key === Qt.Key_Down
        const direction = event.key === Qt.Key_Left ? "left" : event.key === Qt.Key_Right ? "right"
                        : event.key === Qt.Key_Up ? "up" : "down"
        if (event.key === Qt.Key_Space && !event.isAutoRepeat) {
            view.spaceHeld = true
        } else if (ctrl && (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)) {
            view.zoomBy(1.25)
        } else if (ctrl && event.key === Qt.Key_Minus) {
            view.zoomBy(0.8)
        } else if (ctrl && event.key === Qt.Key_0) {
            view.setZoom(1, 0, 0)
        } else if (ctrl && event.key === Qt.Key_9) {
            view.fit()
        } else if (ctrl && event.key === Qt.Key_I) {
            view.inspectorRequested()
        } else if (arrow && alt) {
            // What a drag to the next cell does, one undo step.
            if (canvas.moveSelectionBy(direction))
                view.reveal(canvas.current)
        } else if (arrow && !ctrl) {
            canvas.selectNeighbour(direction)
            view.reveal(canvas.current)
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && canvas.current !== "") {
            view.editing = canvas.current
        } else if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
            canvas.deleteSelection()
        } else if (event.key === Qt.Key_Escape) {
            canvas.clearSelection()
        } else if (event.key === Qt.Key_N && !ctrl) {
            // A new moment after the current one, or in the first cell.
            const r = canvas.current !== "" ? canvas.cardRect(canvas.current) : Qt.rect(0, 0, 0, 0)
            const ok = canvas.current !== ""
                ? canvas.addMomentAt(r.x + r.width / 2, r.y + r.height + 1)
                : canvas.addMomentAt(canvas.laneHeaderWidth + 20, canvas.curveArea.y + canvas.curveArea.height + 40)
            if (ok) {
                view.editing = canvas.current
                view.reveal(canvas.current)
            }
        } else {
            return false
        }
        return true
    }
}
