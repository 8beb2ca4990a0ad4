// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQml

// Text helpers for the views.
QtObject {
    // text with each %N replaced by values[N - 1] in one pass. QML's arg() takes one value at a
    // time, and chained it puts the next value into a "%2" that the first value brought with it
    // (a persona named "50%2 off"); this never looks inside what it put in.
    function format(text: string, values: var): string {
        return text.replace(/%([1-9])/g, (match, n) => n - 1 < values.length ? String(values[n - 1]) : match);
    }
}
