// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CxAtlas
import CxAtlas.App

// The inspector beside the map: the current moment's fields (MomentForm), or a word on how to
// pick or add one. The form is built when a moment is first selected, not for the window's
// first frame, and then kept.
Pane {
    id: root

    required property JourneyCanvas canvas
    readonly property bool hasMoment: canvas.current !== "" && canvas.revision >= 0
                                      && canvas.moment(canvas.current).uid !== undefined
    property bool formBuilt: false

    // Escape in a field: the keyboard goes back to the map.
    signal finished()

    // The keyboard to the first field (Ctrl+I on the map).
    function focusFields() {
        if (root.hasMoment && form.item)
            form.item.focusFirst()
    }

    onHasMomentChanged: if (hasMoment) formBuilt = true
    Component.onCompleted: if (hasMoment) formBuilt = true
    // Loaded by address, so that the form's files (and those it uses) stay out of start-up.
    onFormBuiltChanged: form.setSource(Qt.resolvedUrl("MomentForm.qml"), { canvas: root.canvas })

    padding: Theme.spacing
    background: Rectangle { color: Theme.surface; border.color: Theme.border }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Moment details")

    Label {
        textFormat: Text.PlainText
        visible: !root.hasMoment
        anchors.centerIn: parent
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Select a moment to see and edit its details.\nDouble-click the map, or press N, to add one.")
        color: Theme.mutedText
    }
    Loader {
        id: form
        anchors.fill: parent
        visible: root.hasMoment
    }
    Connections {
        target: form.item
        function onFinished() { root.finished() }
    }
}
