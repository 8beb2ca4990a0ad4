// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A view or dialog made the first time it is needed, from its own file. Loading it by address,
// not from an inline component, keeps its QML files and the modules they import (Qt Charts
// for the Metrics view) out of start-up: the engine loads every type a file names when that
// file loads, even inside a Loader that is never made active (issue 11).
Loader {
    id: loader

    // The file: Qt.resolvedUrl("…") where the loader is written (a plain relative address would
    // be taken relative to this file).
    required property url view
    // What it is made with: its required properties (most take "shell", whom they work for).
    required property var properties
    // One of the main window's views, built when first shown (Main.viewPage).
    property bool buildOnShow: false

    // What the loader holds, made now if it is not made yet.
    function build(): var {
        if (!loader.item)
            loader.setSource(loader.view, loader.properties);
        return loader.item;
    }
}
