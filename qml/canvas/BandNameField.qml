// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls

// Renames a stage or a lane in place: Enter saves (one undo step) and closes, Escape or
// leaving the field closes it unchanged; then the map has the keyboard again.
TextField {
    id: root

    required property string stored       // the name the document holds
    // Typing not yet saved (see TextUndoRouter).
    readonly property bool uncommitted: root.visible && root.text !== root.stored

    signal renamed(name: string)
    signal closed()

    function finish(save: bool) {
        const name = root.text.trim();
        root.closed();
        if (save && name !== "" && name !== root.stored)
            root.renamed(name);
    }

    function begin() {
        root.text = root.stored;
        root.forceActiveFocus();
        root.selectAll();
    }

    text: root.stored
    // Made (by the header's Loader) when renaming first starts, and shown again for each rename:
    // it takes the keyboard at once.
    Component.onCompleted: root.begin()
    onVisibleChanged: if (visible) root.begin()
    // Accepted here: TextInput passes Enter on to its parents, and the map would open the
    // current card's title editor with it.
    Keys.onReturnPressed: root.finish(true)
    Keys.onEnterPressed: root.finish(true)
    Keys.onEscapePressed: root.finish(false)
    onActiveFocusChanged: if (!activeFocus && visible) root.closed()
}
