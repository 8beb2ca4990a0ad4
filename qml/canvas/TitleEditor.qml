// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// The title editor, one for the whole map, laid over the card being edited: cards stay light
// (they are recycled while panning) and the editor keeps its text whichever card shows where.
// Enter (or leaving it) saves, one undo step, and closes it; Escape closes it unchanged. An
// undo or redo closes it too, so it never shows a title the document no longer holds.
TextField {
    id: root

    required property JourneyCanvas canvas
    required property Item view      // the CanvasView: its editing property and its focus
    property string uid: ""
    property string original: ""
    // Typing not yet saved: while there is some, Ctrl+Z undoes it here; otherwise Ctrl+Z is
    // the document's (TextUndoRouter reads this).
    readonly property bool uncommitted: root.visible && root.text !== root.original
    readonly property rect card: view.editing !== "" ? canvas.cardRect(view.editing) : Qt.rect(0, 0, 0, 0)

    function begin(moment: string) {
        uid = moment
        original = canvas.moment(moment).title ?? ""
        text = original
        forceActiveFocus()
        selectAll()
    }
    function commit() {
        if (uid === "" || view.editing !== uid)
            return
        const title = text.trim()
        const edited = uid
        close()
        if (title !== "" && title !== original)
            canvas.setMomentField(edited, "title", title)
    }
    function close() {
        uid = ""
        view.editing = ""
        view.forceActiveFocus()
    }

    visible: view.editing !== ""
    x: card.x + 4
    y: card.y + 4
    width: Math.max(60, card.width - 8)
    z: 4
    font.pixelSize: CanvasStyle.titleSize
    selectByMouse: true
    Accessible.name: qsTr("Moment title")

    // Handled here and accepted: TextInput lets Enter go on to its parents after "accepted",
    // and the map would take it as "edit the current card" and open the editor again.
    Keys.onReturnPressed: root.commit()
    Keys.onEnterPressed: root.commit()
    Keys.onEscapePressed: root.close()
    onActiveFocusChanged: if (!activeFocus && visible) commit()

    Connections {
        target: root.canvas.workspace
        function onHistoryStepped() {
            if (root.visible)
                root.close()
        }
    }
}
