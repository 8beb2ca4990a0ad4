// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A menu that makes its items the first time it opens. The window holds many menus (the menu
// bar's, the map's toolbar's, one on every parked note), and making all their items and check
// marks before the first frame took a third of start-up (issue 11).
//
// Either list the entries, made with the menu but turned into items only on opening (Actions
// keep their shortcuts working before the menu was ever opened), or give the content, a
// MenuContent made on opening with everything in it:
//   LazyMenu { entries: [ Action { … }, MenuSeparator {} ] }
//   LazyMenu { content: MenuContent { MenuItem { … } } }
Menu {
    id: menu

    property list<QtObject> entries
    property Component content: null
    // True once the items are made.
    property bool built: false

    function build() {
        if (menu.built)
            return;
        const made = menu.content ? menu.content.createObject(menu).entries : menu.entries;
        for (let i = 0; i < made.length; ++i) {
            const entry = made[i];
            if ("removeMenu" in entry)
                menu.addMenu(entry);
            else if ("implicitHeight" in entry)
                menu.addItem(entry);
            else if ("shortcut" in entry)
                menu.addAction(entry);
            // Anything else (an Instantiator in the content) inserts its items itself.
        }
        menu.built = true;
    }

    onAboutToShow: menu.build()
}
