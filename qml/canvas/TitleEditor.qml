// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// The title editor, one for the whole map, laid over the card being edited: cards stay light
// (they are recycled while panning) and the editor keeps its text whichever card shows where.
// Enter or leaving it saves (one undo step); Escape drops the change.
TextField {
    id: root

    required property JourneyCanvas canvas
    required property Item view      // the CanvasView: its editing property and its focus
    property string uid: ""
    readonly property rect card: view.editing !== "" ? canvas.cardRect(view.editing) : Qt.rect(0, 0, 0, 0)

    function begin(moment: string) {
        uid = moment
        text = canvas.moment(moment).title ?? ""
        forceActiveFocus()
        selectAll()
    }
    function commit() {
        if (uid === "" || view.editing !== uid)
            return
        const title = text.trim()
        const edited = uid
        uid = ""
        view.editing = ""
        if (title !== "")
            canvas.setMomentField(edited, "title", title)
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

    onAccepted: commit()
    Keys.onEscapePressed: {
        uid = ""
        view.editing = ""
        view.forceActiveFocus()
    }
    onActiveFocusChanged: if (!activeFocus && visible) commit()
}
