// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQml

// What a LazyMenu lists, made when it first opens: menu items, separators, submenus, Actions.
QtObject {
    default property list<QtObject> entries
}
